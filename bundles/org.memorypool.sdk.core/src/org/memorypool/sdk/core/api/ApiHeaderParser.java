// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the API out of MemoryPool.h: every function declaration, and the {@code /** ... *}{@code /} comment
 * right before it (summary, then {@code @param}, {@code @return}, {@code @ownership}, {@code @threadsafety},
 * {@code @since}). Not a C compiler: it understands what C headers of this kind contain (comments, preprocessor
 * lines, {@code extern "C"} blocks, typedefs, decoration macros and calling conventions) and reports anything
 * else it cannot place with a line number.
 */
public final class ApiHeaderParser {

	/** Words that decorate a declaration without being part of its C type. */
	private static final Set<String> DECORATIONS = Set.of("extern", "__cdecl", "__stdcall", "__fastcall", "__thiscall",
			"__vectorcall", "WINAPI", "APIENTRY", "CALLBACK", "__inline", "inline");
	private static final Set<String> TAGS = Set.of("param", "return", "ownership", "threadsafety", "since");
	private static final long MAX_HEADER_SIZE = 8L * 1024 * 1024;
	private static final Pattern DEFINE = Pattern.compile("^#\\s*define\\s+([A-Za-z_]\\w*+)(?!\\()");
	private static final Pattern DECLSPEC = Pattern.compile("__declspec\\s*\\([^)]*\\)|__attribute__\\s*\\(\\([^)]*\\)\\)");
	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
	private static final Pattern WORD = Pattern.compile("[A-Za-z_]\\w*|\\*|&");
	private static final Pattern FUNCTION_POINTER = Pattern.compile("\\(\\s*\\*\\s*([A-Za-z_]\\w*)\\s*\\)");

	private final String source;
	private final String text;
	/** Where each line starts, for {@link #lineOf}; counted at the first need. */
	private int[] lineStarts;
	/** The first doc comment {@link #docBetween} has not passed yet. */
	private int docCursor;
	/** The text with comments and preprocessor lines blanked (newlines kept), so offsets and lines still match. */
	private final char[] code;
	private final List<DocComment> docs = new ArrayList<>();
	private final Set<String> macros = new HashSet<>();

	private record DocComment(int start, int end, int line, String body) {
	}

	private record Statement(int start, int end, String text) {
	}

	private ApiHeaderParser(String source, String text) {
		this.source = source;
		this.text = text;
		this.code = text.toCharArray();
	}

	public static ApiModel parse(Path header) throws IOException, ApiParseException {
		// A header is text of some KB; a larger file is no header, and bytes that are not UTF-8 are replaced. A device
		// or a pipe has no size to check and may never end (/dev/zero, a FIFO): only files are read.
		if (Files.exists(header) && !Files.isRegularFile(header)) {
			throw new IOException(header + " is not a file (a folder, a device or a pipe): give the MemoryPool.h header");
		}
		if (Files.size(header) > MAX_HEADER_SIZE) {
			throw new IOException(header + " is larger than 8 MB: give the MemoryPool.h header");
		}
		return parse(new String(Files.readAllBytes(header), StandardCharsets.UTF_8), header.getFileName().toString());
	}

	/** Parses header text; {@code source} names it in error messages. */
	public static ApiModel parse(String text, String source) throws ApiParseException {
		return new ApiHeaderParser(source, text).model();
	}

	private ApiModel model() throws ApiParseException {
		blankCommentsAndStrings();
		blankPreprocessorLines();
		List<ApiFunction> functions = new ArrayList<>();
		Map<DocComment, Statement> documented = new LinkedHashMap<>();
		int previousEnd = 0;
		for (Statement statement : statements()) {
			DocComment doc = docBetween(previousEnd, statement.start());
			previousEnd = statement.end();
			ApiFunction function = function(statement, doc);
			if (function != null) {
				functions.add(function);
			} else if (doc != null) {
				throw error(doc.line(), "a /** comment must document a function declaration, but what follows it is not one"
						+ " (use /* for other comments)");
			}
			if (doc != null) {
				documented.put(doc, statement);
			}
		}
		for (DocComment doc : docs) {
			if (!documented.containsKey(doc)) {
				throw error(doc.line(), "this /** comment is not followed by a function declaration");
			}
		}
		if (functions.isEmpty()) {
			throw error(0, "declares no functions: is this MemoryPool.h?");
		}
		return new ApiModel(source, functions);
	}

