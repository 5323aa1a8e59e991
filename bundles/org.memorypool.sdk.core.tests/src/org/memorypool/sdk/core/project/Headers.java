// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.nio.file.Path;

/** The runtime's headers, as the core.tests pom points at them. */
final class Headers {

	static final Path MEMORYPOOL = Path.of(System.getProperty("memorypool.header")).toAbsolutePath();
	static final Path NVSE = MEMORYPOOL.resolveSibling("nvse_plugin.h");

	private Headers() {
	}

	static ProjectGenerator generator() {
		return new ProjectGenerator(MEMORYPOOL, NVSE);
	}
}
