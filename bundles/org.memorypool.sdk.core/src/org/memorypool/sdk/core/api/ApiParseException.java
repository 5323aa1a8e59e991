// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.api;

/** The header cannot be read as an API description; the message names the file and line and says what is wrong. */
public final class ApiParseException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;

	public ApiParseException(String source, int line, String problem) {
		super(source + (line > 0 ? ":" + line : "") + ": " + problem);
		this.line = line;
	}

	/** The 1-based line the problem is on, or 0 when it concerns the whole file. */
	public int line() {
		return line;
	}
}
