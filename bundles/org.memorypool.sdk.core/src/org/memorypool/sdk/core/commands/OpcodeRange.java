// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

import java.util.Locale;

/**
 * The opcodes a plugin may use, both ends included: the range the xNVSE team assigned it, or the development range at
 * {@link #DEVELOPMENT_BASE}. Facts from xNVSE's {@code PluginManager::SetOpcodeBase} and {@code CommandTable.h}.
 */
public record OpcodeRange(int first, int last) {

	/** {@code kNVSEOpcodeTest}: the development base, and the lowest base xNVSE accepts. */
	public static final int DEVELOPMENT_BASE = 0x2000;
	/** xNVSE asserts {@code base < 0x8000}: the end of the plugins' opcode space. */
	public static final int END = 0x8000;
	/** The size of the range the SDK assumes until the ledger names the assigned one: 256 opcodes. */
	public static final int DEFAULT_SIZE = 0x100;

	public OpcodeRange {
		if (first < DEVELOPMENT_BASE || last >= END || last < first) {
			throw new IllegalArgumentException("not a plugin opcode range: " + hex(first) + "-" + hex(last));
		}
	}

	/** The range of {@link #DEFAULT_SIZE} opcodes from {@code base}, cut at {@link #END}. */
	public static OpcodeRange from(int base) {
		return new OpcodeRange(base, Math.min(base + DEFAULT_SIZE, END) - 1);
	}

	public boolean contains(int opcode) {
		return opcode >= first && opcode <= last;
	}

	/** Whether a base lies where xNVSE accepts one. */
	public static boolean isPluginBase(long base) {
		return base >= DEVELOPMENT_BASE && base < END;
	}

	/**
	 * An opcode or base as a user writes it: hexadecimal with {@code 0x}, as xNVSE writes opcodes, or decimal; empty
	 * for anything else (a negative number, words).
	 */
	public static java.util.OptionalLong parse(String text) {
		String digits = text.strip().toLowerCase(Locale.ROOT);
		try {
			long value = digits.startsWith("0x") ? Long.parseLong(digits.substring(2), 16) : Long.parseLong(digits);
			return value >= 0 ? java.util.OptionalLong.of(value) : java.util.OptionalLong.empty();
		} catch (NumberFormatException e) {
			return java.util.OptionalLong.empty();
		}
	}

	/** {@code 0x2000-0x20FF}, as the ledger writes it. */
	@Override
	public String toString() {
		return hex(first) + "-" + hex(last);
	}

	/** {@code 0x20FF}: how xNVSE's log, its headers and the ledger write opcodes. */
	public static String hex(long opcode) {
		return "0x" + Long.toHexString(opcode).toUpperCase(Locale.ROOT);
	}
}