	/** Blanks comments (recording doc comments) and the insides of string and character literals. */
	private void blankCommentsAndStrings() throws ApiParseException {
		int i = 0;
		while (i < code.length) {
			char c = code[i];
			if (c == '/' && next(i) == '*') {
				int end = text.indexOf("*/", i + 2);
				if (end < 0) {
					throw error(lineOf(i), "this comment is never closed with */");
				}
				if (next(i + 1) == '*' && next(i + 2) != '/') {
					docs.add(new DocComment(i, end + 2, lineOf(i), text.substring(i + 3, end)));
				}
				blank(i, end + 2);
				i = end + 2;
			} else if (c == '/' && next(i) == '/') {
				int end = text.indexOf('\n', i);
				end = end < 0 ? code.length : end;
				blank(i, end);
				i = end;
			} else if (c == '"' || c == '\'') {
				int end = i + 1;
				while (end < code.length && code[end] != c && code[end] != '\n') {
					end += code[end] == '\\' ? 2 : 1;
				}
				if (end >= code.length || code[end] != c) {
					throw error(lineOf(i), "this " + (c == '"' ? "string" : "character") + " literal is never closed");
				}
				blank(i + 1, end);
				i = end + 1;
			} else {
				i++;
			}
		}
	}

	/** Blanks preprocessor lines (with their backslash continuations), remembering object-like macro names. */
	private void blankPreprocessorLines() {
		boolean continued = false;
		for (int lineStart = 0; lineStart < code.length;) {
			int newline = text.indexOf('\n', lineStart);
			int end = newline < 0 ? code.length : newline + 1;
			String line = new String(code, lineStart, end - lineStart);
			if (continued || line.stripLeading().startsWith("#")) {
				Matcher m = DEFINE.matcher(line.stripLeading());
				if (!continued && m.find()) {
					macros.add(m.group(1));
				}
				continued = line.stripTrailing().endsWith("\\");
				blank(lineStart, end);
			}
			lineStart = end;
		}
	}

	/**
	 * Splits the code into top-level statements, ending at {@code ;} (or at the {@code }} of a function body).
	 * The braces of {@code extern "C" { ... }} do not nest: their content is top level.
	 */
	private List<Statement> statements() throws ApiParseException {
		List<Statement> statements = new ArrayList<>();
		List<Boolean> braces = new ArrayList<>(); // true for a transparent extern "C" brace
		int depth = 0; // the braces that are not transparent
		int parens = 0;
		int parenOpened = -1;
		int start = -1;
		int bodyOpened = -1; // the '{' that opened the current depth-1 block
		for (int i = 0; i < code.length; i++) {
			char c = code[i];
			if (Character.isWhitespace(c)) {
				continue;
			}
			if (c == '{' && parens == 0 && depth == 0 && start >= 0 && isExternC(start, i)) {
				braces.add(true);
				start = -1;
				continue;
			}
			if (c == '}' && depth == 0 && !braces.isEmpty() && braces.get(braces.size() - 1)) {
				braces.remove(braces.size() - 1);
				if (start >= 0) {
					throw error(lineOf(start), "this declaration is not ended with ';' before the extern \"C\" block closes");
				}
				continue;
			}
			if (start < 0) {
				start = i;
			}
			switch (c) {
			case '(' -> {
				if (parens++ == 0) {
					parenOpened = i;
				}
			}
			case ')' -> {
				if (--parens < 0) {
					throw error(lineOf(i), "')' without a matching '('");
				}
			}
			case '{' -> {
				braces.add(false);
				if (depth++ == 0) {
					bodyOpened = i;
				}
			}
			case '}' -> {
				if (depth == 0) {
					throw error(lineOf(i), "'}' without a matching '{'");
				}
				braces.remove(braces.lastIndexOf(false));
				if (depth-- == 1 && parens == 0 && endsWithParenthesis(start, bodyOpened)) {
					statements.add(new Statement(start, i + 1, new String(code, start, i + 1 - start)));
					start = -1;
				}
			}
			case ';' -> {
				if (depth == 0 && parens == 0) {
					statements.add(new Statement(start, i + 1, new String(code, start, i - start)));
					start = -1;
				}
			}
			default -> {
			}
			}
		}
		if (parens > 0) {
			throw error(lineOf(parenOpened), "this '(' is never closed");
		}
		if (!braces.isEmpty()) {
			throw error(0, "a '{' is never closed");
		}
		if (start >= 0) {
			throw error(lineOf(start), "the last declaration does not end with ';'");
		}
		return statements;
	}

