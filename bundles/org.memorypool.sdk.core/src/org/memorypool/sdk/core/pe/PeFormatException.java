// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

/** The file is not a well-formed Windows PE image; the message says what is wrong with it. */
public final class PeFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public PeFormatException(String message) {
		super(message);
	}
}
