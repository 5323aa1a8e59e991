// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

import java.nio.file.Path;

/**
 * One script command a plugin's source registers with NVSE, and the opcode NVSE gives it: the base of the
 * {@code SetOpcodeBase} call before it plus its position among the registrations after that call.
 *
 * @param name   the command's name as xNVSE's convention derives it: the registered {@code CommandInfo}'s variable
 *               without its {@code kCommandInfo_} prefix (or the first argument of the example plugin's
 *               {@code REG_CMD} macros)
 * @param opcode the opcode NVSE assigns
 * @param file   the source holding the registration
 * @param line   its line, from 1
 */
public record CommandRegistration(String name, int opcode, Path file, int line) {

	/** {@code 0x2001}, as xNVSE's log and the ledger write opcodes. */
	public String opcodeText() {
		return OpcodeRange.hex(opcode);
	}
}
