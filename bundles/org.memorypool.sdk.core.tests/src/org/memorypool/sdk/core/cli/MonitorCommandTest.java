// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.monitor.HeapMonitor;
import org.memorypool.sdk.core.monitor.HeapSample;

/** {@code ./sdk monitor}: the samples a run of the game writes, as lines and as CSV, with a line where a new run begins. */
class MonitorCommandTest {

	private static final String HEADER = "# MemoryPoolNVSE heap statistics, one line about every second\r\n"
			+ HeapSample.HEADER + "\r\n";

	@TempDir
	Path dir;

	/** Output whose "Samples of the next" line (printed once following has begun) plays the game: two runs. */
	private static final class GameRunOutput extends PrintStream {
		private final Path stats;

		GameRunOutput(ByteArrayOutputStream bytes, Path stats) {
			super(bytes, true, StandardCharsets.UTF_8);
			this.stats = stats;
		}

		@Override
		public void println(String line) {
			super.println(line);
			if (line.startsWith("Samples of the next")) {
				// The game writes while the monitor polls, from a thread of its own.
				Thread.ofVirtual().start(() -> {
					try {
						Files.writeString(stats, HEADER + "1000,jemalloc,16777216,17000000,18000000,20,4,0,2000000000,"
								+ "900000000\r\n2000,jemalloc,0,100,4096,20,20,0,2000000000,900000000\r\n");
						Thread.sleep(1200); // polls between the runs, as the seconds between them would give
						Files.writeString(stats, HEADER + "0,system,10,10,10,1,0,0,3,2\r\n");
					} catch (IOException e) {
						throw new UncheckedIOException(e);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				});
			}
		}
	}

	@Test
	void samplesArePrintedAndWrittenAsCsvWithTheStartOfEachNewRun() throws Exception {
		Path game = Files.createDirectories(dir.resolve("Fallout New Vegas"));
		Path csv = dir.resolve("heap.csv");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int exit = new SdkCommandLine(List.of(new MonitorCommand())).run(new String[] { "monitor", "--game", game.toString(),
				"--seconds", "3", "--csv", csv.toString() }, new GameRunOutput(bytes, game.resolve(HeapMonitor.FILE_NAME)),
				System.err);
		List<String> out = bytes.toString(StandardCharsets.UTF_8).lines().toList();
		assertEquals(0, exit, String.join("\n", out));
		assertTrue(out.get(1).startsWith("note: no MemoryPoolNVSE.dll in "), out.toString());
		List<String> samples = out.subList(3, out.size());
		assertEquals(4, samples.size(), out.toString());
		assertTrue(samples.get(0).contains("in use 16.0 MiB") && samples.get(1).contains("in use 0 B"), samples.toString());
		assertEquals("-- the game started again --", samples.get(2));
		assertTrue(samples.get(3).contains("system"), samples.toString());
		assertEquals(List.of(HeapSample.HEADER, "1000,jemalloc,16777216,17000000,18000000,20,4,0,2000000000,900000000",
				"2000,jemalloc,0,100,4096,20,20,0,2000000000,900000000", "0,system,10,10,10,1,0,0,3,2"),
				Files.readAllLines(csv));
	}

	@Test
	void theStatisticsFileItselfIsNoPlaceForTheCsv() throws IOException {
		Path game = Files.createDirectories(dir.resolve("Fallout New Vegas"));
		Path stats = Files.writeString(game.resolve(HeapMonitor.FILE_NAME), HEADER);
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new SdkCommandLine(List.of(new MonitorCommand())).run(new String[] { "monitor", "--game", game.toString(),
				"--csv", stats.toString() }, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
						StandardCharsets.UTF_8));
		assertEquals(SdkCommandLine.EXIT_USAGE, exit);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("is the statistics file the monitor reads: choose another"
				+ " file"), err.toString(StandardCharsets.UTF_8));
		assertEquals(HEADER, Files.readString(stats), "left as it was");
		assertFalse(Files.exists(game.resolve("Data")));

		// Nor the same file under another name.
		Path link = Files.createSymbolicLink(dir.resolve("heap.csv"), stats);
		assertEquals(SdkCommandLine.EXIT_USAGE, new SdkCommandLine(List.of(new MonitorCommand())).run(new String[] { "monitor",
				"--game", game.toString(), "--csv", link.toString() }, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(new ByteArrayOutputStream())));
		assertEquals(HEADER, Files.readString(stats), "left as it was");
	}

	@Test
	void aCsvFileThatCannotBeWrittenIsOneLineBeforeAnythingIsFollowed() throws IOException {
		Path game = Files.createDirectories(dir.resolve("Fallout New Vegas"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = new SdkCommandLine(List.of(new MonitorCommand())).run(new String[] { "monitor", "--game", game.toString(),
				"--csv", dir.resolve("no folder/heap.csv").toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream()));
		assertEquals(1, exit);
		assertEquals(List.of("Cannot write " + dir.resolve("no folder/heap.csv") + ": its folder does not exist: create it,"
				+ " or choose another file"), out.toString(StandardCharsets.UTF_8).lines().toList());
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(SdkCommandLine.EXIT_USAGE, new SdkCommandLine(List.of(new MonitorCommand())).run(new String[] { "monitor",
				"--game", game.toString(), "--csv", "" }, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err,
						true, StandardCharsets.UTF_8)));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--csv: give the file to write"), err::toString);
	}
}
