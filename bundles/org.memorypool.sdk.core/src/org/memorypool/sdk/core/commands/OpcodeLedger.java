// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.memorypool.sdk.core.FileReplacement;

/**
 * A project's record of its script commands' opcodes, {@value #FILE_NAME} in the project folder, kept in version
 * control. Compiled scripts call a command by its opcode, so once released a command must keep it forever: builds
 * compare the sources with this record ({@link LedgerCheck}) and append new commands. A line per fact:
 *
 * <pre>
 * # comments
 * range 0x2000-0x20FF        the plugin's opcode range (assigned by the xNVSE team; 0x2000 is for development)
 * 0x2000 MyPluginGetVersion  a command and its opcode
 * </pre>
 *
 * @param range    the plugin's opcodes; empty when the file names none (then only xNVSE's limits apply)
 * @param commands command name by opcode
 * @param lines    the line of each opcode in the file, for problem markers; empty for a ledger not read from a file
 */
public record OpcodeLedger(Optional<OpcodeRange> range, SortedMap<Integer, String> commands, SortedMap<Integer, Integer> lines) {

	public static final String FILE_NAME = "nvse-opcodes.txt";
	/** Far larger than a ledger of every opcode of a range: 0x6000 lines. */
	static final long MAX_SIZE = 1024 * 1024;

	public OpcodeLedger {
		commands = Collections.unmodifiableSortedMap(new TreeMap<>(commands));
		lines = Collections.unmodifiableSortedMap(new TreeMap<>(lines));
	}

	/** A ledger with a range and no commands yet. */
	public static OpcodeLedger of(OpcodeRange range) {
		return new OpcodeLedger(Optional.of(range), new TreeMap<>(), new TreeMap<>());
	}

