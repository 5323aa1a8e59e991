// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

/** A project's {@code .project} or {@code .cproject} is missing or cannot be read; the message says what to do. */
public final class CdtProjectException extends Exception {

	private static final long serialVersionUID = 1L;

	public CdtProjectException(String message) {
		super(message);
	}

	public CdtProjectException(String message, Throwable cause) {
		super(message, cause);
	}
}
