// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a command line as ./sdk would and keeps what it printed to standard output and error. */
final class CapturedRun {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs {@code args}; what it prints adds to what earlier runs printed. Returns the exit code. */
	int run(SdkCommandLine commandLine, String... args) {
		return commandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	/** Forgets what earlier runs printed. */
	void clear() {
		out.reset();
		err.reset();
	}

	/** Standard output, then standard error, each line ending in a newline. */
	String output() {
		return String.join("", outLines().stream().map(l -> l + "\n").toList())
				+ String.join("", errLines().stream().map(l -> l + "\n").toList());
	}

	List<String> outLines() {
		return out.toString(StandardCharsets.UTF_8).lines().toList();
	}

	List<String> errLines() {
		return err.toString(StandardCharsets.UTF_8).lines().toList();
	}

	String errText() {
		return err.toString(StandardCharsets.UTF_8).strip();
	}
}
