// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

/** A deploy was refused or failed; the message gives the one reason and what to do. Nothing was changed. */
public final class DeployException extends Exception {

	private static final long serialVersionUID = 1L;

	public DeployException(String message) {
		super(message);
	}

	public DeployException(String message, Throwable cause) {
		super(message, cause);
	}
}
