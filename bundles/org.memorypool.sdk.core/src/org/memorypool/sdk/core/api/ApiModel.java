// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.api;

import java.util.List;
import java.util.Optional;

/** Everything MemoryPool.h declares as API: its functions, in header order. */
public record ApiModel(String source, List<ApiFunction> functions) {

	public ApiModel {
		functions = List.copyOf(functions);
	}

	public Optional<ApiFunction> function(String name) {
		return functions.stream().filter(f -> f.name().equals(name)).findFirst();
	}
}
