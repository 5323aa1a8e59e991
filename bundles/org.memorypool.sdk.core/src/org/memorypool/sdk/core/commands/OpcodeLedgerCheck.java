// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The ledger check of a build: reads the project's sources and its {@link OpcodeLedger} and compares them, before
 * anything is compiled; new commands are recorded ({@link #record}) only once the build succeeded, so a typo that
 * fails to compile is never recorded. A project that registers no commands and has no ledger is left alone.
 */
public final class OpcodeLedgerCheck {

	private OpcodeLedgerCheck() {
	}

	/**
	 * @param projectDir the project folder, holding the ledger
	 * @param plugin     the C and C++ sources the build compiles, and the headers they include
	 * @throws OpcodeLedgerException when the ledger is no ledger or a file cannot be read; the message says which
	 */
	public static LedgerCheck.Verdict check(Path projectDir, PluginSources plugin) throws OpcodeLedgerException {
		OpcodeLedger ledger = OpcodeLedger.read(projectDir);
		RegistrationScanner.Result scanned;
		try {
			scanned = RegistrationScanner.scan(plugin);
		} catch (IOException e) {
			throw new OpcodeLedgerException("The sources or their headers cannot be read for their command"
					+ " registrations (" + e + "): check their permissions", e);
		}
		return LedgerCheck.check(scanned, ledger, projectDir.resolve(OpcodeLedger.FILE_NAME));
	}

	/**
	 * Writes the ledger with the commands the verdict found new; nothing when there are none or the check failed.
	 *
	 * @param projectName named in a new ledger's header
	 * @throws IOException when the ledger cannot be written
	 */
	public static void record(Path projectDir, String projectName, LedgerCheck.Verdict verdict) throws IOException {
		if (!verdict.failed() && !verdict.added().isEmpty()) {
			verdict.ledger().write(projectDir, projectName);
		}
	}
}
