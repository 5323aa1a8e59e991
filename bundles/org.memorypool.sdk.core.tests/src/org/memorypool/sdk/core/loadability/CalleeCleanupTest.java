// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.loadability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Function bodies as GCC and MSVC emit them (hex), and what their first return pops. */
class CalleeCleanupTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			// mov eax,[esp+8]; mov dword [eax],1; mov dword [eax+4],imm32; mov eax,1; ret 8
			"gcc -O2 __stdcall Query | 8b442408 c70001000000 c74004aabbccdd b801000000 c20800 | 8",
			// the same with ret: cdecl
			"gcc -O2 cdecl Query | 8b442408 c70001000000 c74004aabbccdd b801000000 c3 | 0",
			// push ebp; mov ebp,esp; sub esp,0x18; mov eax,[ebp+0xc]; mov dword [eax],1; movzx eax,byte [ebp-1]; leave; ret 4
			"gcc -O0 __stdcall Load | 55 89e5 83ec18 8b450c c70001000000 0fb645ff c9 c20400 | 4",
			// push esi; sub esp,8; call rel32; test al,al; je +5; lea esi,[esi+0]; add esp,8; pop esi; ret
			"a call and a branch, cdecl | 56 83ec08 e800000000 84c0 7405 8d742600 83c408 5e c3 | 0",
			// mov ax,imm16 (operand-size prefix); xor eax,eax; ret 8
			"operand-size prefix | 66b83412 31c0 c20800 | 8",
			// SIB with disp32 and no base; cmovne; setne; ret
			"SIB, cmov, setcc | 8b04250000 0000 0f45c1 0f95c0 c3 | 0" })
	void findsWhatTheFirstReturnPops(String what, String hex, int popped) {
		assertEquals(OptionalInt.of(popped), CalleeCleanup.argumentBytesPopped(bytes(hex)), what);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			// jmp rel32 first: an incremental-linking thunk; what follows is another function
			"a jump first | e9aabbccdd c20800",
			// int3 padding before any return
			"int3 | 90 cc c20800",
			// cut in the middle of an instruction
			"truncated | c7000100",
			// an opcode the decoder does not follow (hlt)
			"unknown opcode | f4 c20800",
			// address-size prefix: not compiled 32-bit code
			"address-size prefix | 67 8b00 c3" })
	void givesNoAnswerWhereItCannotFollowTheCode(String what, String hex) {
		assertEquals(OptionalInt.empty(), CalleeCleanup.argumentBytesPopped(bytes(hex)), what);
	}

	private static byte[] bytes(String hex) {
		return HexFormat.of().parseHex(hex.replace(" ", ""));
	}
}
