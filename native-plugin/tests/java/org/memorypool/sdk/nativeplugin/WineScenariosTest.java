// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario of tests/nvse_host.cpp under Wine, with the Debug and the Release plugin, each in a fresh game
 * folder: the host's own checks must all pass, and the log it leaves must be what the scenario implies.
 */
class WineScenariosTest {

	/** The slowest run, threads with the Debug plugin, takes a few seconds. */
	private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);
	private static final String OUT_OF_MEMORY = "Out of memory: ";
	private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed\\r?$");

	record Run(Configuration configuration, Scenario scenario) {
		@Override
		public String toString() {
			return "[" + configuration + "] " + scenario.label();
		}
	}

	/** Failure messages: the run's name first (the console lists failed runs by index only), output and log last. */
	private record Report(Run run, Command.Result result, PluginLog log) {
		Supplier<String> of(String problem) {
			return () -> run + ": " + problem + "\n" + result.describe() + "--- " + PluginLog.FILE_NAME + " ---\n"
					+ log.describe();
		}
	}

	/** Every run, or with -Dscenario=regex only those whose name it finds (a developer's shortcut). */
	static Stream<Run> runs() {
		Pattern only = Pattern.compile(System.getProperty("scenario", ""));
		return Stream.of(Configuration.values()).flatMap(c -> Scenario.ALL.stream().map(s -> new Run(c, s)))
				.filter(run -> only.matcher(run.toString()).find());
	}

	@DisplayName("scenario")
	@ParameterizedTest(name = "{0}")
	@MethodSource("runs")
	void scenario(Run run) throws Exception {
		Scenario scenario = run.scenario();
		TestPrograms programs = TestPrograms.get();
		List<String> hostCommand = new ArrayList<>(List.of(NativeTools.require("wine"), "nvse_host.exe"));
		hostCommand.addAll(scenario.hostArguments());
		Path folder = GameFolder.create(run.configuration(), scenario, programs);

		Command.Result result = WinePrefix.forRun(scenario.layout().needsUnprivilegedUser()).run(hostCommand, folder,
				RUN_TIMEOUT, GameFolder.hostOutput(folder));

		Report report = new Report(run, result, PluginLog.in(folder));
		assertFalse(result.output().contains("wine32 is missing"),
				report.of("Wine cannot run 32-bit programs: " + NativeTools.INSTALL_HINT));
		assertFalse(result.timedOut(), report.of("nvse_host.exe did not finish within " + RUN_TIMEOUT.toSeconds() + " s"));
		assertEquals(0, result.exitCode(), report.of("nvse_host.exe failed"));
		Matcher summary = SUMMARY.matcher(result.output());
		assertTrue(summary.find() && Integer.parseInt(summary.group(1)) > 0 && summary.group(2).equals("0"),
				report.of("no \"N passed, 0 failed\" summary"));
		if (scenario.layout().logUnwritable()) {
			assertLogUntouched(scenario.layout(), folder, report);
		} else {
			assertLogWritten(scenario, folder, report);
		}
	}

	private static void assertLogWritten(Scenario scenario, Path folder, Report report) throws IOException {
		PluginLog log = report.log();
		assertTrue(Files.isRegularFile(log.file()), report.of("no log"));
		assertTrue(log.text().endsWith("\r\n"), report.of("the log's last line does not end with CRLF"));
		assertEquals(List.of(), log.malformedLines(),
				report.of("lines not of the form \"[YYYY-MM-DD HH:MM:SS] MemoryPoolNVSE: text\""));
		List<String> expected = scenario.allocatorStatus() == null ? List.of() : List.of(scenario.allocatorStatus());
		assertEquals(expected, log.allocatorStatuses(), report.of("the log's \"Allocator: \" lines"));
		if (Scenario.JEMALLOC_STATUS.equals(scenario.allocatorStatus())) {
			// The runtime reads them back through mallctl("opt.<name>"): the baked options are the ones in force.
			List<List<String>> options = log.jemallocOptions();
			assertEquals(1, options.size(), report.of("the log's \"jemalloc options: \" lines"));
			assertTrue(options.get(0).containsAll(JemallocOptions.baked()),
					report.of("jemalloc runs " + options.get(0) + ", not every option of " + JemallocOptions.FILE + ": "
							+ JemallocOptions.baked()));
		}
		// Out of memory is said once, and only where the scenario runs out of it (not, say, when a block cannot grow
		// in place).
		long outOfMemory = scenario.logLines().stream().filter(line -> line.startsWith(OUT_OF_MEMORY)).count();
		assertEquals(outOfMemory, log.lines().stream().filter(line -> line.contains("MemoryPoolNVSE: " + OUT_OF_MEMORY))
				.count(), report.of("the log's \"" + OUT_OF_MEMORY + "\" lines"));
		int from = 0;
		for (String line : scenario.logLines()) {
			// Wine's drive Z: is the root of the file system.
			String text = line.replace("<game>", "Z:" + folder.toAbsolutePath().toString().replace('/', '\\'));
			int at = log.text().indexOf(text, from);
			assertTrue(at >= 0, report.of("the log lacks \"" + text + "\" (after what came before it)"));
			from = at + text.length();
		}
	}

	private static void assertLogUntouched(Layout layout, Path folder, Report report) throws IOException {
		Path log = report.log().file();
		switch (layout) {
		case LOG_READONLY -> {
			assertEquals(Layout.PREVIOUS_SESSION_LOG, Files.readString(log), report.of("the read-only log changed"));
			assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)),
					report.of("the read-only log's permissions changed"));
		}
		case LOG_FOLDER -> {
			assertTrue(Files.isDirectory(log), report.of("the folder named like the log is gone"));
			try (Stream<Path> content = Files.list(log)) {
				assertEquals(List.of(), content.toList(), report.of("files appeared in the folder named like the log"));
			}
		}
		case FOLDER_READONLY -> assertFalse(Files.exists(log), report.of("a log appeared in the read-only folder " + folder));
		default -> throw new IllegalArgumentException(layout + " does not make the log unwritable");
		}
	}
}
