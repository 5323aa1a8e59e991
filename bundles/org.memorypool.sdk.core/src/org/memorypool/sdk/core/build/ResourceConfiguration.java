// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

/**
 * The compiler settings of one folder or file of the project that differ from the project's (CDT's resource
 * configurations: a {@code <folderInfo>} or {@code <fileInfo>} with a {@code resourcePath}), with what they inherit
 * from the project and from the folders around them already applied.
 *
 * @param path        the project-relative path of the folder or file, {@code /} separated, e.g. {@code src/fast.cpp}
 * @param file        whether it is a file; otherwise the settings apply to every source below the folder
 * @param cCompiler   the settings for {@code .c} files there
 * @param cppCompiler the settings for C++ files there
 */
public record ResourceConfiguration(String path, boolean file, CompilerSettings cCompiler, CompilerSettings cppCompiler) {

	/** Whether these settings are the ones for the source at {@code sourcePath}. */
	boolean covers(String sourcePath) {
		return file ? sourcePath.equals(path) : sourcePath.startsWith(path + "/");
	}
}
