// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

/**
 * A build could not run, e.g. the compiler is not installed or the build folder cannot be written; the message
 * says what to do. A tool that runs and fails is a {@link BuildResult.Failed} instead.
 */
public final class BuildException extends Exception {

	private static final long serialVersionUID = 1L;

	public BuildException(String message) {
		super(message);
	}

	public BuildException(String message, Throwable cause) {
		super(message, cause);
	}
}
