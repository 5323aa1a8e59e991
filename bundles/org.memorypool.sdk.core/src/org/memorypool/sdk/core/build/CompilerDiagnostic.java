// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One message of gcc, g++ or ld, as a problem marker shows it.
 *
 * @param file    the file it is about, resolved against the build folder; absent for messages about no file (e.g.
 *                {@code collect2: error: ld returned 1 exit status}) and for linker errors that name only an object
 * @param line    1-based; 0 when the message names no line
 * @param column  1-based; 0 when the message names no column
 * @param message the text after the severity, e.g. {@code 'x' was not declared in this scope}
 */
public record CompilerDiagnostic(Optional<Path> file, int line, int column, Severity severity, String message) {

	/** gcc's {@code fatal error} is an {@link #ERROR}. */
	public enum Severity {
		ERROR, WARNING, NOTE
	}
}
