// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import java.util.Optional;

/**
 * A function and where in the sources it is, from a DLL's debug information.
 *
 * @param function the function's name, demangled, e.g. {@code Cmd_Crash_Execute(ParamInfo*, void*, ...)}; empty when
 *                 the debug information has none for the address
 * @param file     the source file as the compiler was given it, made absolute with the compile's folder; empty when
 *                 unknown
 * @param line     the line, from 1; 0 when unknown
 */
public record SourceLocation(Optional<String> function, Optional<String> file, int line) {

	/** Whether the debug information knew the address at all. */
	public boolean known() {
		return function.isPresent() || file.isPresent();
	}
}
