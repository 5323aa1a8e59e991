package org.memorypool.sdk.core.cli;

import java.io.PrintStream;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.BuildListener;
import org.memorypool.sdk.core.build.ToolCommand;

/** Prints a build as CDT's build console does: each command line, then what the tool printed. */
record ConsoleBuildListener(PrintStream out) implements BuildListener {

	@Override
	public void warning(String message) {
		out.println("warning: " + message);
	}

	@Override
	public void command(ToolCommand command) {
		out.println(command.text());
	}

	@Override
	public void output(String line) {
		out.println(line);
	}

	/** As CDT's console heads a referenced project's build. */
	@Override
	public void referencedProject(String projectName, String configurationName) {
		out.println("**** Incremental Build of configuration " + TerminalText.escape(configurationName) + " for project "
				+ TerminalText.escape(projectName) + " ****");
	}
}
