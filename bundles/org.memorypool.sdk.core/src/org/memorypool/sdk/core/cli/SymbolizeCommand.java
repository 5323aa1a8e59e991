// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.ToolchainDetector;
import org.memorypool.sdk.core.crash.CrashReport;
import org.memorypool.sdk.core.crash.ProjectSymbols;
import org.memorypool.sdk.core.crash.SymbolizeException;

/**
 * {@code ./sdk symbolize <crash log> [--project DIR] [--config NAME]}: for every address of the crash log inside the
 * project's DLL, the function and {@code file:line} ({@link ProjectSymbols}). Exit status 0 when at least one address
 * was found in the sources, 1 when none was (or the log or project cannot be read), 2 for wrong arguments.
 */
final class SymbolizeCommand implements Command {

	static final int EXIT_NOTHING_FOUND = 1;
	private static final Map<String, String> VALUE_OPTIONS = Map.of("--project", "MyPlugin", "--config", "Debug");

	@Override
	public String name() {
		return "symbolize";
	}

	@Override
	public String usage() {
		return "symbolize <crash log> [--project <dir>] [--config <name>]";
	}

	@Override
	public String summary() {
		return "turn a crash log's addresses in the plugin's DLL into functions and source lines";
	}

	@Override
	public List<String> details() {
		return List.of("reads CrashLogger.log, nvac.log, Wine's backtraces and Module.dll+0x1234 lines",
				"--project: the plugin's project folder (default: the current folder)",
				"--config: the build that crashed (default: the one whose size fits the log, else the newest)",
				"exit status: 0 lines found, 1 none found or unreadable input, 2 wrong arguments");
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		CommandArguments arguments = CommandArguments.parse(args, VALUE_OPTIONS, Set.of(), "--project and --config",
				"give the crash log, e.g. ./sdk symbolize CrashLogger.log --project MyPlugin", "crash log");
		Path log;
		Path projectDir;
		try {
			log = Path.of(arguments.folder()).toAbsolutePath().normalize();
			projectDir = Path.of(arguments.value("--project").orElse(".")).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw new UsageException("'" + TerminalText.escape(e.getInput()) + "' is not a file name on this system");
		}
		if (!Files.isRegularFile(projectDir.resolve(".cproject"))) {
			throw new UsageException(TerminalText.escape(projectDir.toString()) + " holds no .cproject: give the plugin's"
					+ " project folder with --project");
		}
		if (!Files.exists(log)) {
			out.println(TerminalText.escape(log.toString()) + ": no such file");
			return EXIT_NOTHING_FOUND;
		}
		ProjectSymbols.Outcome outcome;
		try {
			outcome = ProjectSymbols.symbolize(log, projectDir, arguments.value("--config"), new ToolchainDetector());
		} catch (SymbolizeException | IOException e) {
			out.println("Cannot symbolize: " + TerminalText.escape(String.valueOf(e.getMessage())));
			return EXIT_NOTHING_FOUND;
		}
		CrashReport.lines(outcome, projectDir).forEach(out::println);
		return CrashReport.foundAny(outcome) ? 0 : EXIT_NOTHING_FOUND;
	}
}
