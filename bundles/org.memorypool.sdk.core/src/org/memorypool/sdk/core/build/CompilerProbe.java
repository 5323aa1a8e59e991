// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Asks a compiler about itself; tests answer for compilers that are not installed. */
interface CompilerProbe {

	/**
	 * Runs {@code executable option}, e.g. {@code g++ --version}.
	 *
	 * @return the lines it printed
	 * @throws IOException when it cannot be started, fails or does not finish in time; the message says which
	 */
	List<String> ask(Path executable, String option) throws IOException;
}
