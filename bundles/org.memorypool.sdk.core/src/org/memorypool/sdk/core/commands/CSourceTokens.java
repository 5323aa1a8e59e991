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
		while (at < text.length()) {
			int lineEnd = text.indexOf('\n', at);
			int end = lineEnd < 0 ? text.length() : lineEnd;
			String content = text.substring(at, Math.min(end, at + 64)).strip();
			if (content.startsWith("#")) {
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
		int start = at;
		int directiveLine = line;
		while (at < text.length() && text.charAt(at) != '\n') {
			if (text.charAt(at) == '\\' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
				line++;
				at++;
			} else if (text.charAt(at) == '\\' && at + 2 < text.length() && text.charAt(at + 1) == '\r'
					&& text.charAt(at + 2) == '\n') {
				line++;
				at += 2;
			} else if (text.charAt(at) == '/' && at + 1 < text.length() && text.charAt(at + 1) == '*') {
				skipBlockComment();
				continue;
			}
			at++;
		}
		String directive = text.substring(start + 1, Math.min(at, start + 1 + 4 * MAX_TOKEN)).replaceAll("//.*", "").strip();
		String[] words = directive.split("\\s+");
		tokenLine = directiveLine;
		if (words.length == 3 && words[0].equals("define") && words[2].matches("[0-9][0-9A-Fa-fxXuUlL]*")) {
			definedName = words[1];
			definedValue = words[2];
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
		while (at < text.length()) {
			if (text.charAt(at) == '\n') {
				if (at > 0 && text.charAt(at - 1) == '\\' || at > 1 && text.charAt(at - 1) == '\r' && text.charAt(at - 2) == '\\') {
					line++;
					at++;
					continue;
				}
				return;
			}
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
