// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MemoryPoolNVSE.log in a game folder, as the plugin writes it: CRLF lines
 * "[YYYY-MM-DD HH:MM:SS] MemoryPoolNVSE: text", the allocator choice being one line "Allocator: status".
 */
record PluginLog(Path file) {

	static final String FILE_NAME = "MemoryPoolNVSE.log";
	private static final Pattern LINE = Pattern
			.compile("\\[(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})\\] MemoryPoolNVSE: (.+)");
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
	private static final String ALLOCATOR = "Allocator: ";
	private static final String JEMALLOC_OPTIONS = "jemalloc options: ";

	static PluginLog in(Path gameFolder) {
		return new PluginLog(gameFolder.resolve(FILE_NAME));
	}

	/** Paths in the log are UTF-8. */
	String text() throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/** The lines without their CRLF (a last line without one included). */
	List<String> lines() throws IOException {
		List<String> lines = new ArrayList<>(Arrays.asList(text().split("\r\n", -1)));
		if (lines.getLast().isEmpty()) {
			lines.removeLast();
		}
		return lines;
	}

	/** Lines not of the form "[YYYY-MM-DD HH:MM:SS] MemoryPoolNVSE: text" with a real date and time. */
	List<String> malformedLines() throws IOException {
		return lines().stream().filter(line -> !wellFormed(line)).toList();
	}

	private static boolean wellFormed(String line) {
		Matcher matcher = LINE.matcher(line);
		if (!matcher.matches()) {
			return false;
		}
		try {
			LocalDateTime.parse(matcher.group(1), TIMESTAMP);
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}

	/** The status of every "Allocator: status" line. */
	List<String> allocatorStatuses() throws IOException {
		return lines().stream().map(LINE::matcher).filter(Matcher::matches).map(m -> m.group(2))
				.filter(text -> text.startsWith(ALLOCATOR)).map(text -> text.substring(ALLOCATOR.length())).toList();
	}

	/** The options of every "jemalloc options: name:value,..." line, each line's as one list of "name:value". */
	List<List<String>> jemallocOptions() throws IOException {
		return lines().stream().map(LINE::matcher).filter(Matcher::matches).map(m -> m.group(2))
				.filter(text -> text.startsWith(JEMALLOC_OPTIONS))
				.map(text -> List.of(text.substring(JEMALLOC_OPTIONS.length()).split(","))).toList();
	}

	/** For failure messages: the content, or what is there instead. */
	String describe() {
		try {
			if (Files.isDirectory(file)) {
				return "(a folder)\n";
			}
			return Files.exists(file) ? text().replace("\r\n", "\n") : "(no log)\n";
		} catch (IOException e) {
			return "(unreadable: " + e + ")\n";
		}
	}
}
