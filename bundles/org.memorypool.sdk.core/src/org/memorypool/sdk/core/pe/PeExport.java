// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import java.util.Optional;

/**
 * One entry of a PE image's export address table, as {@code GetProcAddress} sees it.
 *
 * @param ordinal   the export's ordinal: the export directory's {@code Base} plus its index in the address table
 * @param name      the name {@code GetProcAddress} finds it by, or empty when it is exported by ordinal only
 * @param forwarder for a forwarded export, where the loader sends it, e.g. {@code NTDLL.RtlAllocateHeap}
 */
public record PeExport(int ordinal, Optional<String> name, Optional<String> forwarder) {

	/** An export by name that the image itself implements. */
	public static PeExport named(int ordinal, String name) {
		return new PeExport(ordinal, Optional.of(name), Optional.empty());
	}
}
