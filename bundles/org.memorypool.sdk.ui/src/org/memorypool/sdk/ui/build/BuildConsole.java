// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.build;

import java.util.Arrays;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;
import org.memorypool.sdk.core.TerminalText;

/**
 * The "NVSE Build" console: what the SDK's builds and deploys do, as CDT's build console shows a build (each command
 * line, then what the tool printed). One console for the workbench; any thread may print.
 */
public final class BuildConsole {

	public static final String NAME = Messages.BuildConsole_name;

	private static BuildConsole instance;

	private final MessageConsole console;
	/** One stream, never closed: lines keep their order. */
	private final MessageConsoleStream stream;

	private BuildConsole(MessageConsole console) {
		this.console = console;
		this.stream = console.newMessageStream();
	}

	/** The console, added to the console manager when it is not there (the first time, or after a user removed it). */
	public static synchronized BuildConsole get() {
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		if (instance == null) {
			instance = new BuildConsole(new MessageConsole(NAME, null));
		}
		if (Arrays.stream(manager.getConsoles()).noneMatch(c -> c == instance.console)) {
			manager.addConsoles(new IConsole[] { instance.console });
		}
		return instance;
	}

	public MessageConsole console() {
		return console;
	}

	/** Empties the console for a new build, and shows it in the Console view. */
	public void startOver() {
		console.clearConsole();
		console.activate();
	}

	public void println(String line) {
		// Names and tool output come from files the SDK does not control: no control character reaches the widget.
		stream.println(TerminalText.consoleLine(line));
	}
}