	/** Whether {@code extern "C"} is all there is in [start, brace): looked at only when that is short. */
	private boolean isExternC(int start, int brace) {
		return brace - start <= 64 && new String(code, start, brace - start).strip().matches("extern\\s+\"\\s*\"");
	}

	/** Whether the statement's text before the body's {@code {} ends with {@code )}: a function's body, not data. */
	private boolean endsWithParenthesis(int start, int brace) {
		for (int i = brace - 1; i >= start; i--) {
			if (!Character.isWhitespace(code[i])) {
				return code[i] == ')';
			}
		}
		return false;
	}

	/** The doc comment in [from, to), if any; several there means one of them documents nothing. */
	private DocComment docBetween(int from, int to) throws ApiParseException {
		// Statements come in order, and so do the doc comments: one cursor walks them once (a scan of every doc
		// comment per statement was quadratic). Those inside the previous statement are passed over, as before.
		DocComment found = null;
		while (docCursor < docs.size() && docs.get(docCursor).end() <= to) {
			DocComment doc = docs.get(docCursor++);
			if (doc.start() >= from) {
				if (found != null) {
					throw error(found.line(), "this /** comment is not followed by a function declaration");
				}
				found = doc;
			}
		}
		return found;
	}

	/** The function a statement declares, or null when it declares something else. */
	private ApiFunction function(Statement statement, DocComment doc) throws ApiParseException {
		String declaration = DECLSPEC.matcher(statement.text()).replaceAll(" ").strip();
		if (declaration.endsWith("}") || declaration.startsWith("typedef") || declaration.matches("(?s)(struct|union|enum)\\b.*")) {
			return null; // a function body, a type or a variable of struct type: not an export to list
		}
		int open = declaration.indexOf('(');
		int close = declaration.lastIndexOf(')');
		if (open < 0 || close < open || declaration.substring(0, open).contains("=")) {
			return null;
		}
		List<String> head = words(declaration.substring(0, open));
		if (head.isEmpty() || !IDENTIFIER.matcher(head.get(head.size() - 1)).matches() || head.size() < 2) {
			return null; // e.g. a function pointer variable "void (*fp)(int)"
		}
		String name = head.get(head.size() - 1);
		String returnType = type(head.subList(0, head.size() - 1));
		int line = lineOf(statement.start() + statement.text().indexOf(name));
		if (returnType.isEmpty()) {
			throw error(line, name + " has no return type");
		}
		List<String[]> params = parameters(declaration.substring(open + 1, close), name, line);
		Doc parsed = doc == null ? new Doc("", Map.of(), new LinkedHashMap<>()) : parseDoc(doc, name, params);
		List<ApiParameter> parameters = new ArrayList<>();
		for (String[] p : params) {
			parameters.add(new ApiParameter(p[0], p[1], parsed.params().getOrDefault(p[1], "")));
		}
		return new ApiFunction(name, returnType, parameters, parsed.summary(), parsed.tags().getOrDefault("return", ""),
				parsed.tags().getOrDefault("ownership", ""), parsed.tags().getOrDefault("threadsafety", ""),
				parsed.tags().getOrDefault("since", ""), line);
	}

