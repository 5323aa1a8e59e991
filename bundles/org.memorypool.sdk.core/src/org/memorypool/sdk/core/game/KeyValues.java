// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of Valve's KeyValues text, the format of Steam's {@code .vdf} and {@code .acf} files: a key with a
 * string value, or with a block of entries in braces. Keys are matched ignoring case, as Steam does.
 *
 * @param value the string, or empty for a block
 * @param children the block's entries, or empty for a string
 */
record KeyValues(String key, Optional<String> value, List<KeyValues> children) {

	/** Steam's files nest a few levels; the limit is the reader's own, so no file can exhaust the stack. */
	static final int MAX_DEPTH = 64;

	KeyValues {
		children = List.copyOf(children);
	}

	Optional<KeyValues> child(String name) {
		return children.stream().filter(c -> c.key.equalsIgnoreCase(name)).findFirst();
	}

	Optional<String> string(String name) {
		return child(name).flatMap(KeyValues::value);
	}

	/**
	 * The top-level entries of {@code text}. Quoted strings take the escapes {@code \\ \" \n \t}; unquoted words,
	 * {@code //} comments and platform conditions such as {@code [$WIN32]} are understood too.
	 *
	 * @throws IOException when the text is not KeyValues, naming the line
	 */
	static List<KeyValues> parse(String text) throws IOException {
		Tokens tokens = new Tokens(text);
		List<KeyValues> entries = entries(tokens, 0);
		if (tokens.peek() != null) {
			throw tokens.error("'}' without a matching '{'");
		}
		return entries;
	}

	private static List<KeyValues> entries(Tokens tokens, int depth) throws IOException {
		if (depth > MAX_DEPTH) {
			throw tokens.error("blocks nest deeper than " + MAX_DEPTH + " levels, which no file of Steam's does");
		}
		List<KeyValues> entries = new ArrayList<>();
		for (Token key = tokens.peek(); key != null && !key.isBrace('}'); key = tokens.peek()) {
			tokens.next();
			if (key.isBrace('{')) {
				throw tokens.error("'{' where a key belongs");
			}
			Token value = tokens.next();
			if (value == null) {
				throw tokens.error("the key \"" + key.text + "\" has no value");
			}
			if (value.isBrace('{')) {
				List<KeyValues> children = entries(tokens, depth + 1);
				Token close = tokens.next();
				if (close == null) {
					throw tokens.error("the block \"" + key.text + "\" is not closed with '}'");
				}
				entries.add(new KeyValues(key.text, Optional.empty(), children));
			} else if (value.isBrace('}')) {
				throw tokens.error("the key \"" + key.text + "\" has no value");
			} else {
				entries.add(new KeyValues(key.text, Optional.of(value.text), List.of()));
			}
		}
		return entries;
	}

	/** A string, or a brace when {@code brace} is set. */
	private record Token(String text, boolean brace) {

		boolean isBrace(char c) {
			return brace && text.charAt(0) == c;
		}
	}

	private static final class Tokens {

		private final String text;
		private int at;
		private int line = 1;
		private Token peeked;

		Tokens(String text) {
			this.text = text;
		}

		IOException error(String problem) {
			return new IOException("line " + line + ": " + problem);
		}

		Token peek() throws IOException {
			if (peeked == null) {
				peeked = read();
			}
			return peeked;
		}

		Token next() throws IOException {
			Token token = peek();
			peeked = null;
			return token;
		}

		private Token read() throws IOException {
			while (true) {
				skipBlanksAndComments();
				if (at == text.length()) {
					return null;
				}
				char c = text.charAt(at);
				if (c == '{' || c == '}') {
					at++;
					return new Token(String.valueOf(c), true);
				}
				if (c == '[') {
					// A platform condition, e.g. [$WIN32]: every platform's value counts.
					int end = text.indexOf(']', at);
					at = end < 0 ? text.length() : end + 1;
					continue;
				}
				return c == '"' ? quoted() : word();
			}
		}

		private void skipBlanksAndComments() {
			while (at < text.length()) {
				char c = text.charAt(at);
				if (c == '\n') {
					line++;
					at++;
				} else if (Character.isWhitespace(c)) {
					at++;
				} else if (text.startsWith("//", at)) {
					while (at < text.length() && text.charAt(at) != '\n') {
						at++;
					}
				} else {
					return;
				}
			}
		}

		private Token quoted() throws IOException {
			int startLine = line;
			StringBuilder s = new StringBuilder();
			for (at++; at < text.length(); at++) {
				char c = text.charAt(at);
				if (c == '"') {
					at++;
					return new Token(s.toString(), false);
				}
				if (c == '\\' && at + 1 < text.length()) {
					char escaped = text.charAt(++at);
					s.append(switch (escaped) {
					case 'n' -> '\n';
					case 't' -> '\t';
					default -> escaped;
					});
				} else {
					if (c == '\n') {
						line++;
					}
					s.append(c);
				}
			}
			line = startLine;
			throw error("a string is not closed with '\"'");
		}

		private Token word() {
			int start = at;
			while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && "{}\"".indexOf(text.charAt(at)) < 0) {
				at++;
			}
			return new Token(text.substring(start, at), false);
		}
	}
}
