package org.memorypool.sdk.core.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the commands a plugin's sources register with its {@link OpcodeLedger}. Errors: a recorded command that
 * moved to another opcode, a recorded command no longer registered, another command on a recorded opcode, two
 * commands on one opcode, an opcode outside the ledger's range. Commands on opcodes the ledger does not have yet are
 * new: they are appended when nothing is wrong.
 */
public final class LedgerCheck {

	/**
	 * What the comparison found.
	 *
	 * @param problems the scanner's and the comparison's problems, errors and warnings, in source order
	 * @param added    the commands new to the ledger
	 * @param ledger   the ledger with the new commands appended (the same when none, or when there are errors)
	 */
	public record Verdict(List<SourceProblem> problems, List<CommandRegistration> added, OpcodeLedger ledger) {

		public Verdict {
			problems = List.copyOf(problems);
			added = List.copyOf(added);
		}

		public boolean failed() {
			return problems.stream().anyMatch(SourceProblem::error);
		}
	}

	private LedgerCheck() {
	}

	/**
	 * @param ledgerFile where the ledger is, for the problems that belong to one of its lines
	 */
	public static Verdict check(RegistrationScanner.Result scanned, OpcodeLedger ledger, Path ledgerFile) {
		List<SourceProblem> problems = new ArrayList<>(scanned.problems());
		Map<Integer, CommandRegistration> byOpcode = new HashMap<>();
		Map<String, CommandRegistration> byName = new HashMap<>();
		for (CommandRegistration registration : scanned.registrations()) {
			CommandRegistration other = byOpcode.putIfAbsent(registration.opcode(), registration);
			if (other != null) {
				problems.add(error(registration, "two commands on opcode " + registration.opcodeText() + ": "
						+ other.name() + " (" + other.file().getFileName() + ":" + other.line() + ") and " + registration.name()
						+ ": opcode bases overlap; give each SetOpcodeBase its own part of the range"));
			}
			byName.putIfAbsent(registration.name(), registration);
			if (registration.opcode() >= OpcodeRange.END) {
				problems.add(error(registration, registration.name() + " gets opcode " + registration.opcodeText()
						+ ", past the last plugin opcode 0x7FFF: xNVSE stops the game"));
			} else if (ledger.range().isPresent() && !ledger.range().get().contains(registration.opcode())) {
				problems.add(error(registration, registration.name() + " gets opcode " + registration.opcodeText()
						+ ", outside the plugin's range " + ledger.range().get() + " in " + OpcodeLedger.FILE_NAME
						+ ": it would take another plugin's opcode; ask the xNVSE team for more and widen the range"));
			}
		}
		for (Map.Entry<Integer, String> recorded : ledger.commands().entrySet()) {
			int opcode = recorded.getKey();
			String name = recorded.getValue();
			CommandRegistration now = byOpcode.get(opcode);
			if (now != null && now.name().equals(name)) {
				continue;
			}
			CommandRegistration moved = byName.get(name);
			String was = name + " has opcode " + OpcodeRange.hex(opcode) + " in " + OpcodeLedger.FILE_NAME;
			if (moved != null) {
				problems.add(error(moved, was + " but gets " + moved.opcodeText() + " here: scripts compiled against it"
						+ " would call another command. Keep the registrations in their order and add new ones at the"
						+ " end; if it was never released, delete its line (and those after it) from the ledger"));
			} else if (now != null) {
				problems.add(error(now, was + ", but " + now.name() + " takes that opcode here: keep registering " + name
						+ " in its place (scripts call it by its opcode) and add " + now.name() + " at the end; if " + name
						+ " was never released, delete its line from the ledger"));
			} else {
				problems.add(new SourceProblem(ledgerFile, ledger.lines().getOrDefault(opcode, 0), true, was
						+ " but no source registers it: scripts that call it would break. Keep registering it (it may do"
						+ " nothing) so it and the commands after it keep their opcodes; if it was never released,"
						+ " delete its line from the ledger"));
			}
		}
		problems.sort(Comparator.comparing((SourceProblem p) -> p.file().toString()).thenComparingInt(SourceProblem::line));
		List<CommandRegistration> added = scanned.registrations().stream()
				.filter(r -> !ledger.commands().containsKey(r.opcode())).toList();
		boolean failed = problems.stream().anyMatch(SourceProblem::error);
		OpcodeLedger updated = failed || added.isEmpty() ? ledger : ledger.with(added);
		if (!failed && updated.range().isEmpty() && !added.isEmpty()) {
			// A first guess the ledger's header tells the author to correct: 256 opcodes from the lowest one.
			updated = updated.withRange(OpcodeRange.from(updated.commands().firstKey()));
		}
		return new Verdict(problems, failed ? List.of() : added, updated);
	}

	private static SourceProblem error(CommandRegistration at, String message) {
		return new SourceProblem(at.file(), at.line(), true, message);
	}
}
