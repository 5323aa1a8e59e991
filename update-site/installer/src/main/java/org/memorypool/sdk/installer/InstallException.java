// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.installer;

/** Installing into, or querying, an IDE failed; the message carries what p2 said. */
public final class InstallException extends Exception {

	private static final long serialVersionUID = 1L;

	public InstallException(String message) {
		super(message);
	}
}
