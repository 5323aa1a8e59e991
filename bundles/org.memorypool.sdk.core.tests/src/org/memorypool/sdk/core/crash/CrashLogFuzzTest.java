// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.memorypool.sdk.core.Fuzzer;
import org.memorypool.sdk.core.pe.PeMapping;

/**
 * Crash logs are whatever players paste: mutated logs of each known shape are scanned and symbolized (against a
 * stand-in for the debug information) without an exception, within the fuzzer's time and memory bounds.
 */
class CrashLogFuzzTest {

	private static final ModuleImage IMAGE = new ModuleImage("GenCrash", Path.of("GenCrash.dll"),
			new PeMapping(0x10000000L, 0x27000, List.of(new PeMapping.Range(0x1000, 0x9000))));

	@Test
	void crashLogs() throws Exception {
		List<byte[]> seeds = List.of("""
				Calltrace:
				 0x0019F504 |                     GenCrash (0x3B701537) |   |
				Module bases:
				 0x3B700000 - 0x3B727000 | 156.00 KiB | GenCrash | 1.0.0.0 | C:/Games/FNV/Data/NVSE/Plugins/GenCrash.dll
				""", """
				Unhandled exception: page fault on write access to 0x00000000 in 32-bit code (0x6b5c1537).
				Backtrace:
				=>0 0x6b5c1537 in gencrash (+0x1537) (0x0031fb48)
				0x6b5c1537 gencrash+0x1537: movl $0x2a,0x0
				Modules:
				PE	6b5c0000-6b5e7000	Dwarf-5         gencrash
				""", "29153223 h 3B701537 C7050000 GenCrash.dll (10001537)\nGenCrash.dll+0x22F0\n")
				.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
		Fuzzer fuzzer = new Fuzzer("crash-log", seeds, List.of("GenCrash", ".dll", "+0x", "0x", " - ", "-", "=>", "(+0x",
				"Calltrace:", "Backtrace:", "Unhandled exception", "ffffffffffffffff", "\n", "|"), Set.of());
		DebugInfo answers = (dll, addresses) -> addresses.stream()
				.map(a -> List.of(new SourceLocation(Optional.of("f"), Optional.of("src/f.cpp"), 1))).toList();
		Fuzzer.ran(fuzzer.run(5, input -> Symbolizer.symbolize(
				CrashLogScanner.scan(new String(input, StandardCharsets.UTF_8), List.of("GenCrash")), List.of(IMAGE), answers)),
				seeds);
	}
}
