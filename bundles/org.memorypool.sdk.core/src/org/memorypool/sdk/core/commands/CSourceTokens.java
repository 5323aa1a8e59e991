package org.memorypool.sdk.core.commands;

/**
 * The tokens of a C or C++ source that matter for finding command registrations, one at a time: identifiers, numbers
 * and single punctuation characters, with their lines. Comments, string and character literals (raw strings too) and
 * preprocessor lines are skipped; a {@code #define NAME number} line is reported through {@link #definedName} and
 * {@link #definedValue}. One pass, no backtracking: the cost is linear in the text.
 */
final class CSourceTokens {

	enum Kind {
		IDENTIFIER, NUMBER, PUNCTUATION, DEFINE, END
	}

	/** Longer identifiers are cut: no command or constant name comes near it. */
	private static final int MAX_TOKEN = 256;

	private final String text;
	private int at;
	private int line = 1;
	private boolean lineStart = true;

	private Kind kind;
	private String token;
	private int tokenLine;
	private String definedName;
	private String definedValue;

	CSourceTokens(String text) {
		this.text = text;
	}

	Kind kind() {
		return kind;
	}

	/** The identifier, number or punctuation character. */
	String token() {
		return token;
	}

	int line() {
		return tokenLine;
	}

	String definedName() {
		return definedName;
	}

	String definedValue() {
		return definedValue;
	}

	/** Moves to the next token; {@link Kind#END} at the end of the text. */
	Kind next() {
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c == '\n') {
				line++;
				at++;
				lineStart = true;
			} else if (Character.isWhitespace(c)) {
				at++;
			} else if (c == '#' && lineStart) {
				if (directive()) {
					return kind;
				}
			} else if (c == '/' && at + 1 < text.length() && text.charAt(at + 1) == '/') {
				skipLineComment();
			} else if (c == '/' && at + 1 < text.length() && text.charAt(at + 1) == '*') {
				skipBlockComment();
			} else if (c == 'R' && at + 1 < text.length() && text.charAt(at + 1) == '"') {
				skipRawString();
			} else if (c == '"' || c == '\'') {
				skipQuoted(c);
			} else if (Character.isJavaIdentifierStart(c) && c != '$') {
				lineStart = false;
				return word(Kind.IDENTIFIER);
			} else if (Character.isDigit(c)) {
				lineStart = false;
				return word(Kind.NUMBER);
			} else {
				lineStart = false;
				tokenLine = line;
				token = String.valueOf(c);
				at++;
				return kind = Kind.PUNCTUATION;
			}
		}
		return kind = Kind.END;
	}

	private Kind word(Kind wordKind) {
		tokenLine = line;
		int start = at;
		while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
			at++;
		}
		token = text.substring(start, Math.min(at, start + MAX_TOKEN));
		return kind = wordKind;
	}

	/** Skips a preprocessor line with its continuations; true when it was {@code #define NAME number}. */
	private boolean directive() {
		int start = at;
		int directiveLine = line;
		while (at < text.length() && text.charAt(at) != '\n') {
			if (text.charAt(at) == '\\' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
				line++;
				at++;
			} else if (text.charAt(at) == '/' && at + 1 < text.length() && text.charAt(at + 1) == '*') {
				skipBlockComment();
				continue;
			}
			at++;
		}
		String[] words = text.substring(start + 1, Math.min(at, start + 1 + 4 * MAX_TOKEN)).replaceAll("//.*", "")
				.strip().split("\\s+");
		if (words.length == 3 && words[0].equals("define") && words[2].matches("[0-9][0-9A-Fa-fxXuUlL]*")) {
			definedName = words[1];
			definedValue = words[2];
			tokenLine = directiveLine;
			kind = Kind.DEFINE;
			return true;
		}
		return false;
	}

	private void skipLineComment() {
		while (at < text.length() && text.charAt(at) != '\n') {
			at++;
		}
	}

	private void skipBlockComment() {
		int end = text.indexOf("*/", at + 2);
		int stop = end < 0 ? text.length() : end + 2;
		for (int i = at; i < stop; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		at = stop;
	}

	private void skipQuoted(char quote) {
		lineStart = false;
		at++;
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c == '\\') {
				at += 2;
			} else if (c == quote) {
				at++;
				return;
			} else if (c == '\n') {
				return; // an unterminated literal ends with its line, as the compiler reports it
			} else {
				at++;
			}
		}
	}

	/** {@code R"delim( ... )delim"}; the delimiter is at most 16 characters, as C++ says. */
	private void skipRawString() {
		lineStart = false;
		int open = text.indexOf('(', at + 2);
		if (open < 0 || open - (at + 2) > 16) {
			at++; // not a raw string: the identifier R
			return;
		}
		String close = ")" + text.substring(at + 2, open) + "\"";
		int end = text.indexOf(close, open);
		int stop = end < 0 ? text.length() : end + close.length();
		for (int i = at; i < stop; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		at = stop;
	}
}
