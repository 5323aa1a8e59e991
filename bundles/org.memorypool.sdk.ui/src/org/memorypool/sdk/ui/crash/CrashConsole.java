// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.crash;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IProject;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;
import org.memorypool.sdk.core.TerminalText;

/**
 * The "NVSE Crash Log" console: a symbolized crash log, each {@code at file:line} a link to that line
 * ({@link SourceLinks}). One console for the workbench; any thread may print.
 */
public final class CrashConsole {

	public static final String NAME = Messages.CrashConsole_name;

	private static CrashConsole instance;

	private final MessageConsole console;
	private final MessageConsoleStream stream;
	/** The project the log shown was symbolized with: where its relative source names lead. */
	private volatile IProject project;

	private CrashConsole(MessageConsole console) {
		this.console = console;
		this.stream = console.newMessageStream();
	}

	/** The console, added to the console manager when it is not there (the first time, or after a user removed it). */
	public static synchronized CrashConsole get() {
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		if (instance == null) {
			MessageConsole console = new MessageConsole(NAME, null);
			console.addPatternMatchListener(new SourceLinks());
			instance = new CrashConsole(console);
		}
		if (Arrays.stream(manager.getConsoles()).noneMatch(c -> c == instance.console)) {
			manager.addConsoles(new IConsole[] { instance.console });
		}
		return instance;
	}

	public MessageConsole console() {
		return console;
	}

	/** Empties the console for a crash log symbolized with {@code symbolizedWith}, and shows it in the Console view. */
	public void startOver(IProject symbolizedWith) {
		this.project = symbolizedWith;
		console.clearConsole();
		console.activate();
	}

	/** The project the log shown was symbolized with; empty before the first. */
	public Optional<IProject> project() {
		return Optional.ofNullable(project);
	}

	public void println(String line) {
		stream.println(TerminalText.consoleLine(line));
	}
}
