// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import java.util.List;

/**
 * What a crash log says about the modules of interest: where each was loaded and every number given on a line that
 * names one ({@link CrashLogScanner}).
 *
 * @param modules   where the log says the modules were loaded, in the log's order
 * @param addresses the numbers, in the log's order
 * @param truncated whether the log held more than {@link CrashLogScanner#MAX_ADDRESSES} numbers or
 *                  {@link CrashLogScanner#MAX_BYTES} bytes, the rest not read
 */
public record CrashLog(List<LoadedModule> modules, List<CrashAddress> addresses, boolean truncated) {

	public CrashLog {
		modules = List.copyOf(modules);
		addresses = List.copyOf(addresses);
	}
}
