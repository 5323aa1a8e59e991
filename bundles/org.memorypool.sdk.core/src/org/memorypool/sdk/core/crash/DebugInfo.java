// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Looks addresses up in a DLL's debug information. */
public interface DebugInfo {

	/**
	 * For each address, in order, where it is in the sources: the innermost function first, then the functions it was
	 * inlined into, outwards; an empty list when the debug information does not know the address.
	 *
	 * @param dll       the DLL; debug information kept beside it ({@code .gnu_debuglink}) counts as its own
	 * @param addresses virtual addresses as the DLL's image has them: its ImageBase plus an RVA
	 * @throws IOException when the debug information cannot be read, with a message that says why and what to do
	 */
	List<List<SourceLocation>> locate(Path dll, List<Long> addresses) throws IOException;
}
