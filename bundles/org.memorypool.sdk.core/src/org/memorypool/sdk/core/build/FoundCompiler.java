// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.nio.file.Path;

/**
 * A C++ compiler found for a toolchain.
 *
 * @param version the first line of its {@code --version}, e.g. {@code i686-w64-mingw32-g++ (GCC) 12-win32}
 * @param target  what it compiles for, from {@code -dumpmachine}, e.g. {@code i686-w64-mingw32}
 * @param source  where it was found, e.g. {@code PATH} or {@code MSYS2's 32-bit MinGW folder C:\msys64\mingw32\bin}
 */
public record FoundCompiler(Path executable, String version, String target, String source) {

	/** Whether it makes 32-bit Windows code, the only kind the game loads. */
	public boolean targets32BitWindows() {
		return target.matches("i[3-6]86-.*mingw32.*");
	}
}
