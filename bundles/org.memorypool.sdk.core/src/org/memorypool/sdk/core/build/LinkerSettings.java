// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.List;

/**
 * A linker's options.
 *
 * @param tool {@code g++} or {@code gcc}, before the toolchain prefix
 * @param libraryPaths folders for {@code -L}, as written (quotes included)
 * @param flags free text, e.g. {@code -static-libgcc -static-libstdc++}
 * @param shared whether to pass {@code -shared}
 * @param userObjects extra object files, after the compiled ones
 * @param libraries names for {@code -l}, last on the command line
 */
public record LinkerSettings(String tool, List<String> libraryPaths, String flags, boolean shared,
		List<String> userObjects, List<String> libraries) {

	public LinkerSettings {
		libraryPaths = List.copyOf(libraryPaths);
		userObjects = List.copyOf(userObjects);
		libraries = List.copyOf(libraries);
	}
}
