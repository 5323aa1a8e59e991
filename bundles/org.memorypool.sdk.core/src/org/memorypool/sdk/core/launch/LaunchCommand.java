// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the game is started: a program with its arguments, in a folder, with environment variables set on top of the
 * SDK's own. A user may change it as a command line ({@link #commandLine()}, {@link #parse}).
 *
 * @param arguments   the program, then its arguments; never empty
 * @param directory   the folder it starts in
 * @param environment variables set for it, e.g. {@code WINEPREFIX}
 * @param origin      what the command was made from, for the user, e.g. "Wine, the prefix the game folder is in"
 */
public record LaunchCommand(List<String> arguments, Path directory, Map<String, String> environment, String origin) {

	public LaunchCommand {
		if (arguments.isEmpty()) {
			throw new IllegalArgumentException("a launch command needs a program");
		}
		arguments = List.copyOf(arguments);
		environment = Map.copyOf(environment);
	}

	/**
	 * The command as one line, {@code NAME=value} settings first: words with blanks or quotes in double quotes, as
	 * {@link #parse} reads them back.
	 */
	public String commandLine() {
		List<String> words = new ArrayList<>();
		environment.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(e -> words.add(quote(e.getKey() + "=" + e.getValue())));
		arguments.forEach(a -> words.add(quote(a)));
		return String.join(" ", words);
	}

	/**
	 * A command line as a user writes it: words split at blanks outside double or single quotes, a backslash inside
	 * double quotes keeping the next {@code "} or {@code \}; leading {@code NAME=value} words set variables. Windows'
	 * paths keep their backslashes.
	 *
	 * @throws IllegalArgumentException when it names no program or a quote is not closed, saying so
	 */
	public static LaunchCommand parse(String commandLine, Path directory, String origin) {
		List<String> words = words(commandLine);
		Map<String, String> environment = new java.util.LinkedHashMap<>();
		int first = 0;
		while (first < words.size() && isSetting(words.get(first))) {
			String word = words.get(first++);
			environment.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
		}
		if (first == words.size()) {
			throw new IllegalArgumentException("the command line names no program to start: give the game's loader,"
					+ " e.g. nvse_loader.exe, or wine nvse_loader.exe");
		}
		return new LaunchCommand(words.subList(first, words.size()), directory, environment, origin);
	}

	private static boolean isSetting(String word) {
		int equals = word.indexOf('=');
		return equals > 0 && word.substring(0, equals).chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c))
				&& !Character.isDigit(word.charAt(0));
	}

	private static List<String> words(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		char quote = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quote == '"' && c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
				word.append(line.charAt(++i));
			} else if (quote != 0) {
				if (c == quote) {
					quote = 0;
				} else {
					word.append(c);
				}
			} else if (c == '"' || c == '\'') {
				quote = c;
				inWord = true;
			} else if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			} else {
				word.append(c);
				inWord = true;
			}
		}
		if (quote != 0) {
			throw new IllegalArgumentException("the command line has a " + quote + " that is not closed: close it");
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}

	private static String quote(String word) {
		if (!word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
			return word;
		}
		return "\"" + word.replace("\\\"", "\\\\\"").replace("\"", "\\\"") + "\"";
	}

	@Override
	public String toString() {
		return commandLine() + " (in " + directory + "; " + origin + ")";
	}

	/** The environment as the program gets it: the SDK's own, then these settings. */
	public Map<String, String> environmentFor(Map<String, String> inherited) {
		Map<String, String> all = new java.util.HashMap<>(inherited);
		all.putAll(environment);
		return all;
	}
}
