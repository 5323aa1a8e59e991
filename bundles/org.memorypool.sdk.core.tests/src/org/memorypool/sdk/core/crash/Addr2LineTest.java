// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.build.Toolchain;
import org.memorypool.sdk.core.build.ToolchainDetector;
import org.memorypool.sdk.core.pe.Mingw;
import org.memorypool.sdk.core.pe.PeReader;

/** The toolchain's addr2line on a real MinGW DLL, its debug information inside it or in a file beside it. */
class Addr2LineTest {

	private static final Toolchain MINGW = new Toolchain("i686-w64-mingw32-", "");

	@TempDir
	Path dir;

	private static Addr2Line addr2line() {
		return Addr2Line.find(MINGW, new ToolchainDetector()).orElseThrow(() -> new AssertionError(
				"i686-w64-mingw32-addr2line is needed for this test: apt-get install binutils-mingw-w64-i686 (./sdk does)"));
	}

	/** Builds crash.dll from a C file whose line 6 writes through a null pointer, inside an inlined function. */
	private Path build() throws IOException, InterruptedException {
		Files.writeString(dir.resolve("crash.c"), """
				volatile int *nowhere;

				static inline __attribute__((always_inline)) void poke(int value)
				{
				    /* line 5 */
				    *nowhere = value;
				}

				__declspec(dllexport) void crash_now(int value)
				{
				    poke(value + 1);
				}
				""");
		Mingw.run(dir, "i686-w64-mingw32-gcc", "-g", "-gdwarf-4", "-O2", "-shared", "-o", "crash.dll", "crash.c");
		return dir.resolve("crash.dll");
	}

	/** The RVA of the store instruction: the first instruction that writes through a register into memory. */
	private long storeRva(Path dll) throws Exception {
		String disassembly = Mingw.run(dir, "i686-w64-mingw32-objdump", "-d", "--no-show-raw-insn", dll.toString());
		String body = disassembly.substring(disassembly.indexOf("<_crash_now>:"));
		String store = body.lines().filter(l -> l.contains("mov") && l.contains(",(%")).findFirst().orElseThrow();
		long vma = Long.parseLong(store.strip().substring(0, store.strip().indexOf(':')), 16);
		return vma - PeReader.mapping(PeReader.load(dll), dll.toString()).imageBase();
	}

	@Test
	void aCrashInAnInlinedFunctionGivesItsLineAndTheCallersLine() throws Exception {
		Path dll = build();
		long rva = storeRva(dll);
		CrashLog log = CrashLogScanner.scan("Backtrace:\n=>0 0x6b5c%04x in crash (+0x%x) (0x0031fb48)\n".formatted(rva, rva),
				List.of("crash"));
		ModuleImage image = new ModuleImage("crash", dll, PeReader.mapping(PeReader.load(dll), dll.toString()));
		Symbolizer.Result result = Symbolizer.symbolize(log, List.of(image), addr2line());
		assertEquals(1, result.addresses().size(), result.toString());
		List<SourceLocation> locations = result.addresses().get(0).locations();
		assertEquals(2, locations.size(), locations.toString());
		assertEquals(Optional.of("poke"), locations.get(0).function());
		assertEquals(6, locations.get(0).line());
		assertTrue(locations.get(0).file().orElseThrow().endsWith("crash.c"), locations.toString());
		assertEquals(Optional.of("crash_now"), locations.get(1).function());
		assertEquals(11, locations.get(1).line());
	}

