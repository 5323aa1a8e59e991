package org.memorypool.sdk.core.commands;

/** A ledger file that cannot be read or is not a ledger; the message names the file and line and says what to do. */
public final class OpcodeLedgerException extends Exception {

	private static final long serialVersionUID = 1L;

	public OpcodeLedgerException(String message) {
		super(message);
	}

	public OpcodeLedgerException(String message, Throwable cause) {
		super(message, cause);
	}
}
