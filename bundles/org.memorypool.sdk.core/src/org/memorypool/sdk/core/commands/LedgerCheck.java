// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
		}
		Optional<Integer> shift = baseShift(scanned, ledger, byName);
		for (CommandRegistration registration : scanned.registrations()) {
			if (registration.opcode() >= OpcodeRange.END) {
				problems.add(error(registration, registration.name() + " gets opcode " + registration.opcodeText()
						+ ", past the last plugin opcode 0x7FFF: xNVSE stops the game"));
			} else if (shift.isEmpty() && ledger.range().isPresent() && !ledger.range().get().contains(registration.opcode())) {
				problems.add(error(registration, registration.name() + " gets opcode " + registration.opcodeText()
						+ ", outside the plugin's range " + ledger.range().get() + " in " + OpcodeLedger.FILE_NAME
						+ ": it would take another plugin's opcode; ask the xNVSE team for more and widen the range"));
			}
		}
		if (shift.isPresent()) {
			int from = ledger.commands().firstKey();
			problems.add(new SourceProblem(ledgerFile, ledger.lines().getOrDefault(from, 0), true, "the opcode base moved"
					+ " from " + OpcodeRange.hex(from) + " to " + OpcodeRange.hex(from + shift.get()) + ": every recorded command"
					+ " would take another opcode. If none was released yet, set the ledger's range to the new one and delete"
					+ " its command lines; if some were, keep the old base for them"));
		} else {
			for (Map.Entry<Integer, String> recorded : ledger.commands().entrySet()) {
				checkRecorded(recorded.getKey(), recorded.getValue(), byOpcode, byName, scanned.complete(), ledger,
						ledgerFile, problems);
			}
		}
		for (CommandRegistration registration : scanned.registrations()) {
			if (!registration.name().chars().allMatch(c -> c < 128)) {
				problems.add(error(registration, registration.name() + " is not an ASCII name: scripts cannot call it;"
						+ " use letters A-Z, digits and underscores"));
			}
		}
		// The recorded commands not found at their opcodes, when the scan could not see everything.
		long unchecked = scanned.complete() ? 0 : ledger.commands().entrySet().stream()
				.filter(e -> byOpcode.get(e.getKey()) == null || !byOpcode.get(e.getKey()).name().equals(e.getValue()))
				.count();
		if (unchecked > 0 && shift.isEmpty()) {
			problems.add(new SourceProblem(ledgerFile, 0, false, unchecked + " recorded command" + (unchecked == 1 ? "" : "s")
					+ " could not be checked, for the reasons warned about above: their opcodes may have moved"));
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

	/**
	 * Whether every recorded command is registered, all at the same distance from its recorded opcode: the base
	 * changed, which one error says better than one per command.
	 */
	private static Optional<Integer> baseShift(RegistrationScanner.Result scanned, OpcodeLedger ledger,
			Map<String, CommandRegistration> byName) {
		// The base the ledger starts at is still set: the commands moved because one was put before them.
		if (ledger.commands().isEmpty() || scanned.bases().contains((long) ledger.commands().firstKey())
				|| ledger.range().isPresent() && scanned.bases().contains((long) ledger.range().get().first())) {
			return Optional.empty();
		}
		Integer shift = null;
		for (Map.Entry<Integer, String> recorded : ledger.commands().entrySet()) {
			CommandRegistration now = byName.get(recorded.getValue());
			if (now == null) {
				return Optional.empty();
			}
			int distance = now.opcode() - recorded.getKey();
			if (shift != null && shift != distance) {
				return Optional.empty();
			}
			shift = distance;
		}
		return shift == 0 || ledger.commands().size() < 2 ? Optional.empty() : Optional.of(shift);
	}

	/** The errors of one recorded command: moved, replaced, or (when the scan saw everything) no longer registered. */
	private static void checkRecorded(int opcode, String name, Map<Integer, CommandRegistration> byOpcode,
			Map<String, CommandRegistration> byName, boolean complete, OpcodeLedger ledger, Path ledgerFile,
			List<SourceProblem> problems) {
		CommandRegistration now = byOpcode.get(opcode);
		if (now != null && now.name().equals(name)) {
			return;
		}
		CommandRegistration moved = byName.get(name);
		String was = name + " has opcode " + OpcodeRange.hex(opcode) + " in " + OpcodeLedger.FILE_NAME;
		if (moved != null) {
			problems.add(error(moved, was + " but gets " + moved.opcodeText() + " here: scripts compiled against it"
					+ " would call another command. Keep the registrations in their order and add new ones at the"
					+ " end; if it was never released, delete its line (and those after it) from the ledger"));
		} else if (now != null) {
			problems.add(error(now, was + ", but " + now.name() + " takes that opcode here. If " + now.name() + " is "
					+ name + " renamed, change the name on its ledger line (compiled scripts keep working; their sources"
					+ " must use the new name); if not, keep registering " + name + " in its place and add " + now.name()
					+ " at the end, or, if " + name + " was never released, delete its line"));
		} else if (complete) {
			problems.add(new SourceProblem(ledgerFile, ledger.lines().getOrDefault(opcode, 0), true, was
					+ " but no source registers it: scripts that call it would break. Keep registering it (it may do"
					+ " nothing) so it and the commands after it keep their opcodes; if it was never released,"
					+ " delete its line from the ledger"));
		}
	}

	private static SourceProblem error(CommandRegistration at, String message) {
		return new SourceProblem(at.file(), at.line(), true, message);
	}
}
