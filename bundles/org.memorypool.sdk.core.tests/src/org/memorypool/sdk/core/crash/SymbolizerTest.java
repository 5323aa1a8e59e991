// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.memorypool.sdk.core.pe.PeMapping;

/** Which of a log's numbers are code of the plugin, and what is looked up for them. */
class SymbolizerTest {

	/** Preferred base 0x10000000, 0x27000 bytes, code at RVAs 0x1000 to 0x9000. */
	private static final ModuleImage IMAGE = new ModuleImage("GenCrash", Path.of("Release/GenCrash.dll"),
			new PeMapping(0x10000000L, 0x27000, List.of(new PeMapping.Range(0x1000, 0x9000))));

	/** Answers every lookup with the address it was asked, as the function's name, and remembers them. */
	private static final class Recorder implements DebugInfo {
		final List<Long> asked = new ArrayList<>();

		@Override
		public List<List<SourceLocation>> locate(Path dll, List<Long> addresses) {
			asked.addAll(addresses);
			return addresses.stream().map(a -> List.of(new SourceLocation(Optional.of(Long.toHexString(a)),
					Optional.of("src/main.cpp"), 7))).toList();
		}
	}

	private static String describe(Symbolizer.Result result) {
		return String.join("\n", result.addresses().stream().map(a -> "line " + a.line() + " 0x" + Long.toHexString(a.rva())
				+ (a.faulting() ? " faulting" : "")).toList());
	}

	@Test
	void whereTheLogSaysTheModuleWasLoadedDecidesAndFramePointersFallAway() throws Exception {
		String log = """
				Calltrace:
				 0x0019F504 |                     GenCrash (0x3B701537) |   |
				 0x0019F754 |                     GenCrash (0x3B7022F0) |   |
				 0x0019F780 |                     GenCrash (0x3B70A000) |   |
				Module bases:
				 0x3B700000 - 0x3B727000 | 156.00 KiB | GenCrash | 1.0.0.0 | C:/Games/FNV/Data/NVSE/Plugins/GenCrash.dll
				""";
		Recorder debugInfo = new Recorder();
		Symbolizer.Result result = Symbolizer.symbolize(CrashLogScanner.scan(log, List.of("GenCrash")), List.of(IMAGE), debugInfo);
		// 0x3B70A000 is in the module but past its code (data): dropped.
		assertEquals("line 2 0x1537 faulting\nline 3 0x22f0", describe(result));
		// The crash's own address as it is; a return address one byte before, in the call.
		assertEquals(List.of(0x10001537L, 0x100022EFL), debugInfo.asked);
		assertEquals(List.of(), result.warnings());
	}

	@Test
	void withoutTheLoadAddressThePreferredBaseIsAssumed() throws Exception {
		String log = "0x10001537 ==> GenCrash (0x0019F504) : EntryPoint+0xFFFFFFFF\n";
		Symbolizer.Result result = Symbolizer.symbolize(CrashLogScanner.scan(log, List.of("GenCrash")), List.of(IMAGE),
				new Recorder());
		assertEquals("line 1 0x1537", describe(result));
	}

	@Test
	void wineGivesTheCrashThreeTimesAndItCountsOnceAsTheCrash() throws Exception {
		String log = """
				Unhandled exception: page fault on write access to 0x00000000 in 32-bit code (0x6b5c1537).
				Backtrace:
				=>0 0x6b5c1537 in gencrash (+0x1537) (0x0031fb48)
				  1 0x6b5c22f0 in gencrash (+0x22f0) (0x0031fb70)
				0x6b5c1537 gencrash+0x1537: movl $0x2a,0x0
				Modules:
				PE	6b5c0000-6b5e7000	Export          gencrash
				""";
		Recorder debugInfo = new Recorder();
		Symbolizer.Result result = Symbolizer.symbolize(CrashLogScanner.scan(log, List.of("GenCrash")), List.of(IMAGE), debugInfo);
		assertEquals("line 1 0x1537 faulting\nline 4 0x22f0", describe(result));
		assertEquals(List.of(0x10001537L, 0x100022EFL), debugInfo.asked);
	}

	@Test
	void anotherBuildsSizeIsWarnedOf() throws Exception {
		String log = """
				GenCrash.dll+0x1537
				0x3B700000 - 0x3B731000 ==> GenCrash, C:/Games/FNV/Data/NVSE/Plugins/GenCrash.dll
				""";
		Symbolizer.Result result = Symbolizer.symbolize(CrashLogScanner.scan(log, List.of("GenCrash")), List.of(IMAGE),
				new Recorder());
		assertEquals("line 1 0x1537", describe(result));
		assertEquals(1, result.warnings().size());
		assertTrue(result.warnings().get(0).startsWith("line 2: the crashed GenCrash took 0x31000 bytes in memory,"
				+ " Release/GenCrash.dll takes 0x27000: it is another build of it"), result.warnings().get(0));
	}

	@Test
	void aLogOfAnotherPluginsCrashGivesNothingAndAsksNothing() throws Exception {
		String log = """
				Calltrace:
				 0x0019F504 |                     jip_nvse (0x10001537) |   |
				Unhandled exception: page fault on write access to 0x00000000 in 32-bit code (0x10001537).
				""";
		Recorder debugInfo = new Recorder();
		Symbolizer.Result result = Symbolizer.symbolize(CrashLogScanner.scan(log, List.of("GenCrash")), List.of(IMAGE), debugInfo);
		// The exception line names no module: without the log saying where GenCrash was, its address is nobody's.
		assertEquals("", describe(result));
		assertEquals(List.of(), debugInfo.asked);
	}
}
