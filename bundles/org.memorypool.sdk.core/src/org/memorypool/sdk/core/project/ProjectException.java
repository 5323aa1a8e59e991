// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

/** A project cannot be created; the message says what went wrong and what to do. Nothing was left on disk. */
public final class ProjectException extends Exception {

	private static final long serialVersionUID = 1L;

	public ProjectException(String message) {
		super(message);
	}

	public ProjectException(String message, Throwable cause) {
		super(message, cause);
	}
}
