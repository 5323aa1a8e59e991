package org.memorypool.sdk.core.cli;

/** Wrong arguments: the message is one line that says what to do instead. */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
