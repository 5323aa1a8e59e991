// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code ./sdk} that the core carries out. */
public interface Command {

	/** The word that selects this command, e.g. {@code build}. */
	String name();

	/** How to call it, after {@code ./sdk}, e.g. {@code build <projectDir> [--config Debug|Release]}. */
	String usage();

	/** One line for {@code ./sdk help}. */
	String summary();

	/** More lines for {@code ./sdk help} under the summary, e.g. what the exit statuses mean; none by default. */
	default List<String> details() {
		return List.of();
	}

	/**
	 * Runs the command.
	 *
	 * @return the process exit code: 0 on success
	 * @throws UsageException when the arguments are wrong; nothing has been changed then
	 */
	int run(List<String> args, PrintStream out) throws UsageException;
}
