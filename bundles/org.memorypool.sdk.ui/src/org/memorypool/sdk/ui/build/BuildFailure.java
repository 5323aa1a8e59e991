// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.build;

/**
 * A build that could not run: no readable .cproject, no such configuration, a compiler not installed... The message
 * is the one reason; the console and a problem marker on the project already say it.
 */
public final class BuildFailure extends Exception {

	private static final long serialVersionUID = 1L;

	BuildFailure(String message, Throwable cause) {
		super(message, cause);
	}
}
