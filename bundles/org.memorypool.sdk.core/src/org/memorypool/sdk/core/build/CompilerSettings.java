// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.List;

/**
 * A compiler's options, each already turned into the text CDT puts on the command line. Paths and symbols are
 * kept as written in the {@code .cproject} (with their quotes, if any) after macro resolution, because CDT
 * passes them on that way.
 *
 * @param dialect e.g. {@code -std=c++17}; empty for the compiler's default
 * @param defines symbols for {@code -D}, e.g. {@code NDEBUG} or {@code VERSION=2}
 * @param includePaths folders for {@code -I}
 * @param optimization e.g. {@code -O3}
 * @param debugging e.g. {@code -g3}; empty for none
 * @param warnings e.g. {@code -Wall}, in CDT's order
 * @param otherFlags free text, CDT's default being {@code -c -fmessage-length=0}
 */
public record CompilerSettings(String dialect, List<String> defines, List<String> includePaths, String optimization,
		String debugging, List<String> warnings, String otherFlags) {

	public CompilerSettings {
		defines = List.copyOf(defines);
		includePaths = List.copyOf(includePaths);
		warnings = List.copyOf(warnings);
	}
}
