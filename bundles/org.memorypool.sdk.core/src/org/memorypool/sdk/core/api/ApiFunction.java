// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A function that MemoryPool.h declares, with what its doc comment says. Absent tags are empty strings.
 *
 * @param line the 1-based line of the declaration in the header
 */
public record ApiFunction(String name, String returnType, List<ApiParameter> parameters, String summary, String returns,
		String ownership, String threadSafety, String since, int line) {

	public ApiFunction {
		parameters = List.copyOf(parameters);
	}

	/** The C signature, e.g. {@code void* MemoryPoolMalloc(size_t size)}. */
	public String signature() {
		String params = parameters.isEmpty() ? "void" : parameters.stream().map(ApiParameter::declaration).collect(Collectors.joining(", "));
		return returnType + " " + name + "(" + params + ")";
	}

	/** A call with the parameter names as placeholders, e.g. {@code MemoryPoolMalloc(size)}. */
	public String callTemplate() {
		return name + "(" + parameters.stream().map(ApiParameter::name).collect(Collectors.joining(", ")) + ")";
	}
}
