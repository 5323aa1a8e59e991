// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.memorypool.sdk.core.TerminalText;

/**
 * What {@code MemoryPoolNVSE.log} says about the runtime's last run (the log is rewritten at each start; its lines are
 * described in MemoryPool.h). Read from the log's last megabyte (a game's log is input that can be any size), without
 * regular expressions; every value escaped for printing.
 *
 * @param version      the runtime's version, from "Plugin Query called (MemoryPoolNVSE 2.0.0, ..."
 * @param allocator    the allocator it chose, from "Allocator: jemalloc" or "Allocator: system fallback (...)"
 * @param jemallocFile the jemalloc.dll it loaded, from "jemalloc 5.3.0-... loaded from C:\...\jemalloc.dll"
 */
public record RuntimeLog(Optional<String> version, Optional<String> allocator, Optional<String> jemallocFile) {

	public static final RuntimeLog NONE = new RuntimeLog(Optional.empty(), Optional.empty(), Optional.empty());

	private static final String PREFIX = "MemoryPoolNVSE: ";
	private static final String QUERY = PREFIX + "Plugin Query called (MemoryPoolNVSE ";
	private static final String ALLOCATOR = PREFIX + "Allocator: ";
	private static final String JEMALLOC = PREFIX + "jemalloc ";
	private static final String LOADED_FROM = " loaded from ";
	private static final int TAIL_BYTES = 1024 * 1024;

	/** Of the logs that exist, the one written last. */
	public static Optional<Path> newest(List<Path> logs) {
		return logs.stream().filter(Files::isRegularFile).max(java.util.Comparator.comparing(RuntimeLog::modified));
	}

	private static java.nio.file.attribute.FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return java.nio.file.attribute.FileTime.fromMillis(0);
		}
	}

	/** The log's last run; {@link #NONE} when there is no log or it cannot be read. */
	public static RuntimeLog read(Path log) {
		if (!Files.isRegularFile(log)) {
			return NONE;
		}
		String text;
		try (SeekableByteChannel channel = Files.newByteChannel(log)) {
			long size = channel.size();
			int length = (int) Math.min(size, TAIL_BYTES);
			ByteBuffer tail = ByteBuffer.allocate(length);
			channel.position(size - length);
			while (tail.hasRemaining() && channel.read(tail) >= 0) {
				// Read the whole tail.
			}
			text = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return NONE;
		}
		Optional<String> version = after(text, QUERY).map(v -> v.indexOf(',') < 0 ? v : v.substring(0, v.indexOf(',')));
		Optional<String> jemallocFile = Optional.empty();
		int at = text.lastIndexOf(JEMALLOC);
		if (at >= 0) {
			String line = lineFrom(text, at + JEMALLOC.length());
			int from = line.indexOf(LOADED_FROM);
			if (from >= 0) {
				jemallocFile = Optional.of(line.substring(from + LOADED_FROM.length()).strip()).filter(f -> !f.isEmpty());
			}
		}
		return new RuntimeLog(version.map(TerminalText::escape), after(text, ALLOCATOR).map(TerminalText::escape),
				jemallocFile.map(TerminalText::escape));
	}

	/** The rest of the line after the last {@code marker}, stripped; empty when absent or blank. */
	private static Optional<String> after(String text, String marker) {
		int at = text.lastIndexOf(marker);
		return at < 0 ? Optional.empty()
				: Optional.of(lineFrom(text, at + marker.length()).strip()).filter(v -> !v.isEmpty());
	}

	private static String lineFrom(String text, int start) {
		int end = text.indexOf('\n', start);
		return text.substring(start, end < 0 ? text.length() : end);
	}
}