	/** Words and {@code *}s, without the decorations and the header's own macros. */
	private List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			String word = m.group();
			if (!DECORATIONS.contains(word) && !macros.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/** A C type from its words, spelled the usual way: {@code const char*}, {@code void*}. */
	private static String type(List<String> words) {
		StringBuilder type = new StringBuilder();
		for (String word : words) {
			if (!word.equals("*") && !word.equals("&") && type.length() > 0) {
				type.append(' ');
			}
			type.append(word);
		}
		return type.toString();
	}

	/** {type, name} for each parameter; {@code (void)} and {@code ()} are none. */
	private List<String[]> parameters(String list, String function, int line) throws ApiParseException {
		List<String[]> params = new ArrayList<>();
		if (list.isBlank() || list.strip().equals("void")) {
			return params;
		}
		int depth = 0;
		int from = 0;
		for (int i = 0; i <= list.length(); i++) {
			char c = i < list.length() ? list.charAt(i) : ',';
			if (c == '(' || c == '[') {
				depth++;
			} else if (c == ')' || c == ']') {
				depth--;
			} else if (c == ',' && depth == 0) {
				params.add(parameter(list.substring(from, i), function, params.size() + 1, line));
				from = i + 1;
			}
		}
		return params;
	}

	private String[] parameter(String text, String function, int position, int line) throws ApiParseException {
		String param = text.strip();
		if (param.equals("...")) {
			return new String[] { "...", "" };
		}
		Matcher pointer = FUNCTION_POINTER.matcher(param);
		if (pointer.find()) { // a function pointer: keep its whole spelling as the type
			return new String[] { param.replace(pointer.group(1), "").replaceAll("\\s+", " "), pointer.group(1) };
		}
		List<String> words = words(param.replaceAll("\\[[^]]*]", ""));
		if (words.isEmpty()) {
			throw error(line, "parameter " + position + " of " + function + " is empty");
		}
		String last = words.get(words.size() - 1);
		boolean named = words.size() > 1 && IDENTIFIER.matcher(last).matches();
		String type = type(named ? words.subList(0, words.size() - 1) : words) + (param.contains("[") ? "*" : "");
		return new String[] { type, named ? last : "" };
	}

	private record Doc(String summary, Map<String, String> tags, Map<String, String> params) {
	}

	private Doc parseDoc(DocComment doc, String function, List<String[]> params) throws ApiParseException {
		StringBuilder summary = new StringBuilder();
		Map<String, String> tags = new LinkedHashMap<>();
		Map<String, String> paramDocs = new LinkedHashMap<>();
		String tag = null;
		String param = null;
		String[] lines = doc.body().split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			line = line.startsWith("*") ? line.substring(1).strip() : line;
			if (line.isEmpty()) {
				continue;
			}
			int lineNumber = doc.line() + i;
			if (line.startsWith("@")) {
				String[] parts = line.substring(1).split("\\s+", 2);
				tag = parts[0];
				String value = parts.length > 1 ? parts[1] : "";
				if (!TAGS.contains(tag)) {
					throw error(lineNumber, "unknown tag @" + tag + " in the comment of " + function
							+ " (known: @param, @return, @ownership, @threadsafety, @since)");
				}
				if (tag.equals("param")) {
					String[] nameAndText = value.split("\\s+", 2);
					param = nameAndText[0];
					String name = param;
					if (params.stream().noneMatch(p -> p[1].equals(name))) {
						throw error(lineNumber, "@param " + param + " names no parameter of " + function);
					}
					paramDocs.put(param, nameAndText.length > 1 ? nameAndText[1] : "");
				} else {
					tags.put(tag, value);
				}
			} else if (tag == null) {
				summary.append(summary.length() > 0 ? " " : "").append(line);
			} else if (tag.equals("param")) {
				paramDocs.merge(param, line, (a, b) -> a + " " + b);
			} else {
				tags.merge(tag, line, (a, b) -> a.isEmpty() ? b : a + " " + b);
			}
		}
		return new Doc(summary.toString(), tags, paramDocs);
	}

	private char next(int i) {
		return i + 1 < code.length ? code[i + 1] : '\0';
	}

	private void blank(int from, int to) {
		for (int i = from; i < to; i++) {
			if (code[i] != '\n') {
				code[i] = ' ';
			}
		}
	}

	/** The 1-based line of an offset: a binary search in the line starts, counted once (a rescan per call was quadratic). */
	private int lineOf(int offset) {
		if (lineStarts == null) {
			int count = 1;
			for (int i = 0; i < text.length(); i++) {
				count += text.charAt(i) == '\n' ? 1 : 0;
			}
			lineStarts = new int[count];
			for (int i = 0, line = 1; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					lineStarts[line++] = i + 1;
				}
			}
		}
		int found = java.util.Arrays.binarySearch(lineStarts, offset);
		return found >= 0 ? found + 1 : -found - 1;
	}

	private ApiParseException error(int line, String problem) {
		return new ApiParseException(source, line, problem);
	}
}
