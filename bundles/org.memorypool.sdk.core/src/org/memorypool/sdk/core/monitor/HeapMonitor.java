// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.memorypool.sdk.core.FileReplacement;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.logs.LogFollower;

/**
 * Follows the runtime's {@code MemoryPoolNVSE.stats} while the game runs (in the game folder, and in Mod Organizer
 * 2's overwrite folder, where a game MO2 runs writes new files) and keeps the session's samples: what the heap monitor
 * view charts and exports, and {@code ./sdk monitor} prints. Each sample comes once; an earlier run's are not read. A
 * new run of the game (the runtime rewrites the file) starts a new run in the session. Reading costs the game nothing:
 * the runtime writes the file whether or not anyone reads it.
 */
public final class HeapMonitor {

	/** The file's name. */
	public static final String FILE_NAME = "MemoryPoolNVSE.stats";
	/** How the file's first line begins (native-plugin/src/stats_publisher.cpp writes it at each start). */
	static final String FIRST_LINE = "# MemoryPoolNVSE heap statistics";
	/** Samples kept: a day of play at one a second; older ones go first. */
	public static final int MAX_SAMPLES = 24 * 60 * 60;

	private final LogFollower follower;
	private final Deque<HeapSample> samples = new ArrayDeque<>();
	private long lastTime = -1;
	private int runs;
	private boolean headerSeen;

	/** @param files the stats files to follow, e.g. {@link #files} */
	public HeapMonitor(List<Path> files) {
		this.follower = new LogFollower(files);
	}

	/** The stats files of a game: in its folder, and in MO2's overwrite folder when MO2 runs it. */
	public static List<Path> files(GameLayout game, Optional<Path> modOrganizerOverwrite) {
		List<Path> files = new ArrayList<>(List.of(game.root().resolve(FILE_NAME)));
		modOrganizerOverwrite.ifPresent(overwrite -> files.add(overwrite.resolve(FILE_NAME)));
		return files;
	}

	/**
	 * A sample just read.
	 *
	 * @param sample    the sample
	 * @param startsRun whether it is the first of a run of the game
	 */
	public record Fresh(HeapSample sample, boolean startsRun) {
	}

	/** The samples written since the last call (none the first time a file is seen with an earlier run's content). */
	public List<HeapSample> poll() {
		return pollRuns().stream().map(Fresh::sample).toList();
	}

	/** As {@link #poll}, saying which samples begin a run of the game. */
	public synchronized List<Fresh> pollRuns() {
		List<Fresh> fresh = new ArrayList<>();
		for (LogFollower.Line line : follower.poll()) {
			if (line.text().startsWith(FIRST_LINE)) {
				// The runtime writes it when it starts the file: whatever comes next is a new run, even one whose
				// time has not fallen back (a run that ended within its first second).
				headerSeen = true;
				continue;
			}
			Optional<HeapSample> sample = HeapSample.parse(line.text());
			if (sample.isEmpty()) {
				continue;
			}
			boolean startsRun = headerSeen || sample.get().timeMillis() < lastTime || lastTime < 0;
			if (startsRun) {
				runs++;
				headerSeen = false;
			}
			lastTime = sample.get().timeMillis();
			if (samples.size() == MAX_SAMPLES) {
				samples.removeFirst();
			}
			samples.addLast(sample.get());
			fresh.add(new Fresh(sample.get(), startsRun));
		}
		return fresh;
	}

	/** Every sample kept, oldest first. */
	public synchronized List<HeapSample> samples() {
		return List.copyOf(samples);
	}

	/**
	 * How many runs of the game the session has seen: a run starts with the file's first line (the runtime rewrote
	 * it) or where the time falls back.
	 */
	public synchronized int runs() {
		return runs;
	}

	/**
	 * Writes {@link #csv} to the file, whole or not at all ({@link FileReplacement}).
	 *
	 * @throws IOException when the file cannot be written; a file it replaces is then left as it was
	 */
	public void export(Path file) throws IOException {
		FileReplacement.write(file, csv().getBytes(StandardCharsets.UTF_8), ".part");
	}

	/** The session as CSV: the header, then each sample kept. */
	public synchronized String csv() {
		StringBuilder text = new StringBuilder(HeapSample.HEADER).append('\n');
		samples.forEach(s -> text.append(s.csv()).append('\n'));
		return text.toString();
	}
}
