// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

/** A crash log cannot be symbolized with a project; the message says why and what to do. */
public final class SymbolizeException extends Exception {

	private static final long serialVersionUID = 1L;

	public SymbolizeException(String message) {
		super(message);
	}

	public SymbolizeException(String message, Throwable cause) {
		super(message, cause);
	}
}
