// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import java.util.List;

/**
 * An address of a crash log in a module of interest, and where in the sources it is.
 *
 * @param image     the module's DLL
 * @param rva       the address's offset from the module's base
 * @param faulting  whether the log gives it as where the exception happened; otherwise it is a return address,
 *                  looked up one byte before, in the call it returns from
 * @param line      the log's first line that gives it, from 1
 * @param locations the innermost function first, then those it was inlined into; empty when the DLL's debug
 *                  information does not know the address
 */
public record SymbolizedAddress(ModuleImage image, long rva, boolean faulting, int line, List<SourceLocation> locations) {

	public SymbolizedAddress {
		locations = List.copyOf(locations);
	}
}
