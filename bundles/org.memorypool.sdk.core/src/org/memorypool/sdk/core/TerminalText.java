// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core;

/**
 * Text read from files the SDK does not control (names in a DLL, in a project) made safe for a terminal or a widget:
 * control characters would move the cursor, clear the screen or forge lines.
 */
public final class TerminalText {

	private TerminalText() {
	}

	/**
	 * {@code text} with each C0 or C1 control character and DEL written as {@code \xNN}, and each Unicode direction
	 * control (which makes {@code gnp.exe} look like {@code exe.png}) as a backslash, u and four hex digits; printable
	 * text unchanged.
	 */
	public static String escape(String text) {
		return escape(text, false);
	}

	/**
	 * A line a tool printed, as {@link #escape(String)} but keeping tabs, which compilers use for alignment and which
	 * move nothing but the cursor along the line.
	 */
	public static String escapeLine(String line) {
		return escape(line, true);
	}

	/** The most of one line a console shows; a tool's line or a command line can be megabytes. */
	public static final int MAX_CONSOLE_LINE = 16 * 1024;

	/**
	 * A line for a console: as {@link #escapeLine(String)}, and cut after {@link #MAX_CONSOLE_LINE} characters with
	 * the number left out, so that a line of megabytes (a command made of huge build variables) stays readable.
	 */
	public static String consoleLine(String line) {
		String shown = line.length() > MAX_CONSOLE_LINE ? line.substring(0, MAX_CONSOLE_LINE) : line;
		String escaped = escapeLine(shown);
		return shown == line ? escaped
				: escaped + " ... (" + (line.length() - MAX_CONSOLE_LINE) + " more characters not shown)";
	}

	private static String escape(String text, boolean keepTabs) {
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = (c < 0x20 && !(keepTabs && c == '\t')) || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
			if (control && escaped == null) {
				escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
			}
			if (escaped != null) {
				if (control) {
					escaped.append(c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
				} else {
					escaped.append(c);
				}
			}
		}
		return escaped == null ? text : escaped.toString();
	}

	/** The characters that change the direction text is shown in: embeddings, overrides, isolates and marks. */
	private static boolean isBidiControl(char c) {
		return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
	}
}
