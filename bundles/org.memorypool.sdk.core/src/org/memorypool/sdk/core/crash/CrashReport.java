// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.memorypool.sdk.core.TerminalText;

/**
 * A symbolized crash log as lines, the same in {@code ./sdk symbolize} and the IDE's console:
 *
 * <pre>
 * Debug information: Release/GenCrash.dll (configuration Release)
 * line 4: GenCrash.dll+0x1537, where it crashed
 *     CrashWhenUnlucky(float) at src/Crash.cpp:9
 * line 5: GenCrash.dll+0x22F0
 *     Cmd_GenCrashAddNumbers_Execute(...) at src/Commands.cpp:44
 * </pre>
 *
 * Source files inside the project are given relative to it.
 */
public final class CrashReport {

	/**
	 * A source line of the report, as {@link #sourceOf} reads it back; anchored at the line's end, so that a function
	 * whose name holds " at " does not confuse it.
	 */
	private static final Pattern SOURCE = Pattern.compile(" at ([^\\r\\n]+):(\\d{1,9})$");

	/** A file and line a report names. */
	public record SourceLine(String file, int line) {
	}

	private CrashReport() {
	}

	/** @return the report's lines; {@link #foundAny} tells whether any names a source line */
	public static List<String> lines(ProjectSymbols.Outcome outcome, Path projectDir) {
		List<String> lines = new ArrayList<>();
		String dll = outcome.image().dll().getFileName().toString();
		lines.add("Debug information: " + TerminalText.escape(projectDir.relativize(outcome.image().dll()).toString())
				+ " (configuration " + TerminalText.escape(outcome.configuration()) + ")");
		outcome.result().warnings().forEach(w -> lines.add("warning: " + TerminalText.escape(w)));
		if (outcome.result().addresses().isEmpty()) {
			lines.add("The log gives no address in " + TerminalText.escape(dll) + "'s code: the crash is not in this"
					+ " plugin's code, or the log is of another build of it");
		}
		for (SymbolizedAddress address : outcome.result().addresses()) {
			lines.add(String.format(Locale.ROOT, "line %d: %s+0x%X%s", address.line(), TerminalText.escape(dll),
					address.rva(), address.faulting() ? ", where it crashed" : ""));
			if (address.locations().isEmpty()) {
				lines.add("    (not in the debug information: was " + TerminalText.escape(dll) + " built without -g?)");
			}
			for (int i = 0; i < address.locations().size(); i++) {
				lines.add("    " + (i == 0 ? "" : "inlined into ") + describe(address.locations().get(i), projectDir));
			}
		}
		return lines;
	}

	/** Whether the outcome names at least one source file and line. */
	public static boolean foundAny(ProjectSymbols.Outcome outcome) {
		return outcome.result().addresses().stream().flatMap(a -> a.locations().stream())
				.anyMatch(l -> l.file().isPresent() && l.line() > 0);
	}

	/** The file and line a report's line names, as written (relative to the project, or absolute); null for none. */
	public static SourceLine sourceOf(String reportLine) {
		Matcher matcher = SOURCE.matcher(reportLine);
		return matcher.find() ? new SourceLine(matcher.group(1), Integer.parseInt(matcher.group(2))) : null;
	}

	/** {@code function at file:line}, the file relative to the project when inside it. */
	static String describe(SourceLocation location, Path projectDir) {
		String function = location.function().orElse("??");
		if (location.file().isEmpty()) {
			return TerminalText.escape(function);
		}
		String file = location.file().get();
		try {
			Path path = Path.of(file).normalize();
			if (path.isAbsolute() && path.startsWith(projectDir)) {
				file = projectDir.relativize(path).toString().replace('\\', '/');
			}
		} catch (InvalidPathException e) {
			// A Windows path read on Linux, say: shown as the compiler wrote it.
		}
		return TerminalText.escape(function) + " at " + TerminalText.escape(file) + (location.line() > 0 ? ":" + location.line() : "");
	}
}
