// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into arguments as {@code /bin/sh} does for the commands CDT's makefiles run: blanks
 * separate words, single and double quotes group and are removed, a backslash escapes the next character. No
 * expansion happens ({@code $}, globs and backticks stay as written): CDT's generated commands do not rely on
 * them.
 */
final class ShellWords {

	private ShellWords() {
	}

	static List<String> split(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		char quote = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quote == '\'') {
				if (c == '\'') {
					quote = 0;
				} else {
					word.append(c);
				}
			} else if (quote == '"') {
				if (c == '"') {
					quote = 0;
				} else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
					word.append(line.charAt(++i));
				} else {
					word.append(c);
				}
			} else if (c == ' ' || c == '\t' || c == '\n') {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			} else {
				inWord = true;
				if (c == '\'' || c == '"') {
					quote = c;
				} else if (c == '\\' && i + 1 < line.length()) {
					word.append(line.charAt(++i));
				} else {
					word.append(c);
				}
			}
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}
}
