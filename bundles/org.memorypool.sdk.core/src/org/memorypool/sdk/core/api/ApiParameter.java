// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.api;

/** One parameter of an API function, with the text of its {@code @param} tag (empty when undocumented). */
public record ApiParameter(String type, String name, String doc) {

	/** As it reads in a declaration, e.g. {@code size_t size} or {@code void* ptr}. */
	public String declaration() {
		return name.isEmpty() ? type : type + " " + name;
	}
}
