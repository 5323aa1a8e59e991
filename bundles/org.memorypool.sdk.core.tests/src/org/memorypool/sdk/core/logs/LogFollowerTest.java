// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways a game writes its logs, as a launch follows them: each line once, none of an earlier run's. */
class LogFollowerTest {

	@TempDir
	Path dir;

	private static List<String> texts(List<LogFollower.Line> lines) {
		return lines.stream().map(LogFollower.Line::text).toList();
	}

	private static void append(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	@Test
	void anEarlierRunsLinesAreSkippedAndAppendedLinesComeOnceWhenComplete() throws IOException {
		Path log = dir.resolve("MemoryPoolNVSE.log");
		Files.writeString(log, "[old run] line 1\r\n[old run] line 2\r\n");
		LogFollower follower = new LogFollower(List.of(log));
		assertEquals(List.of(), follower.poll());
		append(log, "new 1\r\nnew ");
		assertEquals(List.of("new 1"), texts(follower.poll()));
		assertEquals(List.of(), follower.poll());
		append(log, "2\r\n\r\nnew 3\n");
		assertEquals(List.of("new 2", "", "new 3"), texts(follower.poll()));
		assertEquals(List.of(log.toAbsolutePath().normalize()), follower.files());
	}

	@Test
	void aLogCreatedLateIsFollowedFromItsFirstLine() throws IOException {
		Path log = dir.resolve("nvse.log");
		LogFollower follower = new LogFollower(List.of(log));
		assertEquals(List.of(), follower.poll());
		Files.writeString(log, "NVSE runtime: initialize\n");
		List<LogFollower.Line> lines = follower.poll();
		assertEquals(List.of("NVSE runtime: initialize"), texts(lines));
		assertEquals(log.toAbsolutePath().normalize(), lines.get(0).file());
	}

	/**
	 * The game truncates its logs when it starts, and NVSE's log starts with the same lines each run: a rewrite,
	 * shorter or longer than the old file, is read from its start, and so is a file deleted and made again.
	 */
	@Test
	void aRewrittenOrRecreatedLogIsReadFromItsStart() throws IOException {
		Path log = dir.resolve("nvse.log");
		Files.writeString(log, "NVSE runtime: initialize\nplugin A loaded at 0x10000000\nplugin B failed\n");
		LogFollower follower = new LogFollower(List.of(log));
		Files.writeString(log, "NVSE runtime: initialize\nplugin A loaded at 0x10000000\n");
		assertEquals(List.of("NVSE runtime: initialize", "plugin A loaded at 0x10000000"), texts(follower.poll()));
		Files.writeString(log, "NVSE runtime: initialize\nplugin A loaded at 0x20000000\nplugin B loaded\nmore\n");
		assertEquals(List.of("NVSE runtime: initialize", "plugin A loaded at 0x20000000", "plugin B loaded", "more"),
				texts(follower.poll()));
		Files.delete(log);
		assertEquals(List.of(), follower.poll());
		Files.writeString(log, "again\n");
		assertEquals(List.of("again"), texts(follower.poll()));
	}

	@Test
	void severalLogsComeFileByFileAndAMissingOrFolderOneGivesNothing() throws IOException {
		Path plugin = dir.resolve("MyPlugin.log");
		Path folder = Files.createDirectory(dir.resolve("folder.log"));
		Path missing = dir.resolve("missing.log");
		LogFollower follower = new LogFollower(List.of(plugin, folder, missing));
		append(plugin, "a\n");
		assertEquals(List.of("a"), texts(follower.poll()));
	}

	/** Windows-1252 text (NVSE's and the game's own logs) and UTF-8 both come out as written. */
	@Test
	void textIsUtf8OrWindows1252() throws IOException {
		Path log = dir.resolve("x.log");
		LogFollower follower = new LogFollower(List.of(log));
		Files.write(log, "caf\u00e9 \u2192 ok\n".getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of("caf\u00e9 \u2192 ok"), texts(follower.poll()));
		Files.write(log, concat("caf\u00e9 \u2192 ok\n".getBytes(StandardCharsets.UTF_8), "Men\u00fc\n".getBytes("windows-1252")));
		assertEquals(List.of("Men\u00fc"), texts(follower.poll()));
	}

	/** A log without line ends, or a huge one, costs bounded memory and time per poll; nothing is lost. */
	@Test
	void longLinesComeInPiecesAndAHugeAppendOverSeveralPolls() throws IOException {
		Path log = dir.resolve("x.log");
		LogFollower follower = new LogFollower(List.of(log));
		Files.writeString(log, "x".repeat(LogFollower.MAX_LINE * 2 + 10));
		assertEquals(List.of("x".repeat(LogFollower.MAX_LINE), "x".repeat(LogFollower.MAX_LINE)), texts(follower.poll()));
		append(log, "\n");
		assertEquals(List.of("x".repeat(10)), texts(follower.poll()));

		Path big = dir.resolve("big.log");
		LogFollower bigFollower = new LogFollower(List.of(big));
		String line = "y".repeat(99) + "\n";
		int count = LogFollower.MAX_READ_PER_POLL / line.length() * 3;
		Files.writeString(big, line.repeat(count));
		List<String> all = new ArrayList<>();
		int polls = 0;
		for (List<LogFollower.Line> got = bigFollower.poll(); !got.isEmpty(); got = bigFollower.poll()) {
			all.addAll(texts(got));
			polls++;
		}
		assertEquals(count, all.size());
		assertTrue(all.stream().allMatch(l -> l.equals("y".repeat(99))));
		assertTrue(polls >= 3, "one poll read more than " + LogFollower.MAX_READ_PER_POLL + " bytes: " + polls + " polls");
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}
}
