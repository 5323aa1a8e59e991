// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.PrintStream;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.BuildListener;
import org.memorypool.sdk.core.build.ToolCommand;

/**
 * Prints a build as CDT's build console does: each command line, then what the tool printed; control characters from
 * files (a source named with an escape sequence, a tool's stray output) are written as {@code \xNN}.
 */
record ConsoleBuildListener(PrintStream out) implements BuildListener {

	@Override
	public void warning(String message) {
		out.println("warning: " + TerminalText.escapeLine(message));
	}

	@Override
	public void command(ToolCommand command) {
		out.println(TerminalText.consoleLine(command.text()));
	}

	@Override
	public void output(String line) {
		out.println(TerminalText.consoleLine(line));
	}

	/** As CDT's console heads a referenced project's build. */
	@Override
	public void referencedProject(String projectName, String configurationName) {
		out.println("**** Incremental Build of configuration " + TerminalText.escape(configurationName) + " for project "
				+ TerminalText.escape(projectName) + " ****");
	}
}
