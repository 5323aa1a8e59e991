// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

import java.nio.file.Path;

/**
 * Something wrong at a line of a file, printed as gcc prints its diagnostics so that consoles link it and the IDE's
 * compiler-output parser puts a marker on the line.
 *
 * @param file    the file, absolute
 * @param line    the line, from 1; 0 for the whole file
 * @param error   whether it fails the build (else a warning)
 * @param message what is wrong and what to do, one line
 */
public record SourceProblem(Path file, int line, boolean error, String message) {

	/** {@code /p/src/Commands.cpp:12:1: error: message}. */
	public String gccLine() {
		return file + ":" + Math.max(line, 1) + ":1: " + (error ? "error" : "warning") + ": " + message;
	}
}
