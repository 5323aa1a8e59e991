// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

import java.util.Set;

/**
 * Which function body a token of a C++ source is in, told from the braces alone: a {@code {} right after a parameter
 * list's {@code )} (or {@code const}, {@code noexcept}, {@code override}, {@code final}) outside any function opens a
 * function, named by the identifier before that list. Enough to keep a registration sequence to one function; not a
 * parser (a lambda's body counts as a block of its function).
 */
final class FunctionScopes {

	private static final Set<String> AFTER_PARAMETERS = Set.of(")", "const", "noexcept", "override", "final");

	/** How many braces are open, and at which depth the current function's body opened (0: none). */
	private int depth;
	private int functionDepth;
	private int currentId;
	private int nextId = 1;
	private int parenDepth;
	private String candidate = "";
	private String previous = "";
	private String previousIdentifier = "";
	private String currentName = "";

	/** Takes the next token (punctuation one character, identifiers and numbers whole). */
	void accept(String token) {
		switch (token) {
		case "(" -> {
			if (parenDepth++ == 0 && current() == 0) {
				candidate = previousIdentifier;
			}
		}
		case ")" -> parenDepth = Math.max(0, parenDepth - 1);
		case "{" -> {
			depth++;
			if (currentId == 0 && parenDepth == 0 && AFTER_PARAMETERS.contains(previous) && !candidate.isEmpty()) {
				currentId = nextId++;
				functionDepth = depth;
				currentName = candidate;
			}
		}
		case "}" -> {
			if (depth > 0 && depth-- == functionDepth) {
				currentId = 0;
				functionDepth = 0;
			}
		}
		default -> {
			if (!token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_')) {
				previousIdentifier = token;
			}
		}
		}
		previous = token;
	}

	/** The id of the function the last token is in; 0 outside any. */
	int current() {
		return currentId;
	}

	/** Whether the last token is in a block inside the function's body (an if, a loop, a lambda), not the body itself. */
	boolean nested() {
		return currentId != 0 && depth > functionDepth;
	}

	/** Whether the last token is inside parentheses. */
	boolean inParentheses() {
		return parenDepth > 0;
	}

	/** The name of the function the last token is in; empty outside any. */
	String currentName() {
		return current() == 0 ? "" : currentName;
	}
}
