// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import java.util.List;

/**
 * Where a PE image lies in memory, from its optional header and section table: what turns an address a crash log
 * gives into an RVA, and tells code from data.
 *
 * @param imageBase   the optional header's ImageBase: where the image wants to be loaded (0x10000000 is the linker's
 *                    default for DLLs; the loader moves a DLL elsewhere when that place is taken)
 * @param sizeOfImage the optional header's SizeOfImage: the bytes the image takes in memory from its base
 * @param code        the RVA ranges of the sections marked executable or holding code, by address
 */
public record PeMapping(long imageBase, long sizeOfImage, List<Range> code) {

	/** RVAs [start, end). */
	public record Range(long start, long end) {
	}

	public PeMapping {
		code = List.copyOf(code);
	}

	/** Whether an RVA lies in a section of code. */
	public boolean isCode(long rva) {
		return code.stream().anyMatch(r -> r.start() <= rva && rva < r.end());
	}
}
