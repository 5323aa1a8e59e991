// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

import java.nio.file.Path;
import java.util.List;

/**
 * The files of a build the ledger check reads: the C and C++ sources it compiles and the headers they include.
 *
 * @param sources          the sources, in build order
 * @param headers          the headers the sources include, directly or through other headers, that were found
 * @param headersUnknownOf the sources whose headers were not all found (more than the include scan reads): the
 *                         macros and constants they may define are unknown, so the check cannot be complete
 */
public record PluginSources(List<Path> sources, List<Path> headers, List<Path> headersUnknownOf) {

	public PluginSources {
		sources = List.copyOf(sources);
		headers = List.copyOf(headers);
		headersUnknownOf = List.copyOf(headersUnknownOf);
	}

	/** Sources alone, no headers read. */
	public static PluginSources of(List<Path> sources) {
		return new PluginSources(sources, List.of(), List.of());
	}
}
