// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What "Insert call" does to a source file: the call at the caret, and {@code #include "MemoryPool.h"} after the
 * file's last include (or its {@code #pragma once}, or at the top) when the file does not include it yet.
 */
public final class CallInsertion {

	public static final String INCLUDE = "#include \"MemoryPool.h\"";

	private static final Pattern HAS_INCLUDE = Pattern.compile("(?m)^\\s*#\\s*include\\s*[\"<](?:.*/)?MemoryPool\\.h[\">]");
	private static final Pattern INCLUDE_LINE = Pattern.compile("(?m)^\\s*#\\s*(?:include|pragma\\s+once)\\b.*$");

	private CallInsertion() {
	}

	/** The insertions, last offset first, so that applying them in order keeps the other offsets valid. */
	public static List<TextInsertion> of(String document, int caret, ApiFunction function) {
		if (caret < 0 || caret > document.length()) {
			throw new IllegalArgumentException("caret " + caret + " is outside the document (length " + document.length() + ")");
		}
		List<TextInsertion> insertions = new ArrayList<>();
		insertions.add(new TextInsertion(caret, function.callTemplate()));
		if (!HAS_INCLUDE.matcher(document).find()) {
			String newline = document.contains("\r\n") ? "\r\n" : "\n";
			Matcher m = INCLUDE_LINE.matcher(document);
			int end = -1;
			while (m.find()) {
				end = m.end();
			}
			insertions.add(end < 0 ? new TextInsertion(0, INCLUDE + newline) : new TextInsertion(end, newline + INCLUDE));
		}
		insertions.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
		return insertions;
	}

	/** The document with the insertions applied, as an editor would show it. */
	public static String apply(String document, List<TextInsertion> insertions) {
		StringBuilder text = new StringBuilder(document);
		for (TextInsertion insertion : insertions) {
			text.insert(insertion.offset(), insertion.text());
		}
		return text.toString();
	}
}
