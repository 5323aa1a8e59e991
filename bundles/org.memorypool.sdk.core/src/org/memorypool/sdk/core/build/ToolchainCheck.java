// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.List;
import java.util.Optional;

/**
 * Whether a toolchain's C++ compiler is installed and makes code the game can load.
 *
 * @param compiler absent when none was found or it does not run; {@code errors} says why
 * @param errors   what keeps the project from building, each saying what to install or set
 * @param warnings what lets it build but not into a plugin the game loads, e.g. a 64-bit compiler
 */
public record ToolchainCheck(Optional<FoundCompiler> compiler, List<String> errors, List<String> warnings) {

	public ToolchainCheck {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	public boolean usable() {
		return errors.isEmpty();
	}
}
