package org.memorypool.sdk.core.logs;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** How the game's, NVSE's and the crash loggers' text files are decoded. */
public final class LogText {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private LogText() {
	}

	/** UTF-8, or Windows-1252 (the ANSI code page Windows programs write) where the bytes are not UTF-8. */
	public static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, WINDOWS_1252);
		}
	}
}
