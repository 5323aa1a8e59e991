// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

/**
 * The tokens of a C or C++ source that matter for finding command registrations, one at a time: identifiers, numbers
 * and single punctuation characters, with their lines. Comments, string and character literals (raw strings too) and
 * preprocessor lines are skipped, and so is code under {@code #if 0}; reported instead: {@code #define NAME number}
 * ({@link Kind#DEFINE}), any other {@code #define} with its text ({@link Kind#MACRO}), an {@code #include} with its
 * text ({@link Kind#INCLUDE}), and {@code #else} or {@code #elif} ({@link Kind#BRANCH}: which branch is built is the
 * preprocessor's to say). One pass,
 * no backtracking: the cost is linear in the text.
 */
final class CSourceTokens {

	enum Kind {
		IDENTIFIER, NUMBER, PUNCTUATION, DEFINE, MACRO, INCLUDE, BRANCH, END
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
		// Visual Studio starts UTF-8 files with a byte order mark: a directive on line 1 still starts its line.
		this.at = text.startsWith("\uFEFF") ? 1 : 0;
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
				if (skippingFalseGroup) {
					skipFalseGroup();
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
				pendingGuard = null;
				tokenLine = line;
				token = String.valueOf(c);
				at++;
				return kind = Kind.PUNCTUATION;
			}
		}
		return kind = Kind.END;
	}

	private Kind word(Kind wordKind) {
		pendingGuard = null;
		tokenLine = line;
		int start = at;
		while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
				|| wordKind == Kind.NUMBER && text.charAt(at) == '\'' && at + 1 < text.length()
						&& Character.isLetterOrDigit(text.charAt(at + 1)))) {
			at++; // a number's digit separators (0x3'000) are part of it
		}
		token = text.substring(start, Math.min(at, start + MAX_TOKEN));
		// A string's encoding prefix (u8, L, u, U, with R for a raw string): the literal follows, not an identifier.
		if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')
				&& STRING_PREFIXES.contains(token)) {
			if (token.endsWith("R") && text.charAt(at) == '"') {
				at--;
				skipRawString();
			} else {
				skipQuoted(text.charAt(at));
			}
			return next();
		}
		return kind = wordKind;
	}

	private static final java.util.Set<String> STRING_PREFIXES = java.util.Set.of("u8", "L", "u", "U", "u8R", "LR", "uR",
			"UR");

	/** The name an {@code #ifndef} just tested: the next directive defining it makes the group an include guard. */
	private String pendingGuard;
	/** Set by {@code #if 0}: the lines up to its {@code #else} or {@code #endif} are not compiled. */
	private boolean skippingFalseGroup;
	/** The open {@code #if} groups, innermost first: true for one the scanner did not evaluate. */
	private final java.util.ArrayDeque<Boolean> groups = new java.util.ArrayDeque<>();
	private int unevaluated;

	/** Whether the last token is under an {@code #if}, {@code #ifdef} or {@code #ifndef} the scanner did not evaluate. */
	boolean conditional() {
		return unevaluated > 0;
	}

	private void openGroup(boolean evaluated) {
		groups.push(evaluated);
		unevaluated += evaluated ? 0 : 1;
	}

	/**
	 * Skips the lines of an {@code #if 0} group up to its own {@code #else} (then goes on with the else branch), or
	 * {@code #endif}; nested groups inside count. An {@code #elif} ends it as a branch the scanner cannot evaluate.
	 */
	private void skipFalseGroup() {
		skippingFalseGroup = false;
		int nesting = 0;
		boolean inComment = false;
		while (at < text.length()) {
			int lineEnd = text.indexOf('\n', at);
			int end = lineEnd < 0 ? text.length() : lineEnd;
			String whole = text.substring(at, end);
			String content = whole.substring(0, Math.min(whole.length(), 64)).strip();
			// A block comment in the skipped lines hides its directives from the preprocessor too.
			boolean startsInComment = inComment;
			int open = whole.lastIndexOf("/*");
			int close = whole.lastIndexOf("*/");
			inComment = open >= 0 && open > close ? true : close >= 0 ? false : inComment;
			if (!startsInComment && content.startsWith("#")) {
				String keyword = content.substring(1).strip();
				if (keyword.startsWith("if")) {
					nesting++;
				} else if (keyword.startsWith("endif") && nesting-- == 0) {
					advanceTo(end);
					return;
				} else if (nesting == 0 && (keyword.startsWith("else") || keyword.startsWith("elif"))) {
					// The #else of an #if 0 is compiled; an #elif's condition the scanner does not evaluate.
					openGroup(keyword.startsWith("else"));
					advanceTo(end);
					return;
				}
			}
			advanceTo(end);
		}
	}

	private void advanceTo(int end) {
		line += end < text.length() ? 1 : 0;
		at = Math.min(text.length(), end + 1);
		lineStart = true;
	}

	/**
	 * Skips a preprocessor line with its continuations; true when it is reported: {@code #define NAME number}, a
	 * registration macro, an include, or a branch.
	 */
	private boolean directive() {
		int directiveLine = line;
		StringBuilder content = new StringBuilder();
		at++;
		while (at < text.length() && text.charAt(at) != '\n' && content.length() < 4 * MAX_TOKEN) {
			char c = text.charAt(at);
			int continued = continuation(at);
			if (continued >= 0) {
				line++;
				at = continued + 1;
				content.append(' ');
			} else if (c == '/' && at + 1 < text.length() && text.charAt(at + 1) == '*') {
				skipBlockComment();
				content.append(' ');
			} else if (c == '/' && at + 1 < text.length() && text.charAt(at + 1) == '/') {
				skipLineComment();
			} else if (c == '"' || c == '\'') {
				int from = at;
				skipQuoted(c); // a "/*" in a string starts no comment
				content.append(text, from, at);
			} else {
				content.append(c);
				at++;
			}
		}
		// A directive longer than the scanner keeps: the rest of it is skipped all the same.
		while (at < text.length() && text.charAt(at) != '\n') {
			int continued = continuation(at);
			line += continued >= 0 ? 1 : 0;
			at = continued >= 0 ? continued + 1 : at + 1;
		}
		String directive = content.toString().strip();
		String[] words = directive.split("\\s+");
		tokenLine = directiveLine;
		boolean guard = pendingGuard != null && words.length == 2 && words[0].equals("define")
				&& words[1].equals(pendingGuard);
		pendingGuard = null;
		if (guard && !groups.isEmpty() && !groups.peek()) {
			// #ifndef X_H then #define X_H: an include guard, which does not make what it wraps conditional.
			groups.pop();
			unevaluated--;
			openGroup(true);
		}
		String number = words.length == 3 ? words[2].replaceAll("^\\((.*)\\)$", "$1") : "";
		if (words.length == 3 && words[0].equals("define") && number.matches("[0-9][0-9A-Fa-fxXuUlL']*")) {
			definedName = words[1];
			definedValue = number;
			kind = Kind.DEFINE;
			return true;
		}
		if (words.length > 1 && words[0].equals("define")) {
			definedName = words[1].contains("(") ? words[1].substring(0, words[1].indexOf('(')) : words[1];
			definedValue = directive;
			kind = Kind.MACRO;
			return true;
		}
		if (words[0].startsWith("include")) {
			token = "#" + directive;
			kind = Kind.INCLUDE;
			return true;
		}
		if (words[0].equals("if") && words.length == 2 && (words[1].equals("0") || words[1].equals("false"))) {
			skippingFalseGroup = true;
			return false;
		}
		if (words[0].startsWith("if")) {
			openGroup(false);
			pendingGuard = words[0].equals("ifndef") && words.length == 2 ? words[1] : null;
			return false;
		}
		if (words[0].equals("endif")) {
			if (!groups.isEmpty() && !groups.pop()) {
				unevaluated--;
			}
			return false;
		}
		if (words[0].equals("else") || words[0].equals("elif")) {
			kind = Kind.BRANCH;
			token = "#" + words[0];
			return true;
		}
		return false;
	}

	/** To the end of the line; a backslash at its end continues the comment on the next line, as in C. */
	private void skipLineComment() {
		while (at < text.length() && text.charAt(at) != '\n') {
			int continued = continuation(at);
			if (continued >= 0) {
				line++;
				at = continued + 1;
			} else {
				at++;
			}
		}
	}

	/**
	 * Where the line ends when a backslash at {@code i} continues it: the backslash, blanks and an optional carriage
	 * return before the newline (gcc takes blanks after the backslash too, with a warning); -1 when it does not.
	 */
	private int continuation(int i) {
		if (text.charAt(i) != '\\') {
			return -1;
		}
		int j = i + 1;
		while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
			j++;
		}
		return j < text.length() && text.charAt(j) == '\n' ? j : -1;
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
