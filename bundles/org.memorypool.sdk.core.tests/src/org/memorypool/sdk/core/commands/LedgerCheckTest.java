// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCheckTest {

	@TempDir
	Path dir;

	private Path source(String... registrations) throws IOException {
		StringBuilder text = new StringBuilder("void Register(const NVSEInterface* nvse)\n{\n    nvse->SetOpcodeBase(0x2000);\n");
		for (String name : registrations) {
			text.append("    nvse->RegisterCommand(&kCommandInfo_").append(name).append(");\n");
		}
		return Files.writeString(dir.resolve("Commands.cpp"), text.append("}\n"));
	}

	private void ledger(String text) throws IOException {
		Files.writeString(dir.resolve(OpcodeLedger.FILE_NAME), text);
	}

	/** The check, then the ledger recorded as after a build that succeeded. */
	private LedgerCheck.Verdict check(String... registrations) throws Exception {
		return checkAndRecord(List.of(source(registrations)));
	}

	private LedgerCheck.Verdict checkAndRecord(List<Path> sources) throws Exception {
		LedgerCheck.Verdict verdict = OpcodeLedgerCheck.check(dir, PluginSources.of(sources));
		OpcodeLedgerCheck.record(dir, "MyPlugin", verdict);
		return verdict;
	}

	private static List<String> errors(LedgerCheck.Verdict verdict) {
		return verdict.problems().stream().filter(SourceProblem::error).map(p -> p.file().getFileName() + ":" + p.line()
				+ ": " + p.message()).toList();
	}

	@Test
	void newCommandsAreAppendedAndARangeIsGuessedForAnEmptyLedger() throws Exception {
		LedgerCheck.Verdict verdict = check("A", "B");
		assertFalse(verdict.failed());
		assertEquals(List.of("A", "B"), verdict.added().stream().map(CommandRegistration::name).toList());
		OpcodeLedger written = OpcodeLedger.read(dir);
		assertEquals("0x2000-0x20FF", written.range().orElseThrow().toString());
		assertEquals(List.of("A", "B"), List.copyOf(written.commands().values()));
		assertTrue(Files.readString(dir.resolve(OpcodeLedger.FILE_NAME)).endsWith("range 0x2000-0x20FF\n0x2000 A\n0x2001 B\n"));

		// The same sources again: nothing new, the file untouched.
		long before = Files.getLastModifiedTime(dir.resolve(OpcodeLedger.FILE_NAME)).toMillis();
		Files.setLastModifiedTime(dir.resolve(OpcodeLedger.FILE_NAME), java.nio.file.attribute.FileTime.fromMillis(before - 10_000));
		assertEquals(List.of(), check("A", "B").added());
		assertEquals(before - 10_000, Files.getLastModifiedTime(dir.resolve(OpcodeLedger.FILE_NAME)).toMillis());

		// A command added at the end is appended.
		assertEquals(List.of("0x2002 C"), check("A", "B", "C").added().stream().map(r -> r.opcodeText() + " " + r.name()).toList());
	}

	@Test
	void aCommandInsertedFirstIsNotTakenForAMovedBase() throws Exception {
		ledger("range 0x2000-0x20FF\n0x2000 A\n0x2001 B\n");
		List<String> errors = errors(check("New", "A", "B"));
		assertEquals(2, errors.size(), errors::toString);
		assertTrue(errors.get(0).startsWith("Commands.cpp:5: A has opcode 0x2000 in nvse-opcodes.txt but gets 0x2001 here"),
				errors::toString);
	}

	@Test
	void aCommandInsertedBeforeRecordedOnesMovesThemAndFailsTheBuild() throws Exception {
		ledger("range 0x2000-0x20FF\n0x2000 A\n0x2001 B\n");
		LedgerCheck.Verdict verdict = check("A", "New", "B");
		assertTrue(verdict.failed());
		assertEquals(List.of("Commands.cpp:6: B has opcode 0x2001 in nvse-opcodes.txt but gets 0x2002 here: scripts compiled"
				+ " against it would call another command. Keep the registrations in their order and add new ones at the end;"
				+ " if it was never released, delete its line (and those after it) from the ledger"), errors(verdict));
		assertEquals(List.of(), verdict.added());
		assertEquals("range 0x2000-0x20FF\n0x2000 A\n0x2001 B\n", Files.readString(dir.resolve(OpcodeLedger.FILE_NAME)),
				"nothing is recorded while the sources are wrong");
	}

	@Test
	void aRemovedOrReplacedCommandFailsTheBuild() throws Exception {
		ledger("0x2000 A\n0x2001 B\n0x2002 C\n");
		assertEquals(List.of("nvse-opcodes.txt:3: C has opcode 0x2002 in nvse-opcodes.txt but no source registers it:"
				+ " scripts that call it would break. Keep registering it (it may do nothing) so it and the commands after"
				+ " it keep their opcodes; if it was never released, delete its line from the ledger"), errors(check("A", "B")));
		assertEquals(List.of("Commands.cpp:5: B has opcode 0x2001 in nvse-opcodes.txt, but Other takes that opcode here. If"
				+ " Other is B renamed, change the name on its ledger line (compiled scripts keep working; their sources must"
				+ " use the new name); if not, keep registering B in its place and add Other at the end, or, if B was never"
				+ " released, delete its line"), errors(check("A", "Other", "C")));
	}

	@Test
	void anOpcodeOutsideTheRangeOrTwoCommandsOnOneOpcodeFail() throws Exception {
		ledger("range 0x2000-0x2001\n");
		assertEquals(List.of("Commands.cpp:6: C gets opcode 0x2002, outside the plugin's range 0x2000-0x2001 in"
				+ " nvse-opcodes.txt: it would take another plugin's opcode; ask the xNVSE team for more and widen the range"),
				errors(check("A", "B", "C")));
		Path twoBases = Files.writeString(dir.resolve("Two.cpp"), "void f(NVSEInterface* n) {\n n->SetOpcodeBase(0x2000);"
				+ " REG_CMD(A); REG_CMD(B);\n n->SetOpcodeBase(0x2001);\n REG_CMD(C);\n}\n");
		Files.delete(dir.resolve(OpcodeLedger.FILE_NAME));
		LedgerCheck.Verdict verdict = checkAndRecord(List.of(twoBases));
		assertEquals(List.of("Two.cpp:4: two commands on opcode 0x2001: B (Two.cpp:2) and C: opcode bases overlap; give"
				+ " each SetOpcodeBase its own part of the range"), errors(verdict));
	}

	@Test
	void aLedgerThatIsNoLedgerIsRefusedWithItsLine() throws IOException {
		String ledger = dir.resolve(OpcodeLedger.FILE_NAME).toString();
		for (String[] bad : new String[][] { { "0x2000 A\nhello big world\n", ledger + ":2: \"hello big world\" is neither" },
				{ "0x1FFF A\n", ledger + ":1: \"0x1FFF A\" does not start with an opcode from 0x2000 to 0x7FFF" },
				{ "0x2000 A\n0x2000 B\n", ledger + ":2: 0x2000 is recorded twice" },
				{ "range 0x2100-0x2000\n", ledger + ":1: \"range 0x2100-0x2000\" is not one range" },
				{ "range 0x2000-0x20FF\nrange 0x2000-0x20FF\n", ledger + ":2:" },
				{ "0x2000 \u001b[31mA\n", ledger + ":1: \"0x2000 \\x1B[31mA\" is neither" } }) {
			ledger(bad[0]);
			OpcodeLedgerException e = assertThrows(OpcodeLedgerException.class, () -> OpcodeLedger.read(dir));
			assertTrue(e.getMessage().startsWith(bad[1]), e.getMessage());
		}
		Files.delete(dir.resolve(OpcodeLedger.FILE_NAME));
		Files.createSymbolicLink(dir.resolve(OpcodeLedger.FILE_NAME), dir.resolve("elsewhere"));
		assertTrue(assertThrows(OpcodeLedgerException.class, () -> OpcodeLedger.read(dir)).getMessage()
				.endsWith("is not a ledger (a link): replace it with the file from version control"));
	}

	/** The #13 trial: a changed base is one error saying so, not two per command. */
	@Test
	void aChangedBaseIsOneErrorSayingWhatToDo() throws Exception {
		ledger("range 0x2000-0x20FF\n0x2000 A\n0x2001 B\n0x2002 C\n");
		Files.writeString(dir.resolve("Commands.cpp"), Files.readString(source("A", "B", "C")).replace("0x2000", "0x3A00"));
		LedgerCheck.Verdict verdict = OpcodeLedgerCheck.check(dir, PluginSources.of(List.of(dir.resolve("Commands.cpp"))));
		assertEquals(List.of("nvse-opcodes.txt:2: the opcode base moved from 0x2000 to 0x3A00: every recorded command would"
				+ " take another opcode. If none was released yet, set the ledger's range to the new one and delete its"
				+ " command lines; if some were, keep the old base for them"), errors(verdict));
	}

	/** The #13 trial: a base the scanner cannot evaluate is a warning, not false "no source registers it" errors. */
	@Test
	void anUnknownBaseIsAWarningAndNoRecordedCommandCountsAsRemoved() throws Exception {
		ledger("0x2000 A\n0x2001 B\n");
		Files.writeString(dir.resolve("Commands.cpp"), Files.readString(source("A", "B")).replace("0x2000", "kBase + 0x10"));
		LedgerCheck.Verdict verdict = OpcodeLedgerCheck.check(dir, PluginSources.of(List.of(dir.resolve("Commands.cpp"))));
		assertFalse(verdict.failed(), verdict.problems()::toString);
		assertEquals(2, verdict.problems().size());
		assertTrue(verdict.problems().get(0).message().startsWith("the opcode base here is not a number"));
		assertTrue(verdict.problems().get(1).message().startsWith("2 recorded commands could not be checked"));
	}

	/** The #13 trial: names the scanner reads back (any letters) read back from the ledger; non-ASCII is an error. */
	@Test
	void aNonAsciiNameIsAnErrorAndTheLedgerStillReads() throws Exception {
		ledger("0x2000 A\n0x2001 Bä\n");
		assertEquals("Bä", OpcodeLedger.read(dir).commands().get(0x2001));
		LedgerCheck.Verdict verdict = check("A", "Bä", "Cö");
		assertEquals(List.of("Commands.cpp:6: Cö is not an ASCII name: scripts cannot call it; use letters A-Z, digits and"
				+ " underscores"), errors(verdict).stream().filter(e -> e.contains("Cö")).toList());
	}

	/** Windows' Notepad writes a byte order mark; binary junk is no text; a trailing comment is a comment. */
	@Test
	void aByteOrderMarkAndTrailingCommentsAreReadAndJunkIsRefused() throws Exception {
		ledger("\uFEFF# ledger\nrange 0x2000-0x20FF\n0x2000 A   # released in 1.0\n");
		assertEquals("A", OpcodeLedger.read(dir).commands().get(0x2000));
		Files.write(dir.resolve(OpcodeLedger.FILE_NAME), new byte[] { (byte) 0xFF, (byte) 0xFE, 0, (byte) 0xC3 });
		assertTrue(assertThrows(OpcodeLedgerException.class, () -> OpcodeLedger.read(dir)).getMessage()
				.endsWith("is not text (not UTF-8): replace it with the file from version control"));
		ledger("range 0x2000-0x2001\n0x2005 A\n");
		assertTrue(assertThrows(OpcodeLedgerException.class, () -> OpcodeLedger.read(dir)).getMessage()
				.endsWith(":2: 0x2005 A lies outside the ledger's range 0x2000-0x2001: widen the range, or delete the line"
						+ " if the command was never released"));
	}
}
