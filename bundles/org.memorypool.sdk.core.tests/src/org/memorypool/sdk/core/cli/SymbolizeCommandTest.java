// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.pe.Mingw;
import org.memorypool.sdk.core.pe.PeMapping;
import org.memorypool.sdk.core.pe.PeReader;
import org.memorypool.sdk.core.project.ProjectGenerator;
import org.memorypool.sdk.core.project.ProjectSpec;

/**
 * {@code ./sdk symbolize} on a generated plugin with a crash in it, built for real (Release: the debug information
 * beside the DLL), and a crash logger's log of the game that ran it (the DLL loaded elsewhere than it wanted).
 */
class SymbolizeCommandTest {

	private static final Path HEADER = Path.of(System.getProperty("memorypool.header")).toAbsolutePath();
	/** Where the log says the game loaded the plugin: not its ImageBase, as happens when that place is taken. */
	private static final long LOADED_AT = 0x3B700000L;

	@TempDir
	Path dir;

	private final CapturedRun run = new CapturedRun();

	private Path crashingProject() throws Exception {
		Path project = new ProjectGenerator(HEADER, HEADER.resolveSibling("nvse_plugin.h"))
				.generate(ProjectSpec.defaults("GenCrash", Files.createDirectories(dir.resolve("workspace"))));
		Files.writeString(project.resolve("src/Crash.h"), "#pragma once\ndouble CrashWhenUnlucky(float a);\n");
		Files.writeString(project.resolve("src/Crash.cpp"), """
				#include "Crash.h"

				volatile int* g_nowhere = nullptr;

				__attribute__((noinline)) double CrashWhenUnlucky(float a)
				{
				    if (a == 13) {
				        *g_nowhere = 42;
				    }
				    return a;
				}
				""");
		Path commands = project.resolve("src/Commands.cpp");
		String sum = "*result = static_cast<double>(a) + static_cast<double>(b);";
		String source = Files.readString(commands);
		assertTrue(source.contains(sum));
		Files.writeString(commands, "#include \"Crash.h\"\n" + source.replace(sum, "*result = CrashWhenUnlucky(a) + b;"));
		return project;
	}

	private static int lineOf(Path file, String text) throws Exception {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}

	/** The RVAs of the write through g_nowhere and of the return address after the call to CrashWhenUnlucky. */
	private static long[] crashAndReturn(Path dll, PeMapping mapping) throws Exception {
		String code = Mingw.run(dll.getParent(), "i686-w64-mingw32-objdump", "-d", "--no-show-raw-insn", dll.toString());
		String crash = code.substring(code.indexOf("<__Z16CrashWhenUnluckyf>:")).lines()
				.filter(l -> l.contains("movl") && l.contains("$0x2a,(%")).findFirst().orElseThrow(() -> new AssertionError(code));
		List<String> lines = code.lines().toList();
		long returnAddress = -1;
		for (int i = 0; i < lines.size() - 1; i++) {
			if (lines.get(i).contains("call") && lines.get(i).contains("<__Z16CrashWhenUnluckyf>")) {
				returnAddress = address(lines.get(i + 1));
			}
		}
		assertTrue(returnAddress > 0, code);
		return new long[] { address(crash) - mapping.imageBase(), returnAddress - mapping.imageBase() };
	}

	private static long address(String objdumpLine) {
		String line = objdumpLine.strip();
		return Long.parseLong(line.substring(0, line.indexOf(':')), 16);
	}

	@Test
	void aCrashLoggersLogGivesTheCrashingLineAndTheCallThatLedThere() throws Exception {
		Path project = crashingProject();
		assertEquals(0, run.run(SdkCommandLine.standard(), "build", project.toString(), "--config", "Release"),
				String.join("\n", run.outLines()));
		Path dll = project.resolve("Release/GenCrash.dll");
		assertTrue(Files.isRegularFile(project.resolve("Release/GenCrash.dll.debug")), "the build keeps it beside the DLL");
		assertFalse(Mingw.run(dir, "i686-w64-mingw32-objdump", "-h", dll.toString()).contains(".debug_info"),
				"what players run has no debug information");
		PeMapping mapping = PeReader.mapping(PeReader.load(dll), dll.toString());
		long[] rvas = crashAndReturn(dll, mapping);
		Path log = dir.resolve("CrashLogger.log");
		Files.writeString(log, String.format("""
				Exception: EXCEPTION_ACCESS_VIOLATION (C0000005)
				Calltrace:
				     ebp    |                   Address                 |                 Function                 |  Source
				 0x0019F504 |                     GenCrash (0x%08X) |                                          |
				 0x0019F550 |                     GenCrash (0x%08X) |                                          |
				 0x0019F6A0 |                    FalloutNV (0x00930E8D) |                                          |
				Module bases:
				 0x%08X - 0x%08X | 156.00 KiB | GenCrash | 1.0.0.0 | C:/Games/FNV/Data/NVSE/Plugins/GenCrash.dll
				""", LOADED_AT + rvas[0], LOADED_AT + rvas[1], LOADED_AT, LOADED_AT + mapping.sizeOfImage()));
		run.clear();

		assertEquals(0, run.run(SdkCommandLine.standard(), "symbolize", log.toString(), "--project", project.toString()),
				String.join("\n", run.outLines()) + run.errText());
		List<String> out = run.outLines();
		assertEquals("Debug information: Release/GenCrash.dll (configuration Release)", out.get(0));
		assertEquals(String.format("line 4: GenCrash.dll+0x%X, where it crashed", rvas[0]), out.get(1));
		assertEquals("    CrashWhenUnlucky(float) at src/Crash.cpp:" + lineOf(project.resolve("src/Crash.cpp"), "*g_nowhere = 42;"),
				out.get(2));
		assertEquals(String.format("line 5: GenCrash.dll+0x%X", rvas[1]), out.get(3));
		// The command's execute function has internal linkage: DWARF names it without its parameters.
		assertEquals("    Cmd_GenCrashAddNumbers_Execute at src/Commands.cpp:"
				+ lineOf(project.resolve("src/Commands.cpp"), "CrashWhenUnlucky(a)"), out.get(4));
		assertEquals(5, out.size(), out::toString);

		// Without the .debug file the lines are lost, and the report says which file to put back.
		Files.delete(project.resolve("Release/GenCrash.dll.debug"));
		run.clear();
		assertEquals(1, run.run(SdkCommandLine.standard(), "symbolize", log.toString(), "--project", project.toString()));
		assertEquals("warning: no debug information for GenCrash.dll: the SDK's Release builds keep it in GenCrash.dll.debug"
				+ " beside the DLL, which is missing: put back the .debug file of the build that crashed (a Debug build keeps"
				+ " it inside the DLL)", run.outLines().get(1), run.outLines()::toString);
	}

