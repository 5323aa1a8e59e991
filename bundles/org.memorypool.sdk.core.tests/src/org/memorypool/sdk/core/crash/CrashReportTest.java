// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.memorypool.sdk.core.pe.PeMapping;

/** The report's lines, and the file and line the IDE's links read back from them. */
class CrashReportTest {

	private static final Path PROJECT = Path.of("/work/GenCrash");
	private static final ModuleImage IMAGE = new ModuleImage("GenCrash", PROJECT.resolve("Release/GenCrash.dll"),
			new PeMapping(0x10000000L, 0x27000, List.of(new PeMapping.Range(0x1000, 0x9000))));

	@Test
	void sourcesInsideTheProjectAreRelativeAndInlinedCallersFollow() {
		SymbolizedAddress crash = new SymbolizedAddress(IMAGE, 0x1537, true, 4, List.of(
				new SourceLocation(Optional.of("poke(int)"), Optional.of("/work/GenCrash/Release/../src/Crash.cpp"), 9),
				new SourceLocation(Optional.of("CrashWhenUnlucky(float)"), Optional.of("/work/GenCrash/src/Crash.cpp"), 14)));
		SymbolizedAddress libc = new SymbolizedAddress(IMAGE, 0x2000, false, 5,
				List.of(new SourceLocation(Optional.of("pre_c_init"), Optional.of("/build/mingw-w64-crt/crt/crtdll.c"), 63)));
		SymbolizedAddress unknown = new SymbolizedAddress(IMAGE, 0x3000, false, 6, List.of());
		ProjectSymbols.Outcome outcome = new ProjectSymbols.Outcome("Release", IMAGE,
				new Symbolizer.Result(List.of(crash, libc, unknown), List.of()));
		assertEquals(List.of("Debug information: Release/GenCrash.dll (configuration Release)",
				"line 4: GenCrash.dll+0x1537, where it crashed", "    poke(int) at src/Crash.cpp:9",
				"    inlined into CrashWhenUnlucky(float) at src/Crash.cpp:14", "line 5: GenCrash.dll+0x2000",
				"    pre_c_init at /build/mingw-w64-crt/crt/crtdll.c:63", "line 6: GenCrash.dll+0x3000",
				"    (not in the debug information: was GenCrash.dll built without -g?)"), CrashReport.lines(outcome, PROJECT));
	}

	@Test
	void theSourceOfALineIsItsLastFileAndLine() {
		assertEquals(new CrashReport.SourceLine("src/Crash.cpp", 9), CrashReport.sourceOf("    poke(int) at src/Crash.cpp:9"));
		assertEquals(new CrashReport.SourceLine("C:/Users/a b/src/x.cpp", 12),
				CrashReport.sourceOf("    operator at(int) at C:/Users/a b/src/x.cpp:12"));
		assertNull(CrashReport.sourceOf("line 4: GenCrash.dll+0x1537, where it crashed"));
		assertNull(CrashReport.sourceOf("    CrashWhenUnlucky(float)"));
	}
}
