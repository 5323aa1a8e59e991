// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.PrintStream;
import java.util.List;

import org.memorypool.sdk.core.SdkVersion;

/** Prints the SDK's version, as its bundle manifest states it. */
final class VersionCommand implements Command {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String usage() {
		return "version";
	}

	@Override
	public String summary() {
		return "print the SDK version";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		if (!args.isEmpty()) {
			throw new UsageException("version takes no arguments");
		}
		out.println("MemoryPool SDK " + SdkVersion.current());
		return 0;
	}
}
