// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.memorypool.sdk.core.cli.SdkCommandLine;
import org.memorypool.sdk.core.project.ProjectGenerator;
import org.memorypool.sdk.core.project.ProjectSpec;

/**
 * A generated plugin that crashes on purpose, as the game would run it: under Wine the NVSE test host calls its
 * command, the plugin writes through a null pointer, Wine's debugger prints the backtrace a player would post, and
 * {@code ./sdk symbolize} turns it into the function and line of the write, and of the call that led there.
 * Release (debug information in GenCrash.dll.debug beside the DLL) and Debug.
 */
class CrashSymbolizeWineTest {

	private static final String NAME = "GenCrash";
	private static final Path PROJECTS = NativePlugin.TARGET.resolve("crash-plugins");
	private static final Path GAMES = GameFolder.ROOT.resolve("crash");
	private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
	private static final String EXE = "FalloutNV.exe";
	/** The crash and the call that leads to it, each on a line of its own, found by their text. */
	private static final String CRASH_LINE = "*g_nowhere = 42;";
	private static final String CALL_LINE = "*result = CrashWhenUnlucky(a) + b;";
	private static Path project;

	@BeforeAll
	static void generate() throws Exception {
		GameFolder.emptied(PROJECTS);
		ProjectGenerator generator = new ProjectGenerator(NativePlugin.API_HEADER,
				NativePlugin.DIR.resolve("include/nvse_plugin.h"));
		project = generator.generate(ProjectSpec.defaults(NAME, PROJECTS));
		Files.writeString(project.resolve("src/Crash.h"), "#pragma once\ndouble CrashWhenUnlucky(float a);\n");
		Files.writeString(project.resolve("src/Crash.cpp"), """
				#include "Crash.h"

				// Not static: the optimizer cannot know it stays null and must write through it.
				volatile int* g_nowhere = nullptr;

				// Not inlined: the backtrace is to show a frame of its own.
				__attribute__((noinline)) double CrashWhenUnlucky(float a)
				{
				    if (a == 13) {
				        *g_nowhere = 42;
				    }
				    return a;
				}
				""");
		Path commands = project.resolve("src/Commands.cpp");
		String source = Files.readString(commands);
		String sum = "*result = static_cast<double>(a) + static_cast<double>(b);";
		assertTrue(source.contains(sum), source);
		Files.writeString(commands, "#include \"Crash.h\"\n" + source.replace(sum, CALL_LINE));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Release", "Debug" })
	void aCrashInThePluginIsSymbolizedToItsLine(String configuration) throws Exception {
		String build = sdk("build", project.toString(), "--config", configuration);
		Path dll = project.resolve(configuration).resolve(NAME + ".dll");
		assertTrue(Files.isRegularFile(dll), build);

		Path folder = GameFolder.emptied(GAMES.resolve(configuration));
		Files.copy(TestPrograms.get().pluginHost, folder.resolve(EXE));
		Files.copy(dll, Files.createDirectories(folder.resolve("Data/NVSE/Plugins")).resolve(NAME + ".dll"));
		Command.Result result = WinePrefix.forRun(false).run(List.of(NativeTools.require("wine"), EXE, "--call",
				NAME + "AddNumbers 13 1 => 14"), folder, RUN_TIMEOUT, GameFolder.hostOutput(folder));
		assertNotEquals(0, result.exitCode(), result.describe());
		Path crashLog = folder.resolve("wine-backtrace.txt");
		Files.writeString(crashLog, result.output());

		String symbolized = sdk("symbolize", crashLog.toString(), "--project", project.toString());
		int crash = lineOf("src/Crash.cpp", CRASH_LINE);
		int call = lineOf("src/Commands.cpp", CALL_LINE);
		assertTrue(symbolized.contains("    CrashWhenUnlucky(float) at src/Crash.cpp:" + crash), result.output() + symbolized);
		assertTrue(symbolized.contains("    Cmd_GenCrashAddNumbers_Execute at src/Commands.cpp:" + call),
				result.output() + symbolized);
	}

	private static int lineOf(String file, String text) throws IOException {
		List<String> lines = Files.readAllLines(project.resolve(file));
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " is not in " + file);
	}

	private static String sdk(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		int exit = SdkCommandLine.standard().run(args, print, print);
		String output = out.toString(StandardCharsets.UTF_8);
		assertEquals(0, exit, () -> "./sdk " + String.join(" ", args) + " failed:\n" + output);
		return output;
	}
}
