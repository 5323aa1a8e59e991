// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.util.Arrays;
import java.util.Optional;

/** What a generated script command returns: {@code kRetnType_<constant>} of {@code nvse_plugin.h}. */
public enum CommandReturn {

	/** A number in {@code *result}. */
	NUMBER("number", "Default", 0),
	/** A form: its id in {@code *result}'s bits. */
	FORM("form", "Form", 1),
	/** A string, returned through the string-variable interface. */
	STRING("string", "String", 2);

	private final String displayName;
	private final String constant;
	private final int value;

	CommandReturn(String displayName, String constant, int value) {
		this.displayName = displayName;
		this.constant = constant;
		this.value = value;
	}

	/** How the command line and the wizard name it: number, form or string. */
	public String displayName() {
		return displayName;
	}

	/** The value of {@code kRetnType_<constant>}. */
	public int value() {
		return value;
	}

	/** The C constant, e.g. {@code kRetnType_Default}. */
	String constant() {
		return "kRetnType_" + constant;
	}

	public static Optional<CommandReturn> byDisplayName(String name) {
		return Arrays.stream(values()).filter(r -> r.displayName.equalsIgnoreCase(name.strip())).findFirst();
	}
}
