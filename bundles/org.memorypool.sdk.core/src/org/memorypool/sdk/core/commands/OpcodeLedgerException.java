// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

import java.util.Optional;

/** A ledger file that cannot be read or is not a ledger; the message names the file and line and says what to do. */
public final class OpcodeLedgerException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient SourceProblem problem;

	public OpcodeLedgerException(String message) {
		super(message);
		this.problem = null;
	}

	public OpcodeLedgerException(String message, Throwable cause) {
		super(message, cause);
		this.problem = null;
	}

	/** A problem at a line of the ledger: the message is {@code <file>:<line>: <what>}. */
	OpcodeLedgerException(SourceProblem problem) {
		super(problem.file() + ":" + problem.line() + ": " + problem.message());
		this.problem = problem;
	}

	/** The line of the ledger at fault, to print as compilers print a diagnostic; empty for the file as a whole. */
	public Optional<SourceProblem> problem() {
		return Optional.ofNullable(problem);
	}
}
