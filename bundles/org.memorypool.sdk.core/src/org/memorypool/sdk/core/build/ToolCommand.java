// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.List;

/**
 * One command line of the build, in both forms that matter: as CDT's console prints it (the text its generated
 * makefile hands to the shell, quotes included) and as the arguments the shell makes of it, for a
 * {@link ProcessBuilder}.
 *
 * @param text e.g. {@code i686-w64-mingw32-g++ -O3 ... -o "src/sample.o" "../src/sample.cpp"}
 * @param arguments the executable first, quotes removed
 */
public record ToolCommand(String text, List<String> arguments) {

	public ToolCommand {
		arguments = List.copyOf(arguments);
	}

	/** The command for {@code text}, split into arguments as {@code /bin/sh} does. */
	public static ToolCommand of(String text) {
		return new ToolCommand(text, ShellWords.split(text));
	}

	/** The program to run, e.g. {@code i686-w64-mingw32-g++}. */
	public String executable() {
		return arguments.get(0);
	}
}
