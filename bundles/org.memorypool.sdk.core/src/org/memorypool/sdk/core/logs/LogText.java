// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.logs;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** How the game's, NVSE's and the crash loggers' text files, and the reports players save from Windows, are decoded. */
public final class LogText {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
	/** How much of a text without a byte order mark is looked at to tell UTF-16 (Windows' "Unicode") from the rest. */
	private static final int SNIFF_BYTES = 1024;

	private LogText() {
	}

	/**
	 * The text of a file, or of its start: by its byte order mark when it has one (UTF-8, or UTF-16 in either order,
	 * which Event Viewer, Notepad's "Unicode" and PowerShell's redirection write); else UTF-16LE when it looks like it
	 * (mostly ASCII with every second byte zero); else UTF-8, or Windows-1252 (the ANSI code page Windows programs
	 * write) where the bytes are not UTF-8. The mark is not part of the text.
	 */
	public static String decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return utf8OrAnsi(ByteBuffer.wrap(bytes, 3, bytes.length - 3));
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		if (looksLikeUtf16Le(bytes)) {
			return new String(bytes, StandardCharsets.UTF_16LE);
		}
		return utf8OrAnsi(ByteBuffer.wrap(bytes));
	}

	private static String utf8OrAnsi(ByteBuffer bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.duplicate()).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes.array(), bytes.position(), bytes.remaining(), WINDOWS_1252);
		}
	}

	private static boolean startsWith(byte[] bytes, int... mark) {
		if (bytes.length < mark.length) {
			return false;
		}
		for (int i = 0; i < mark.length; i++) {
			if ((bytes[i] & 0xFF) != mark[i]) {
				return false;
			}
		}
		return true;
	}

	/** At least 4 characters, and in nine of ten pairs a printable ASCII byte followed by a zero byte. */
	private static boolean looksLikeUtf16Le(byte[] bytes) {
		int pairs = Math.min(bytes.length, SNIFF_BYTES) / 2;
		if (pairs < 4) {
			return false;
		}
		int ascii = 0;
		for (int i = 0; i < pairs; i++) {
			int low = bytes[2 * i] & 0xFF;
			if (bytes[2 * i + 1] == 0 && (low >= 0x20 && low < 0x7F || low == '\t' || low == '\r' || low == '\n')) {
				ascii++;
			}
		}
		return ascii * 10 >= pairs * 9;
	}
}
