// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.util.Objects;

/**
 * One parameter of a generated script command.
 *
 * @param name     the C variable the argument is read into, and its name in NVSE's documentation
 * @param type     what it is
 * @param optional whether a script may leave it out; NVSE wants optional parameters after the required ones
 */
public record CommandParameter(String name, ParameterType type, boolean optional) {

	public CommandParameter {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
	}
}
