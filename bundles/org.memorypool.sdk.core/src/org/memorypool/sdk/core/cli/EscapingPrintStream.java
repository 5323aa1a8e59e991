// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.PrintStream;

import org.memorypool.sdk.core.TerminalText;

/**
 * The terminal's side of every command: each line printed is escaped ({@link TerminalText#escapeLine}), whatever
 * message it carries, so that a name from a file (a project, a folder an archive made, a Steam or MO2 file) cannot
 * reach the terminal raw through a message that forgot to escape it. Escaping twice changes nothing.
 */
final class EscapingPrintStream extends PrintStream {

	EscapingPrintStream(PrintStream terminal) {
		super(terminal, true);
	}

	@Override
	public void println(String line) {
		super.println(TerminalText.escapeLine(String.valueOf(line)));
	}

	@Override
	public void println(Object value) {
		println(String.valueOf(value));
	}
}
