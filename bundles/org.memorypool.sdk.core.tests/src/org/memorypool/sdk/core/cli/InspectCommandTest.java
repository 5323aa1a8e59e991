// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.pe.PeReaderTestData;

class InspectCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private int inspect(String... args) throws UsageException {
		return new InspectCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void printsFormatMachineExportsImportsAndTheVerdictOfAPlugin() throws Exception {
		Path dll = Files.write(dir.resolve("plugin.dll"), PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll", "msvcrt.dll")));
		assertEquals(0, inspect(dll.toString()));
		assertEquals(dll + """

				  format:  PE32 DLL
				  machine: i386 (0x014C)
				  version: none (the DLL has no version resource)
				  exports: 2
				    NVSEPlugin_Load
				    NVSEPlugin_Query
				  imports: 2
				    KERNEL32.dll
				    msvcrt.dll
				verdict: an NVSE plugin the game can load (exit status 0)
				""", out());
	}

	@Test
	void aLoadableDllWithoutEntryPointsExitsWith3() throws Exception {
		Path dll = Files.write(dir.resolve("jemalloc.dll"), PeReaderTestData.dll(List.of("je_malloc", "je_free"), List.of("KERNEL32.dll")));
		assertEquals(3, inspect(dll.toString()));
		List<String> lines = out().lines().toList();
		assertTrue(lines.get(lines.size() - 2).startsWith("info: jemalloc.dll exports neither NVSEPlugin_Query nor NVSEPlugin_Load"), out());
		assertEquals("verdict: a DLL the game can load, but not an NVSE plugin (exit status 3)", lines.get(lines.size() - 1));
	}

	@Test
	void everyReasonTheGameCannotLoadItIsAnErrorWithItsFixAndExitStatus4() throws Exception {
		Path dll = Files.write(dir.resolve("x64.dll"), PeReaderTestData.plugin(0x8664, true, List.of("KERNEL32.dll", "libstdc++-6.dll")));
		assertEquals(4, inspect(dll.toString()));
		List<String> errors = out().lines().filter(l -> l.startsWith("error: ")).toList();
		assertEquals(List.of(
				"error: x64.dll is a PE32+ DLL for x86-64 (0x8664): Fallout: New Vegas is a 32-bit (i386) process and Windows"
						+ " refuses it (error 193, \"not a valid Win32 application\"): build it with MinGW-w64 for 32-bit Windows:"
						+ " CDT's Cross GCC toolchain with the prefix i686-w64-mingw32- (as ./sdk new makes projects)",
				"error: x64.dll imports libstdc++-6.dll (MinGW-w64 GCC's runtime), which no player has: Windows refuses to load"
						+ " the plugin (error 126, \"The specified module could not be found\"): link it statically: add"
						+ " -static-libstdc++ to the linker flags (C/C++ Build > Settings > Cross G++ Linker > Miscellaneous > Linker flags)"),
				errors);
		assertTrue(out().endsWith("verdict: the game cannot load it (exit status 4)\n"), out());
	}

	@Test
	void aDllInTheGameFolderCountsAsPresentWithGame() throws Exception {
		Path game = Files.createDirectories(dir.resolve("game"));
		Files.write(game.resolve("ZLIB1.DLL"), PeReaderTestData.dll(List.of("deflate"), List.of("KERNEL32.dll")));
		Path dll = Files.write(dir.resolve("zipper.dll"), PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll", "zlib1.dll")));
		assertEquals(4, inspect(dll.toString()));
		assertTrue(out().contains("error: zipper.dll imports zlib1.dll, which is neither part of Windows nor of the game: Windows refuses"), out());
		out.reset();
		assertEquals(0, inspect(dll.toString(), "--game", game.toString()));
		assertTrue(out().contains("warning: zipper.dll imports zlib1.dll, which this game folder has but neither Windows nor the game"
				+ " installs: players need it there too"), out());
		out.reset();
		Files.writeString(game.resolve("ZLIB1.DLL"), "not a DLL");
		assertEquals(4, inspect(dll.toString(), "--game", game.toString()));
		assertTrue(out().contains("error: zipper.dll imports zlib1.dll from the game folder, but ZLIB1.DLL is no DLL Windows can load"), out());
	}

	@Test
	void aFileThatCannotBeReadExitsWith1AndAForeignFileWith4() throws Exception {
		assertEquals(1, inspect(dir.resolve("nope.dll").toString()));
		assertEquals(dir.resolve("nope.dll") + ": no such file", out().strip());
		out.reset();
		assertEquals(1, inspect(dir.toString()));
		out.reset();
		Path text = Files.writeString(dir.resolve("notes.dll"), "hello");
		assertEquals(4, inspect(text.toString()));
		assertEquals(List.of(text.toString(), "error: notes.dll is not a Windows DLL or EXE: it does not start with 'MZ': build it"
				+ " with MinGW-w64 for 32-bit Windows: CDT's Cross GCC toolchain with the prefix i686-w64-mingw32- (as ./sdk new makes"
				+ " projects)", "verdict: the game cannot load it (exit status 4)"), out().lines().toList());
	}

	@Test
	void takesOneFileAndAnExistingGameFolder() throws Exception {
		assertEquals("give the DLL to inspect, e.g. ./sdk inspect Release/MyPlugin.dll",
				assertThrows(UsageException.class, () -> inspect()).getMessage());
		assertTrue(assertThrows(UsageException.class, () -> inspect("a.dll", "--game", dir.resolve("none").toString())).getMessage()
				.startsWith("there is no game folder"));
	}

	@Test
	void helpDocumentsTheExitStatuses() {
		ByteArrayOutputStream help = new ByteArrayOutputStream();
		assertEquals(0, SdkCommandLine.standard().run(new String[] { "help" }, new PrintStream(help, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
		String text = help.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("exit status: 0 an NVSE plugin the game can load, 3 a DLL the game can load but not an NVSE plugin,"), text);
		assertTrue(text.contains("4 the game cannot load it, 1 the file cannot be read, 2 wrong arguments"), text);
	}
}
