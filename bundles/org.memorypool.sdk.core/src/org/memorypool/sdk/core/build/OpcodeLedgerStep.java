// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.memorypool.sdk.core.build.BuildPlan.CompileStep;
import org.memorypool.sdk.core.commands.CommandRegistration;
import org.memorypool.sdk.core.commands.LedgerCheck;
import org.memorypool.sdk.core.commands.OpcodeLedger;
import org.memorypool.sdk.core.commands.OpcodeLedgerCheck;
import org.memorypool.sdk.core.commands.OpcodeLedgerException;
import org.memorypool.sdk.core.commands.PluginSources;
import org.memorypool.sdk.core.commands.SourceProblem;

/**
 * The opcode ledger's part of a build: before anything is compiled, the script commands the plan's sources register
 * (read with the headers they include, found as {@link IncludeScanner} finds them) are compared with the project's
 * {@link OpcodeLedger}; after a build that succeeded, new commands are recorded.
 */
final class OpcodeLedgerStep {

	/** The most of the ledger check's problems a build prints: past them, more say nothing new. */
	static final int MAX_LEDGER_LINES = 50;

	private OpcodeLedgerStep() {
	}

	/**
	 * Compares the script commands the sources register with the project's opcode ledger: each problem is printed as
	 * gcc prints a diagnostic (the IDE marks the line), and an error stops the build.
	 */
	static LedgerCheck.Verdict check(Path projectDir, BuildPlan plan, BuildListener listener) throws BuildException {
		LedgerCheck.Verdict verdict;
		try {
			verdict = OpcodeLedgerCheck.check(projectDir, pluginSources(plan));
		} catch (OpcodeLedgerException e) {
			e.problem().ifPresent(p -> listener.output(p.gccLine()));
			throw new BuildException(e.getMessage(), e);
		} catch (IOException e) {
			throw new BuildException("The headers of " + projectDir + "'s sources cannot be read for their command"
					+ " registrations: " + FileProblem.of(e, "check their permissions"), e);
		}
		List<SourceProblem> problems = verdict.problems();
		problems.stream().limit(MAX_LEDGER_LINES).forEach(p -> listener.output(p.gccLine()));
		if (problems.size() > MAX_LEDGER_LINES) {
			listener.output("... and " + (problems.size() - MAX_LEDGER_LINES) + " more problems with the script commands");
		}
		if (verdict.failed()) {
			long errors = problems.stream().filter(SourceProblem::error).count();
			throw new BuildException("The script commands do not match the opcode ledger " + OpcodeLedger.FILE_NAME + ": "
					+ errors + (errors == 1 ? " error" : " errors") + ", printed above");
		}
		return verdict;
	}

	/** After a build that succeeded: the new commands into the ledger, and said so. */
	static void record(Path projectDir, LedgerCheck.Verdict verdict, BuildListener listener) throws BuildException {
		try {
			OpcodeLedgerCheck.record(projectDir, projectDir.getFileName().toString(), verdict);
		} catch (IOException e) {
			throw new BuildException(OpcodeLedger.FILE_NAME + " cannot be written: "
					+ FileProblem.of(e, "check that the project folder is writable"), e);
		}
		for (CommandRegistration added : verdict.added()) {
			listener.output(OpcodeLedger.FILE_NAME + ": recorded " + added.name() + " at " + added.opcodeText());
		}
	}

	/**
	 * The opcode ledger check of {@code configuration}'s sources, for a build the SDK does not run (CDT's): the same
	 * comparison, problems returned rather than printed, and new commands recorded when the configuration's artifact
	 * is there (the build succeeded).
	 *
	 * @throws BuildException when the sources cannot be listed or read, the ledger is no ledger, or cannot be written
	 */
	static LedgerCheck.Verdict checkAfterBuild(Path projectDir, BuildConfiguration configuration) throws BuildException {
		try {
			BuildPlan plan = BuildPlan.of(configuration, projectDir);
			LedgerCheck.Verdict verdict = OpcodeLedgerCheck.check(projectDir, pluginSources(plan));
			if (Files.isRegularFile(plan.linkStep().output())) {
				OpcodeLedgerCheck.record(projectDir, projectDir.getFileName().toString(), verdict);
			}
			return verdict;
		} catch (OpcodeLedgerException e) {
			throw new BuildException(e.getMessage(), e);
		} catch (IOException e) {
			throw new BuildException("The sources of " + projectDir + " cannot be listed or read, or "
					+ OpcodeLedger.FILE_NAME + " cannot be written (" + e + "): check the folder's permissions", e);
		}
	}

	/**
	 * The plan's C and C++ sources (assembler registers no commands) and the headers they include, found in the
	 * compile commands' {@code -I} folders as the compiler finds them; the compiler's own headers are not read.
	 */
	static PluginSources pluginSources(BuildPlan plan) throws IOException {
		List<Path> sources = new ArrayList<>();
		Set<Path> headers = new LinkedHashSet<>();
		List<Path> headersUnknown = new ArrayList<>();
		IncludeScanner scanner = new IncludeScanner();
		for (CompileStep step : plan.compileSteps()) {
			if (SourceFiles.isAssembler(step.source().getFileName().toString())) {
				continue;
			}
			sources.add(step.source());
			Optional<Set<Path>> included = scanner.headersOf(step.source(),
					IncludeScanner.includeDirs(step.command(), plan.buildDir()));
			included.ifPresentOrElse(headers::addAll, () -> headersUnknown.add(step.source()));
		}
		return new PluginSources(sources, new ArrayList<>(headers), headersUnknown);
	}
}
