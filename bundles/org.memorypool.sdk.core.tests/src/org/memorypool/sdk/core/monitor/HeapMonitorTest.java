// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.game.GameLayout;

/** The runtime's statistics file as the game writes it: rewritten at each run, appended to every second. */
class HeapMonitorTest {

	private static final String HEADER = "# MemoryPoolNVSE heap statistics, one line about every second\r\n"
			+ HeapSample.HEADER + "\r\n";

	@TempDir
	Path dir;

	private static void append(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	@Test
	void samplesComeOnceAndANewRunOfTheGameStartsANewRun() throws IOException {
		Path file = HeapMonitor.files(new GameLayout(dir), Optional.empty()).get(0);
		Files.writeString(file, HEADER + "5000,jemalloc,1,2,3,4,5,0,6,7\r\n");
		HeapMonitor monitor = new HeapMonitor(List.of(file));
		assertEquals(List.of(), monitor.poll(), "an earlier run's samples are not read");
		append(file, "6000,jemalloc,16777216,17000000,18000000,20,4,0,2000000000,900000000\r\n7000,jem");
		assertEquals(List.of(new HeapSample(6000, "jemalloc", 16777216, 17000000, 18000000, 20, 4, 0, 2000000000L,
				900000000L)), monitor.poll());
		append(file, "alloc,1,1,1,1,1,0,1,1\r\n");
		assertEquals(1, monitor.poll().size(), "a line written in two pieces is one sample");

		// The game starts again: the runtime rewrites the file.
		Files.writeString(file, HEADER + "1000,system,10,10,10,1,0,0,3,2\r\n");
		assertEquals(List.of(new HeapSample(1000, "system", 10, 10, 10, 1, 0, 0, 3, 2)), monitor.poll());
		assertEquals(3, monitor.samples().size());
		assertEquals(2, monitor.runs());
		assertEquals(HeapSample.HEADER + "\n6000,jemalloc,16777216,17000000,18000000,20,4,0,2000000000,900000000\n"
				+ "7000,jemalloc,1,1,1,1,1,0,1,1\n1000,system,10,10,10,1,0,0,3,2\n", monitor.csv());
	}

	@Test
	void aRunThatEndedWithinItsFirstSecondIsStillARun() throws IOException {
		Path file = dir.resolve(HeapMonitor.FILE_NAME);
		HeapMonitor monitor = new HeapMonitor(List.of(file));
		Files.writeString(file, HEADER + "1000,jemalloc,1,1,1,1,0,0,1,1\r\n");
		assertEquals(List.of(true), monitor.pollRuns().stream().map(HeapMonitor.Fresh::startsRun).toList());
		// The game crashed after one sample and started again: the new file's times do not fall back.
		Files.writeString(file, HEADER + "1000,jemalloc,2,2,2,2,0,0,2,2\r\n2000,jemalloc,3,3,3,3,0,0,3,3\r\n");
		assertEquals(List.of(true, false), monitor.pollRuns().stream().map(HeapMonitor.Fresh::startsRun).toList());
		assertEquals(2, monitor.runs());
	}

	@Test
	void theSessionIsExportedWholeOverAnEarlierFile() throws IOException {
		Path file = dir.resolve(HeapMonitor.FILE_NAME);
		HeapMonitor monitor = new HeapMonitor(List.of(file));
		monitor.poll();
		append(file, HEADER + "1000,jemalloc,1,2,3,4,5,0,6,7\r\n2000,jemalloc,8,9,10,11,12,0,13,14\r\n");
		assertEquals(2, monitor.poll().size());
		Path export = dir.resolve("heap.csv");
		Files.writeString(export, "an earlier export");
		monitor.export(export);
		assertEquals(HeapSample.HEADER + "\n1000,jemalloc,1,2,3,4,5,0,6,7\n2000,jemalloc,8,9,10,11,12,0,13,14\n",
				Files.readString(export));
		try (var listing = Files.list(dir)) {
			assertEquals(2, listing.count(), "no part file is left beside the export");
		}
	}

	@Test
	void anExportThatCannotBeWrittenLeavesTheFolderAsItWas() throws IOException {
		HeapMonitor monitor = new HeapMonitor(List.of(dir.resolve(HeapMonitor.FILE_NAME)));
		Path folder = Files.createDirectories(dir.resolve("heap.csv"));
		Files.writeString(folder.resolve("kept.txt"), "kept");
		assertThrows(IOException.class, () -> monitor.export(folder));
		assertEquals("kept", Files.readString(folder.resolve("kept.txt")));
		assertEquals(false, Files.exists(dir.resolve("heap.csv.part")));
	}

	@Test
	void linesThatAreNoSampleAreSkipped() {
		for (String line : List.of("", HeapSample.HEADER, "# comment", "1,jemalloc,1,1,1,1,1,1,1", "1,other,1,1,1,1,1,1,1,1",
				"1,jemalloc,1,1,1,1,1,1,1,-1", "1,jemalloc,1,1,1,1,1,1,1,99999999999999999999", "1,jemalloc,1,1,1,1,1,1,1,1,1")) {
			assertEquals(Optional.empty(), HeapSample.parse(line), line);
		}
		assertTrue(HeapSample.parse(" 1,none,0,0,0,0,0,0,0,0 \r").isPresent());
	}

	@Test
	void aSampleReadsAsOneLine() {
		HeapSample sample = new HeapSample(12_000, "jemalloc", 48L << 20, 50L << 20, 52L << 20, 48, 0, 0, 1_700_000_000L,
				900L << 20);
		assertEquals("   12.0 s  jemalloc  in use 48.0 MiB  active 52.0 MiB  blocks +48 -0  free address space 1.6 GiB,"
				+ " largest block 900.0 MiB", sample.describe());
		assertEquals("512 B", HeapSample.size(512));
	}
}