	/**
	 * The ledger of {@code projectDir}; empty (no range, no commands) when there is no such file.
	 *
	 * @throws OpcodeLedgerException when the file is not a ledger: a line that is neither a comment, a range nor an
	 *                               opcode and a name, an opcode twice, an opcode outside xNVSE's plugin space, a
	 *                               link, a folder or a file larger than 1 MB
	 */
	public static OpcodeLedger read(Path projectDir) throws OpcodeLedgerException {
		Path file = projectDir.resolve(FILE_NAME);
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return new OpcodeLedger(Optional.empty(), new TreeMap<>(), new TreeMap<>());
		}
		try {
			String what = Files.isSymbolicLink(file) ? "a link" : Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
					? "a folder" : !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? "a pipe or a device"
							: Files.size(file) > MAX_SIZE ? "larger than 1 MB" : null;
			if (what != null) {
				throw new OpcodeLedgerException(file + " is not a ledger (" + what + "): replace it with the file from"
						+ " version control");
			}
			String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
					.toString();
			// Windows' Notepad starts UTF-8 files with a byte order mark.
			return parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
		} catch (java.nio.charset.CharacterCodingException e) {
			throw new OpcodeLedgerException(file + " is not text (not UTF-8): replace it with the file from version"
					+ " control", e);
		} catch (IOException e) {
			throw new OpcodeLedgerException(file + " cannot be read (" + e + "): check its permissions", e);
		}
	}

	static OpcodeLedger parse(Path file, String text) throws OpcodeLedgerException {
		Optional<OpcodeRange> range = Optional.empty();
		SortedMap<Integer, String> commands = new TreeMap<>();
		SortedMap<Integer, Integer> lines = new TreeMap<>();
		int number = 0;
		for (String raw : text.split("\n", -1)) {
			number++;
			int comment = raw.indexOf('#');
			String line = (comment >= 0 ? raw.substring(0, comment) : raw).strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] words = line.split("\\s+");
			int at = number;
			if (words.length == 2 && words[0].equals("range")) {
				String[] ends = words[1].split("-", 2);
				long first = ends.length == 2 ? opcode(ends[0]) : -1;
				long last = ends.length == 2 ? opcode(ends[1]) : -1;
				if (first < 0 || last < first || !OpcodeRange.isPluginBase(first) || last >= OpcodeRange.END
						|| range.isPresent()) {
					throw atLine(file, at, "\"" + abbreviated(line) + "\" is not one range within"
							+ " 0x2000-0x7FFF: write it as range 0x2000-0x20FF");
				}
				range = Optional.of(new OpcodeRange((int) first, (int) last));
			} else if (words.length == 2 && isName(words[1])) {
				long opcode = opcode(words[0]);
				if (opcode < 0 || !OpcodeRange.isPluginBase(opcode)) {
					throw atLine(file, at, "\"" + abbreviated(line) + "\" does not start with an opcode"
							+ " from 0x2000 to 0x7FFF: write each command as 0x2000 CommandName");
				}
				if (commands.putIfAbsent((int) opcode, words[1]) != null) {
					throw atLine(file, at, OpcodeRange.hex(opcode) + " is recorded twice: keep the line"
							+ " of the command released with it");
				}
				lines.put((int) opcode, number);
			} else {
				throw atLine(file, at, "\"" + abbreviated(line) + "\" is neither a comment (#), a range"
						+ " (range 0x2000-0x20FF) nor a command (0x2000 CommandName)");
			}
		}
		if (range.isPresent()) {
			for (Map.Entry<Integer, String> command : commands.entrySet()) {
				if (!range.get().contains(command.getKey())) {
					throw atLine(file, lines.get(command.getKey()), OpcodeRange.hex(command.getKey()) + " " + command.getValue() + " lies outside the ledger's range "
							+ range.get() + ": widen the range, or delete the line if the command was never released");
				}
			}
		}
		return new OpcodeLedger(range, commands, lines);
	}

	/** The ledger with these commands added. */
	public OpcodeLedger with(List<CommandRegistration> added) {
		SortedMap<Integer, String> more = new TreeMap<>(commands);
		added.forEach(r -> more.put(r.opcode(), r.name()));
		return new OpcodeLedger(range, more, new TreeMap<>());
	}

	/** The ledger with another range. */
	public OpcodeLedger withRange(OpcodeRange newRange) {
		return new OpcodeLedger(Optional.of(newRange), commands, lines);
	}

	/** The file's text: a header that says what the file is for, the range, a line per command. */
	public String text(String projectName) {
		List<String> out = new ArrayList<>();
		out.add("# NVSE opcode ledger of " + projectName + ", kept by the MemoryPool SDK: commit it with the sources.");
		out.add("# Compiled scripts call a command by its opcode, so a released command keeps its opcode forever.");
		out.add("# Every build checks the sources' SetOpcodeBase and registrations against this file and appends new");
		out.add("# commands. To drop a command that was never released, delete its line. Set the range the xNVSE team");
		out.add("# assigns you (https://geckwiki.com/index.php?title=NVSE_Opcode_Base); 0x2000 is for development only.");
		range.ifPresent(r -> out.add("range " + r));
		commands.forEach((opcode, name) -> out.add(OpcodeRange.hex(opcode) + " " + name));
		return String.join("\n", out) + "\n";
	}

	/**
	 * Writes the ledger into {@code projectDir}: beside its place first, then renamed over it, so a reader sees the old
	 * or the new file, never half of one; a link there is replaced, not written through.
	 */
	public void write(Path projectDir, String projectName) throws IOException {
		FileReplacement.write(projectDir.resolve(FILE_NAME), text(projectName).getBytes(StandardCharsets.UTF_8), ".next");
	}

	private static OpcodeLedgerException atLine(Path file, int line, String message) {
		return new OpcodeLedgerException(new SourceProblem(file, line, true, message));
	}

	private static long opcode(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("0x") || lower.length() < 3 || lower.length() > 10) {
			return -1;
		}
		try {
			return Long.parseLong(lower.substring(2), 16);
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	/** A C identifier, as the sources' scanner reads them (letters of any script, so a name it reports reads back). */
	private static boolean isName(String word) {
		if (word.isEmpty() || word.length() > 256 || !(Character.isLetter(word.charAt(0)) || word.charAt(0) == '_')) {
			return false;
		}
		return word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
	}

	private static String abbreviated(String line) {
		return org.memorypool.sdk.core.TerminalText.escape(line.length() > 80 ? line.substring(0, 80) + "..." : line);
	}
}