	@Test
	void aBrokenBuildOfAnotherConfigurationIsLeftOutWithANote() throws Exception {
		Path project = crashingProject();
		assertEquals(0, run.run(SdkCommandLine.standard(), "build", project.toString(), "--config", "Debug"));
		// A Release build cut short (the disk filled, the build was stopped) beside a good Debug build.
		Files.createDirectories(project.resolve("Release"));
		Files.writeString(project.resolve("Release/GenCrash.dll"), "MZ");
		Path log = dir.resolve("CrashLogger.log");
		Files.writeString(log, "Calltrace:\n 0x0019F504 |   jip_nvse (0x1000A2AD) |  |\n");
		run.clear();
		assertEquals(1, run.run(SdkCommandLine.standard(), "symbolize", log.toString(), "--project", project.toString()));
		List<String> out = run.outLines();
		assertEquals("Debug information: Debug/GenCrash.dll (configuration Debug)", out.get(0), out::toString);
		assertTrue(out.stream().anyMatch(l -> l.startsWith("warning: ") && l.contains("Release/GenCrash.dll")
				&& l.endsWith(": left out (build Release again to use it)")), out::toString);

		// Asked for by name, the broken build is the answer.
		run.clear();
		assertEquals(1, run.run(SdkCommandLine.standard(), "symbolize", log.toString(), "--project", project.toString(),
				"--config", "Release"));
		assertTrue(run.outLines().get(0).startsWith("Cannot symbolize: ") && run.outLines().get(0).endsWith(
				": build the project again"), run.outLines()::toString);
	}

	@Test
	void aLogOfAnotherPluginsCrashSaysSoAndExitsWithOne() throws Exception {
		Path project = crashingProject();
		assertEquals(0, run.run(SdkCommandLine.standard(), "build", project.toString(), "--config", "Debug"));
		Path log = dir.resolve("CrashLogger.log");
		Files.writeString(log, "Calltrace:\n 0x0019F504 |   jip_nvse (0x1000A2AD) |  |\n");
		run.clear();
		assertEquals(1, run.run(SdkCommandLine.standard(), "symbolize", log.toString(), "--project", project.toString()));
		assertEquals(List.of("Debug information: Debug/GenCrash.dll (configuration Debug)",
				"The log gives no address in GenCrash.dll's code: the crash is not in this plugin's code, or the log is of"
						+ " another build of it"), run.outLines());
	}

	@Test
	void anUnbuiltProjectAMissingLogAndAFolderWithoutAProjectEachGetOneLine() throws Exception {
		Path project = crashingProject();
		Path log = dir.resolve("CrashLogger.log");
		Files.writeString(log, "GenCrash.dll+0x1000\n");
		assertEquals(1, run.run(SdkCommandLine.standard(), "symbolize", log.toString(), "--project", project.toString()));
		assertEquals(List.of("Cannot symbolize: the project GenCrash has no built DLL (Debug/GenCrash.dll,"
				+ " Release/GenCrash.dll): build it, with the sources the crashed DLL was built from"), run.outLines());

		run.clear();
		assertEquals(1, run.run(SdkCommandLine.standard(), "symbolize", dir.resolve("nope.log").toString(), "--project",
				project.toString()));
		assertEquals(List.of(dir.resolve("nope.log") + ": no such file"), run.outLines());

		run.clear();
		assertEquals(2, run.run(SdkCommandLine.standard(), "symbolize", log.toString(), "--project", dir.toString()));
		assertTrue(run.errText().contains(dir + " holds no .cproject: give the plugin's project folder with --project"),
				run.errText());
	}
}