	@Test
	void debugInformationInAFileBesideTheDllIsFound() throws Exception {
		Path dll = build();
		long rva = storeRva(dll);
		// As the SDK's Release build leaves it: the DLL without its debug sections, naming crash.dll.debug.
		Mingw.run(dir, "i686-w64-mingw32-objcopy", "--only-keep-debug", "crash.dll", "crash.dll.debug");
		Mingw.run(dir, "i686-w64-mingw32-objcopy", "--strip-debug", "--add-gnu-debuglink=crash.dll.debug", "crash.dll");
		assertTrue(Mingw.run(dir, "i686-w64-mingw32-objdump", "-h", "crash.dll").indexOf(".debug_info") < 0);
		long imageBase = PeReader.mapping(PeReader.load(dll), dll.toString()).imageBase();
		List<List<SourceLocation>> found = addr2line().locate(dll, List.of(imageBase + rva));
		assertEquals(Optional.of("poke"), found.get(0).get(0).function());
		assertEquals(6, found.get(0).get(0).line());

		Files.delete(dir.resolve("crash.dll.debug"));
		found = addr2line().locate(dll, List.of(imageBase + rva));
		assertEquals(List.of(), found.get(0), "without the debug file nothing is known");
	}

	@Test
	void cppNamesAreDemangledAsTheSourceWritesThem() throws Exception {
		Files.writeString(dir.resolve("game.cpp"), """
				namespace game {
				volatile int* nowhere;
				__attribute__((noinline)) int twice(float value)
				{
				    *nowhere = static_cast<int>(value);
				    return 2;
				}
				}
				extern "C" __declspec(dllexport) int run(float value) { return game::twice(value); }
				""");
		Mingw.run(dir, "i686-w64-mingw32-g++", "-g", "-gdwarf-4", "-O2", "-shared", "-o", "game.dll", "game.cpp");
		Path dll = dir.resolve("game.dll");
		String disassembly = Mingw.run(dir, "i686-w64-mingw32-objdump", "-d", "--no-show-raw-insn", dll.toString());
		String start = disassembly.substring(disassembly.indexOf("<__ZN4game5twiceEf>:"));
		long vma = Long.parseLong(start.lines().skip(1).findFirst().orElseThrow().strip().split(":")[0], 16);
		List<List<SourceLocation>> found = addr2line().locate(dll, List.of(vma));
		assertEquals(Optional.of("game::twice(float)"), found.get(0).get(0).function(), found.toString());
		assertEquals(4, found.get(0).get(0).line());
	}

	@Test
	void theToolsAnswersAreReadWithInliningDiscriminatorsAndUnknowns() throws IOException {
		List<List<SourceLocation>> found = Addr2Line.parse(List.of("0x10001537", "poke", "/p/src/crash.c:6 (discriminator 2)",
				"crash_now", "/p/src/crash.c:11", "0x10009000", "??", "??:0", "0x10001600", "Cmd_X_Execute(ParamInfo*, void*)",
				"C:/Users/a/p/src/main.cpp:?"), 3, 0, Path.of("crash.dll"));
		assertEquals(List.of(new SourceLocation(Optional.of("poke"), Optional.of("/p/src/crash.c"), 6),
				new SourceLocation(Optional.of("crash_now"), Optional.of("/p/src/crash.c"), 11)), found.get(0));
		assertEquals(List.of(), found.get(1));
		assertEquals(List.of(new SourceLocation(Optional.of("Cmd_X_Execute(ParamInfo*, void*)"),
				Optional.of("C:/Users/a/p/src/main.cpp"), 0)), found.get(2));
	}

	@Test
	void aFailureOfTheToolSaysWhatItSaid() {
		IOException e = assertThrows(IOException.class, () -> Addr2Line.parse(
				List.of("i686-w64-mingw32-addr2line: 'x.dll': No such file"), 1, 1, Path.of("x.dll")));
		assertEquals("cannot read the debug information of x.dll with addr2line: i686-w64-mingw32-addr2line: 'x.dll':"
				+ " No such file", e.getMessage());
	}

	@Test
	void aDllThatIsNotThereFailsWithTheToolsMessage() {
		IOException e = assertThrows(IOException.class,
				() -> addr2line().locate(dir.resolve("missing.dll"), List.of(0x10001000L)));
		assertTrue(e.getMessage().contains("missing.dll"), e.getMessage());
	}
}
