package org.memorypool.sdk.core.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The ledger check of a build: reads the project's sources and its {@link OpcodeLedger}, compares them, and records
 * new commands in the ledger when nothing is wrong. A project that registers no commands and has no ledger is left
 * alone.
 */
public final class OpcodeLedgerCheck {

	private OpcodeLedgerCheck() {
	}

	/**
	 * @param projectDir  the project folder, holding the ledger
	 * @param projectName named in a new ledger's header
	 * @param sources     the C and C++ sources the build compiles
	 * @throws OpcodeLedgerException when the ledger is no ledger or a source cannot be read; the message says which
	 * @throws IOException           when the ledger with new commands cannot be written
	 */
	public static LedgerCheck.Verdict run(Path projectDir, String projectName, List<Path> sources)
			throws OpcodeLedgerException, IOException {
		OpcodeLedger ledger = OpcodeLedger.read(projectDir);
		RegistrationScanner.Result scanned;
		try {
			scanned = RegistrationScanner.scan(sources);
		} catch (IOException e) {
			throw new OpcodeLedgerException("The sources cannot be read for their command registrations (" + e
					+ "): check their permissions", e);
		}
		LedgerCheck.Verdict verdict = LedgerCheck.check(scanned, ledger, projectDir.resolve(OpcodeLedger.FILE_NAME));
		if (!verdict.failed() && !verdict.added().isEmpty()) {
			verdict.ledger().write(projectDir, projectName);
		}
		return verdict;
	}
}
