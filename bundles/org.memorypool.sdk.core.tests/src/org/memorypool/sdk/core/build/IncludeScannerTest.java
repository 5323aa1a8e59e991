// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class IncludeScannerTest {

	@TempDir
	Path dir;

	@Test
	void includeLinesAreReadAsThePreprocessorReadsThem() {
		assertEquals("\"a.h", IncludeScanner.includedName("#include \"a.h\""));
		assertEquals("<sub/b.h", IncludeScanner.includedName("\t#  include\t<sub/b.h> // why"));
		assertNull(IncludeScanner.includedName("// #include \"a.h\""));
		assertNull(IncludeScanner.includedName("#include_next <a.h>"));
		assertNull(IncludeScanner.includedName("#include MACRO_HEADER"));
		assertNull(IncludeScanner.includedName("#include \"\""));
		assertNull(IncludeScanner.includedName("#include \"unclosed"));
	}

	@Test
	void quotedNamesResolveBesideTheIncludingFileFirstThenOnTheIncludePath() throws Exception {
		Path src = Files.createDirectories(dir.resolve("src"));
		Path inc = Files.createDirectories(dir.resolve("inc"));
		Files.writeString(src.resolve("main.cpp"), "#include \"a.h\"\n#include <b.h>\n#include <windows.h>\n");
		Files.writeString(src.resolve("a.h"), "#include \"b.h\"\n");
		Files.writeString(inc.resolve("a.h"), "not this one");
		Files.writeString(inc.resolve("b.h"), "#include \"b.h\"\n");
		Set<Path> headers = new IncludeScanner().headersOf(src.resolve("main.cpp"), List.of(inc)).orElseThrow();
		assertEquals(Set.of(src.resolve("a.h"), inc.resolve("b.h")), headers, "b.h includes itself: read once");
	}

	@Test
	void theIncludeFoldersOfACommandAreItsIOptions() {
		ToolCommand command = new ToolCommand("", List.of("g++", "-I../inc", "-I", "/abs", "-Ifoo bar", "-c", "-o", "x.o"));
		assertEquals(List.of(dir.resolve("inc"), Path.of("/abs"), dir.resolve("build/foo bar")),
				IncludeScanner.includeDirs(command, dir.resolve("build")));
	}

	/**
	 * The trial's source: many include lines and hundreds of -I folders cost their product in lookups; past
	 * MAX_LOOKUPS the source counts as changed, and a name named again is not looked up again.
	 */
	@Test
	@Timeout(60)
	void includesTimesFoldersIsBoundedAndARepeatedNameIsLookedUpOnce() throws Exception {
		List<Path> folders = java.util.stream.IntStream.range(0, 500).mapToObj(i -> dir.resolve("inc" + i)).toList();
		Files.writeString(dir.resolve("many.cpp"), java.util.stream.IntStream.range(0, 2000)
				.mapToObj(i -> "#include \"m" + i + ".h\"\n").reduce("", String::concat));
		assertEquals(java.util.Optional.empty(), new IncludeScanner().headersOf(dir.resolve("many.cpp"), folders),
				"2000 names in 500 folders: more lookups than the bound, so the source counts as changed");
		Files.writeString(dir.resolve("same.cpp"), "#include \"m.h\"\n".repeat(100_000));
		assertEquals(Set.of(), new IncludeScanner().headersOf(dir.resolve("same.cpp"), folders).orElseThrow(),
				"one name 100000 times: 501 lookups, none found");
	}

	/** The third trial: thousands of links to one 4 MB header; the scanner stops at its byte budget, counting a change. */
	@Test
	@Timeout(60)
	void theBytesAScannerReadsAreBounded() throws Exception {
		Path big = Files.writeString(dir.resolve("big.h"), ("/" + "*".repeat(98) + "\n").repeat(40_000));
		StringBuilder source = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			Files.createLink(dir.resolve("h" + i + ".h"), big);
			source.append("#include \"h").append(i).append(".h\"\n");
		}
		Files.writeString(dir.resolve("main.cpp"), source);
		assertEquals(java.util.Optional.empty(), new IncludeScanner().headersOf(dir.resolve("main.cpp"), List.of()),
				"40 headers of 4 MB are more than the scanner reads: the source counts as changed");
		Files.writeString(dir.resolve("few.cpp"), "#include \"h0.h\"\n#include \"h1.h\"\n");
		assertEquals(Set.of(dir.resolve("h0.h"), dir.resolve("h1.h")),
				new IncludeScanner().headersOf(dir.resolve("few.cpp"), List.of()).orElseThrow());
	}

	@Test
	@Timeout(20)
	void aChainOfManyHeadersIsReadOnceEachAndBounded() throws Exception {
		int count = 3000;
		for (int i = 0; i < count; i++) {
			Files.writeString(dir.resolve("h" + i + ".h"), "#include \"h" + (i + 1) % count + ".h\"\n#include \"h0.h\"\n");
		}
		assertEquals(count, new IncludeScanner().headersOf(dir.resolve("h0.h"), List.of()).orElseThrow().size());
	}

	@Test
	@Timeout(60)
	void pastTheBoundTheHeadersAreUnknownSoTheSourceCountsAsChanged() throws Exception {
		int count = IncludeScanner.MAX_FILES + 2;
		for (int i = 0; i < count; i++) {
			Files.writeString(dir.resolve("h" + i + ".h"), "#if 0\n#include \"h" + (i + 1) + ".h\"\n#endif\n");
		}
		assertEquals(java.util.Optional.empty(), new IncludeScanner().headersOf(dir.resolve("h0.h"), List.of()));
	}
}
