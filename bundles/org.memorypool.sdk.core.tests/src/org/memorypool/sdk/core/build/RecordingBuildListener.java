// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.List;

/** Collects what a build prints, as its console would show it, into a list the test owns. */
public final class RecordingBuildListener implements BuildListener {

	private final List<String> console;

	public RecordingBuildListener(List<String> console) {
		this.console = console;
	}

	@Override
	public void warning(String message) {
		console.add("warning: " + message);
	}

	@Override
	public void command(ToolCommand command) {
		console.add(command.text());
	}

	@Override
	public void output(String line) {
		console.add(line);
	}
}
