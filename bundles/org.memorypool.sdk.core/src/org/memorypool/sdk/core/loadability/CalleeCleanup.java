// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.loadability;

import java.util.OptionalInt;

/**
 * Whether an exported i386 function removes its own arguments from the stack ({@code ret n}, as {@code __stdcall}
 * and {@code __fastcall} functions do) or leaves them to the caller ({@code ret}, cdecl). xNVSE calls the entry points
 * as cdecl functions, so one exported under its plain name ({@code -Wl,--kill-at}, or a .def file with
 * {@code --enable-stdcall-fixup}) leaves the game's stack off by its argument bytes.
 * <p>
 * It decodes the instructions from the function's first byte, in order, until the first return, knowing the length
 * of the instructions compilers emit in ordinary functions (Intel SDM Vol. 2, opcode maps, 32-bit
 * addressing). It gives up, with no answer, at any instruction it does not know, at an unconditional jump (the
 * code that follows may belong to another function), after {@value #MAX_INSTRUCTIONS} instructions or at the end of
 * the bytes: no answer is never a finding.
 */
final class CalleeCleanup {

	static final int MAX_INSTRUCTIONS = 2000;

	private final byte[] code;
	private int at;
	private boolean operandSize16;

	private CalleeCleanup(byte[] code) {
		this.code = code;
	}

	/**
	 * The bytes the function's first return pops besides the return address: 0 for cdecl, the argument bytes for
	 * stdcall or fastcall; empty when the decoder cannot tell.
	 */
	static OptionalInt argumentBytesPopped(byte[] code) {
		return new CalleeCleanup(code).decode();
	}

	private OptionalInt decode() {
		for (int n = 0; n < MAX_INSTRUCTIONS; n++) {
			operandSize16 = false;
			int opcode = prefixedOpcode();
			if (opcode < 0) {
				return OptionalInt.empty();
			}
			if (opcode == 0xC3) {
				return OptionalInt.of(0);
			}
			if (opcode == 0xC2) {
				return has(2) ? OptionalInt.of(u8(at) | u8(at + 1) << 8) : OptionalInt.empty();
			}
			if (!skipOperands(opcode)) {
				return OptionalInt.empty();
			}
		}
		return OptionalInt.empty();
	}

	/** The opcode after any prefixes, {@code at} past it; -1 at the end or at an address-size prefix. */
	private int prefixedOpcode() {
		while (has(1)) {
			int b = u8(at++);
			switch (b) {
			case 0x66 -> operandSize16 = true;
			case 0xF0, 0xF2, 0xF3, 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65 -> {
			}
			case 0x67 -> {
				return -1; // 16-bit addressing: not in compiled 32-bit code
			}
			default -> {
				return b;
			}
			}
		}
		return -1;
	}

	/** Moves past the operands of a one-byte opcode; false for what this decoder does not follow. */
	private boolean skipOperands(int op) {
		if (op < 0x40 && (op & 7) < 6) {
			return switch (op & 7) {
			case 0, 1, 2, 3 -> modrm();
			case 4 -> skip(1);
			default -> skip(immediate());
			};
		}
		if (op >= 0x40 && op <= 0x61 || op >= 0x90 && op <= 0x99 || op >= 0xA4 && op <= 0xA7 || op >= 0xAA && op <= 0xAF
				|| op == 0xC9 || op >= 0xF8 && op <= 0xFD || op == 0xF5 || op >= 0x9C && op <= 0x9F) {
			return true;
		}
		if (op >= 0x70 && op <= 0x7F || op == 0x6A || op == 0xA8 || op >= 0xB0 && op <= 0xB7) {
			return skip(1);
		}
		if (op >= 0xB8 && op <= 0xBF || op == 0x68 || op == 0xA9) {
			return skip(immediate());
		}
		return switch (op) {
		case 0x0F -> twoByte();
		case 0x69, 0x81, 0xC7 -> modrm() && skip(immediate());
		case 0x6B, 0x80, 0x83, 0xC0, 0xC1, 0xC6 -> modrm() && skip(1);
		case 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F, 0xD0, 0xD1, 0xD2, 0xD3, 0xD8, 0xD9,
				0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xFE -> modrm();
		case 0xA0, 0xA1, 0xA2, 0xA3 -> skip(4);
		case 0xE8 -> skip(4);
		case 0xF6 -> group3(1);
		case 0xF7 -> group3(immediate());
		case 0xFF -> group5();
		default -> false; // jmp, int3, far and rare forms: stop
		};
	}

	private boolean twoByte() {
		if (!has(1)) {
			return false;
		}
		int op = u8(at++);
		if (op >= 0x80 && op <= 0x8F) {
			return skip(4);
		}
		if (op >= 0xC8 && op <= 0xCF || op == 0xA2 || op == 0x31) {
			return true;
		}
		if (op == 0x38) {
			return skip(1) && modrm();
		}
		if (op == 0x3A || op >= 0x70 && op <= 0x73 || op == 0xA4 || op == 0xAC || op == 0xBA || op == 0xC2 || op >= 0xC4 && op <= 0xC6) {
			return op == 0x3A ? skip(1) && modrm() && skip(1) : modrm() && skip(1);
		}
		if (op >= 0x10 && op <= 0x17 || op == 0x18 || op == 0x1F || op >= 0x28 && op <= 0x2F || op >= 0x40 && op <= 0x6F
				|| op >= 0x74 && op <= 0x76 || op >= 0x7E && op <= 0x7F || op >= 0x90 && op <= 0x9F || op == 0xA3 || op == 0xA5
				|| op == 0xAB || op == 0xAD || op == 0xAE || op == 0xAF || op >= 0xB0 && op <= 0xB3 || op >= 0xB6 && op <= 0xBF
				|| op == 0xC0 || op == 0xC1 || op >= 0xD0 && op <= 0xFE) {
			return modrm();
		}
		return false;
	}

	/** F6/F7: /0 and /1 (test) take an immediate, the others none. */
	private boolean group3(int immediate) {
		if (!has(1)) {
			return false;
		}
		int reg = u8(at) >> 3 & 7;
		return modrm() && (reg > 1 || skip(immediate));
	}

	/** FF: inc, dec, call and push follow; jmp (/4, /5) ends what linear decoding can tell. */
	private boolean group5() {
		if (!has(1)) {
			return false;
		}
		int reg = u8(at) >> 3 & 7;
		return reg != 4 && reg != 5 && reg != 7 && modrm();
	}

	/** Moves past a ModRM byte and its SIB byte and displacement (32-bit addressing). */
	private boolean modrm() {
		if (!has(1)) {
			return false;
		}
		int modrm = u8(at++);
		int mod = modrm >> 6;
		int rm = modrm & 7;
		if (mod == 3) {
			return true;
		}
		int displacement = mod == 1 ? 1 : mod == 2 ? 4 : 0;
		if (rm == 4) {
			if (!has(1)) {
				return false;
			}
			int sib = u8(at++);
			if (mod == 0 && (sib & 7) == 5) {
				displacement = 4;
			}
		} else if (mod == 0 && rm == 5) {
			displacement = 4;
		}
		return skip(displacement);
	}

	private int immediate() {
		return operandSize16 ? 2 : 4;
	}

	private boolean skip(int bytes) {
		if (!has(bytes)) {
			return false;
		}
		at += bytes;
		return true;
	}

	private boolean has(int bytes) {
		return at + bytes <= code.length;
	}

	private int u8(int index) {
		return code[index] & 0xFF;
	}
}
