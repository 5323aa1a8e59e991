// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

/**
 * Where a crash log says a module was loaded: a line of a crash logger's module list ({@code 0x3B000000 - 0x3B032000
 * ==> MCM, ...}) or of Wine's ({@code PE 6a8c0000-6a8e0000 Dwarf genplain}).
 *
 * @param module the module of interest the line names, as the caller gave it
 * @param base   the address it was loaded at
 * @param end    the address after its last byte: {@code base} plus its SizeOfImage
 * @param line   the log's line, from 1
 */
public record LoadedModule(String module, long base, long end, int line) {

	/** Whether an address lies in the module. */
	public boolean contains(long address) {
		return base <= address && address < end;
	}
}
