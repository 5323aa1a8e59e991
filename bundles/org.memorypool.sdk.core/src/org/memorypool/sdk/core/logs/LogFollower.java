// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.logs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows text logs as a game writes them: the plugin's own log, NVSE's {@code nvse.log}, {@code MemoryPoolNVSE.log}.
 * Each {@link #poll()} returns the complete lines written since the last one, each line once, whether a file is
 * appended to, rewritten from the start (the game truncates its logs at each start, often with the same first lines
 * as last time), deleted, or created only after following began. What a file held when following began is not
 * returned: it belongs to an earlier run. Not thread-safe; one poller calls it, a few times a second.
 * <p>
 * Bounded: at most {@link #MAX_READ_PER_POLL} bytes of a file per poll (the rest comes with the next polls), a line
 * longer than {@link #MAX_LINE} characters is returned in pieces of that length. Lines end at LF; a CR before it is
 * dropped. Text is UTF-8, or Windows-1252 (what the game's and NVSE's own logs use) where it is not.
 * <p>
 * A rewrite is told by the file's identity (inode) or by the bytes before the read position: a new run whose log
 * starts with exactly all of what the last run's held is taken for an append, so those first lines are not returned.
 */
public final class LogFollower {

	/** The most read of one file in one poll. */
	public static final int MAX_READ_PER_POLL = 1024 * 1024;
	/** The longest line returned whole. */
	public static final int MAX_LINE = 16 * 1024;
	/** How many bytes before the read position identify the content read so far, to tell a rewrite from an append. */
	static final int FINGERPRINT = 256;

	/** One line of one log, without its line end. */
	public record Line(Path file, String text) {
	}

	/** What is known of one followed file. */
	private static final class State {
		/** Where the next read starts; the file's size when following began, so an earlier run's lines are skipped. */
		long position;
		/** The bytes just before {@link #position} as read; a file whose bytes there differ was rewritten. */
		byte[] fingerprint = new byte[0];
		/** The inode or file id: a new one is a new file. */
		Object key;
		/** Bytes of a line whose end has not been written yet. */
		byte[] partial = new byte[0];
	}

	private final Map<Path, State> files = new LinkedHashMap<>();

	/**
	 * Starts following {@code logs}, from what they hold now: missing files are followed from their first line once
	 * they appear.
	 */
	public LogFollower(List<Path> logs) {
		for (Path log : logs) {
			State state = new State();
			try {
				BasicFileAttributes attributes = Files.readAttributes(log, BasicFileAttributes.class);
				if (attributes.isRegularFile()) {
					state.key = attributes.fileKey();
					state.position = attributes.size();
					state.fingerprint = readBefore(log, state.position);
				}
			} catch (IOException e) {
				// Missing or unreadable now: followed from its start once it can be read.
			}
			files.put(log.toAbsolutePath().normalize(), state);
		}
	}

	/** The files followed, in the order given. */
	public List<Path> files() {
		return List.copyOf(files.keySet());
	}

	/**
	 * The complete lines written since the last poll, file by file in the order given. A file that cannot be read
	 * right now (missing, locked, a folder) gives nothing and is tried again at the next poll; nothing is thrown.
	 */
	public List<Line> poll() {
		List<Line> lines = new ArrayList<>();
		for (Map.Entry<Path, State> entry : files.entrySet()) {
			try {
				read(entry.getKey(), entry.getValue(), lines);
			} catch (IOException e) {
				// Locked by the game or gone between the checks: the next poll tries again.
			}
		}
		return lines;
	}

	private static void read(Path file, State state, List<Line> lines) throws IOException {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (NoSuchFileException e) {
			// Deleted: a file made again under this name is new.
			restart(state, null);
			return;
		}
		if (!attributes.isRegularFile()) {
			return;
		}
		long size = attributes.size();
		boolean newFile = state.key != null && attributes.fileKey() != null && !attributes.fileKey().equals(state.key);
		if (newFile || size < state.position || !Arrays.equals(readBefore(file, state.position), state.fingerprint)) {
			restart(state, attributes.fileKey());
		}
		state.key = attributes.fileKey();
		if (size <= state.position) {
			return;
		}
		int length = (int) Math.min(MAX_READ_PER_POLL, size - state.position);
		ByteBuffer buffer = ByteBuffer.allocate(length);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			while (buffer.hasRemaining() && channel.read(buffer, state.position + buffer.position()) > 0) {
				// reads until the buffer is full or the file ends (it may have been truncated meanwhile)
			}
		}
		byte[] read = Arrays.copyOf(buffer.array(), buffer.position());
		state.position += read.length;
		byte[] seen = concat(state.fingerprint, read);
		state.fingerprint = Arrays.copyOfRange(seen, Math.max(0, seen.length - FINGERPRINT), seen.length);
		split(file, state, read, lines);
	}

	/** Splits what was read into lines; an unfinished line waits for its end (or for {@link #MAX_LINE}). */
	private static void split(Path file, State state, byte[] read, List<Line> lines) {
		byte[] text = concat(state.partial, read);
		int start = 0;
		for (int i = 0; i < text.length; i++) {
			if (text[i] == '\n') {
				int end = i > start && text[i - 1] == '\r' ? i - 1 : i;
				addLine(file, Arrays.copyOfRange(text, start, end), lines);
				start = i + 1;
			}
		}
		byte[] rest = Arrays.copyOfRange(text, start, text.length);
		// A line longer than MAX_LINE bytes goes out in pieces rather than growing without end.
		while (rest.length >= MAX_LINE) {
			addLine(file, Arrays.copyOf(rest, MAX_LINE), lines);
			rest = Arrays.copyOfRange(rest, MAX_LINE, rest.length);
		}
		state.partial = rest;
	}

	private static void addLine(Path file, byte[] bytes, List<Line> lines) {
		String text = LogText.decode(bytes);
		for (int from = 0; from < text.length(); from += MAX_LINE) {
			lines.add(new Line(file, text.substring(from, Math.min(text.length(), from + MAX_LINE))));
		}
		if (text.isEmpty()) {
			lines.add(new Line(file, ""));
		}
	}

	private static void restart(State state, Object key) {
		state.position = 0;
		state.fingerprint = new byte[0];
		state.partial = new byte[0];
		state.key = key;
	}

	/** The up to {@link #FINGERPRINT} bytes before {@code position}; fewer when the file is shorter now. */
	private static byte[] readBefore(Path file, long position) throws IOException {
		long from = Math.max(0, position - FINGERPRINT);
		ByteBuffer buffer = ByteBuffer.allocate((int) (position - from));
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) > 0) {
				// reads the window, or what is left of it
			}
		}
		return Arrays.copyOf(buffer.array(), buffer.position());
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}
}
