// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.memorypool.sdk.core.logs.LogText;

/**
 * Reads the crash logs players post for the addresses in given modules, whatever wrote them. The formats learnt from
 * public logs:
 * <ul>
 * <li>the NVSE crash logger plugins' {@code CrashLogger.log}: a call trace of rows {@code 0x0019ED14 | jip_nvse
 * (0x1000A2AD) | Function | Source} (5.x) or {@code 0x00ED2C9E ==> FalloutNV (0x67F5F364) : ...} (4.x, whose two
 * numbers changed places between versions), and "Module bases" rows {@code 0x18E40000 - 0x18EC0000 ==> jip_nvse, ...
 * path} or {@code 0x6D5A0000 - 0x6D734000 | 1.58 MiB | name | version | path};</li>
 * <li>Wine's backtrace: {@code =>0 0x6b5c1537 in genplain (+0x1537) (0x0031fb48)}, or with symbols {@code 0x6b5c1537
 * CrashNow+0x17() [file:line] in genplain (0x...)}, its "Unhandled exception ... (0x6b5c1537)" line and its module
 * list {@code PE 6b5c0000-6b5e7000 Dwarf genplain};</li>
 * <li>New Vegas Anti Crash's {@code nvac.log}: {@code 29153223 h 0AFA2CBA 8B42043B nvse_1_4.dll (10052CBA)};</li>
 * <li>Windows' own reports, which players post when no crash logger ran: Event Viewer's "Application Error"
 * ({@code Faulting module name: GenCrash.dll, ...} then {@code Fault offset: 0x00001537}), the Reliability Monitor's
 * problem signature ({@code Fault Module Name} then {@code Exception Offset}) and a {@code Report.wer}
 * ({@code Sig[3].Name=Fault Module Name}, {@code Sig[3].Value=GenCrash.dll}, and so on for the offset);</li>
 * <li>and the common {@code Module.dll+0x1234}, which is where it crashed when the line says exception, fault or
 * crash.</li>
 * </ul>
 * So it does not parse formats but lines: a line naming a module (as a word, with or without {@code .dll}, also at
 * the end of a path) gives every number on it, as an offset when {@code +} follows the name, else as an address;
 * a line that also starts with an address range gives where the module was loaded. Which numbers are code of the
 * module is decided against its image, by {@link Symbolizer}. Cost: linear in the log, which is read up to
 * {@link #MAX_BYTES}.
 */
public final class CrashLogScanner {

	/** The most of a log that is read: crash logs are tens of kilobytes; a game's whole log a few megabytes. */
	public static final int MAX_BYTES = 16 * 1024 * 1024;
	/** The most numbers kept: a stack dump of a few thousand rows stays under it. */
	public static final int MAX_ADDRESSES = 20_000;
	/**
	 * The most of one line looked at: call-trace rows are under 300 characters, but a report pasted into one line (a
	 * forum post, Event Viewer's text) runs to a few thousand.
	 */
	static final int MAX_LINE = 65_536;

	private CrashLogScanner() {
	}

	/**
	 * Reads {@code file} (UTF-8, else Windows' ANSI code page 1252) up to {@link #MAX_BYTES}.
	 *
	 * @param modules the modules of interest by name, without {@code .dll}, e.g. the project's artifact name
	 * @throws IOException when the file cannot be read
	 */
	public static CrashLog read(Path file, Collection<String> modules) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw Files.isDirectory(file) ? new IOException(file + " is a folder, not a crash log")
					: Files.exists(file) ? new IOException(file + " is not a regular file (a device or a pipe)")
							: new java.nio.file.NoSuchFileException(file.toString());
		}
		byte[] bytes;
		boolean cut;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(MAX_BYTES);
			cut = in.read() >= 0;
		}
		CrashLog log = scan(LogText.decode(bytes), modules);
		return cut ? new CrashLog(log.modules(), log.addresses(), true) : log;
	}

	/**
	 * Scans a log's text.
	 *
	 * @param modules the modules of interest by name, without {@code .dll}; names are compared ignoring case, as
	 *                Windows compares module names
	 */
	public static CrashLog scan(String text, Collection<String> modules) {
		List<String> names = modules.stream().filter(m -> !m.isBlank()).toList();
		List<LoadedModule> loaded = new ArrayList<>();
		List<CrashAddress> addresses = new ArrayList<>();
		boolean truncated = false;
		boolean awaitingTopFrame = false;
		// Windows' reports name the faulting module on one line and give the offset on a later one.
		String faultModule = null;
		Field awaited = Field.NONE;
		int lineNumber = 0;
		int start = 0;
		while (start < text.length() && !truncated) {
			// Lines end with LF, CRLF, or CR alone (old Mac editors, some pastes).
			int end = start;
			while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
				end++;
			}
			String line = text.substring(start, Math.min(end, start + MAX_LINE));
			start = end + (end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
			lineNumber++;
			String lower = line.toLowerCase(Locale.ROOT);
			String trimmed = lower.strip();
			if (trimmed.startsWith("calltrace") || trimmed.startsWith("call trace") || trimmed.startsWith("backtrace")
					|| trimmed.startsWith("stack trace")) {
				awaitingTopFrame = true;
				continue;
			}
			Field field = awaited;
			awaited = Field.NONE;
			if (trimmed.endsWith(".name=fault module name")) {
				awaited = Field.MODULE;
				continue;
			}
			if (trimmed.endsWith(".name=exception offset")) {
				awaited = Field.OFFSET;
				continue;
			}
			if (field == Field.MODULE || trimmed.startsWith("faulting module name") || trimmed.startsWith("fault module name")) {
				// Its other numbers are a version and a time stamp.
				Mention faulting = firstMention(lower, names);
				faultModule = faulting == null ? null : faulting.module;
				continue;
			}
			List<Number> numbers = numbers(lower);
			if (faultModule != null && (field == Field.OFFSET || trimmed.startsWith("fault offset")
					|| trimmed.startsWith("exception offset"))) {
				if (!numbers.isEmpty()) {
					truncated |= !add(addresses, new CrashAddress(faultModule, numbers.get(0).value, true, true, lineNumber));
				}
				faultModule = null;
				continue;
			}
			boolean topFrame = false;
			if (awaitingTopFrame && numbers.stream().anyMatch(Number::prefixed)) {
				topFrame = true;
				awaitingTopFrame = false;
			}
			Mention mention = firstMention(lower, names);
			if (mention == null) {
				if (lower.contains("unhandled exception")) {
					for (Number number : numbers) {
						if (number.prefixed) {
							truncated |= !add(addresses, new CrashAddress("", number.value, false, true, lineNumber));
						}
					}
				}
				continue;
			}
			Range range = range(lower, numbers);
			if (range != null && range.end > mention.start) {
				range = null;
			}
			if (range != null) {
				if (range.last > range.first) {
					loaded.add(new LoadedModule(mention.module, range.first, range.last, lineNumber));
				}
				continue;
			}
			Matcher nvac = NVAC_ROW.matcher(trimmed);
			if (nvac.lookingAt()) {
				// Its address, and the same at the module's preferred base after the name; not its count or the
				// instruction's bytes.
				truncated |= !add(addresses, new CrashAddress(mention.module, Long.parseUnsignedLong(nvac.group(1), 16), false,
						true, lineNumber));
				for (Number number : numbers) {
					if (number.start > mention.end) {
						truncated |= !add(addresses, new CrashAddress(mention.module, number.value, false, true, lineNumber));
						break;
					}
				}
				continue;
			}
			boolean faulting = topFrame || trimmed.startsWith("=>") || FAULT_WORDS.matcher(lower).find();
			// Every "Module+0x..." of the line: the first is where it crashed when the line says so, the rest called.
			Set<Integer> offsetStarts = new HashSet<>();
			for (Mention each : mentions(lower, names)) {
				Number offset = offsetAfter(lower, each.end);
				if (offset != null && offsetStarts.add(offset.start)) {
					truncated |= !add(addresses, new CrashAddress(each.module, offset.value, true,
							faulting && offsetStarts.size() == 1, lineNumber));
				}
			}
			for (Number number : numbers) {
				boolean afterPlus = number.start > 0 && lower.charAt(number.start - 1) == '+';
				if (!offsetStarts.contains(number.start) && !afterPlus
						&& (number.prefixed || number.end - number.start == 8)) {
					truncated |= !add(addresses, new CrashAddress(mention.module, number.value, false, faulting, lineNumber));
				}
			}
		}
		return new CrashLog(loaded, addresses, truncated);
	}

	/** What the next line of a {@code Report.wer} gives: its {@code Sig[n].Value=}. */
	private enum Field {
		NONE, MODULE, OFFSET
	}

	/** New Vegas Anti Crash's row: a count, a letter, the address, the instruction's bytes; each row an exception. */
	private static final Pattern NVAC_ROW = Pattern.compile("\\d+\\s+[a-z]\\s+([0-9a-f]{8})\\s+[0-9a-f]{2,16}\\s");
	/** Words that make a line's address where it crashed rather than a return address. */
	private static final Pattern FAULT_WORDS = Pattern.compile("\\b(exception|fault|faulted|faulting|crash|crashed)\\b");

	private static boolean add(List<CrashAddress> addresses, CrashAddress address) {
		if (addresses.size() >= MAX_ADDRESSES) {
			return false;
		}
		addresses.add(address);
		return true;
	}

	/** A hexadecimal number in a line: with {@code 0x}, or a bare word of 4 to 16 hexadecimal digits. */
	private record Number(long value, int start, int end, boolean prefixed) {
	}

	private record Mention(String module, int start, int end) {
	}

	private record Range(long first, long last, int end) {
	}

	private static List<Number> numbers(String lower) {
		List<Number> numbers = new ArrayList<>();
		int i = 0;
		while (i < lower.length()) {
			char c = lower.charAt(i);
			if (!isWordChar(c) || i > 0 && isWordChar(lower.charAt(i - 1))) {
				i++;
				continue;
			}
			boolean prefixed = c == '0' && i + 1 < lower.length() && lower.charAt(i + 1) == 'x';
			int digits = prefixed ? i + 2 : i;
			int j = digits;
			while (j < lower.length() && Character.digit(lower.charAt(j), 16) >= 0) {
				j++;
			}
			int count = j - digits;
			boolean word = j == lower.length() || !isWordChar(lower.charAt(j));
			if (word && count <= 16 && (prefixed ? count >= 1 : count >= 4)) {
				numbers.add(new Number(Long.parseUnsignedLong(lower, digits, j, 16), i, j, prefixed));
			}
			i = Math.max(j, i + 1);
			while (i < lower.length() && isWordChar(lower.charAt(i))) {
				i++;
			}
		}
		return numbers;
	}

	/** The first mention of a module of interest as a word: {@code name}, {@code name.dll}, also ending a path. */
	private static Mention firstMention(String lower, List<String> names) {
		List<Mention> all = mentions(lower, names);
		return all.isEmpty() ? null : all.get(0);
	}

	/** Every mention of a module of interest as a word, in the order of the line. */
	private static List<Mention> mentions(String lower, List<String> names) {
		List<Mention> found = new ArrayList<>();
		for (String name : names) {
			String wanted = name.toLowerCase(Locale.ROOT);
			for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
				if (at > 0 && isWordChar(lower.charAt(at - 1))) {
					continue;
				}
				int end = at + wanted.length();
				if (lower.startsWith(".dll", end)) {
					end += 4;
				}
				if (end < lower.length() && isWordChar(lower.charAt(end))) {
					continue;
				}
				found.add(new Mention(name, at, end));
			}
		}
		found.sort(Comparator.comparingInt(Mention::start));
		return found;
	}

	/** An address range the line starts with: two numbers with only blanks and one {@code -} between them. */
	private static Range range(String lower, List<Number> numbers) {
		if (numbers.size() < 2) {
			return null;
		}
		Number first = numbers.get(0);
		Number second = numbers.get(1);
		String between = lower.substring(first.end, second.start).strip();
		String before = lower.substring(0, first.start).strip();
		// Wine's module list puts the kind of module before the range: "PE", "ELF", "PE-Wine".
		if (!between.equals("-") || before.length() > 8 || before.chars().anyMatch(Character::isDigit)) {
			return null;
		}
		return new Range(first.value, second.value, second.end);
	}

	/** {@code +0x1537} or {@code +1537} after a mention, past blanks and an opening parenthesis (Wine's "(+0x1537)"). */
	private static Number offsetAfter(String lower, int at) {
		int i = at;
		while (i < lower.length() && i < at + 3 && (lower.charAt(i) == ' ' || lower.charAt(i) == '(')) {
			i++;
		}
		if (i >= lower.length() || lower.charAt(i) != '+') {
			return null;
		}
		int start = i + 1;
		// "GenCrash.dll + 0x1578", as some loggers and people write it.
		while (start < lower.length() && start < i + 3 && lower.charAt(start) == ' ') {
			start++;
		}
		int digits = lower.startsWith("0x", start) ? start + 2 : start;
		int j = digits;
		while (j < lower.length() && Character.digit(lower.charAt(j), 16) >= 0) {
			j++;
		}
		if (j == digits || j - digits > 16 || j < lower.length() && isWordChar(lower.charAt(j))) {
			return null;
		}
		return new Number(Long.parseUnsignedLong(lower, digits, j, 16), start, j, true);
	}

	private static boolean isWordChar(char c) {
		return c < 128 ? Character.isLetterOrDigit(c) || c == '_' : Character.isLetterOrDigit(c);
	}
}
