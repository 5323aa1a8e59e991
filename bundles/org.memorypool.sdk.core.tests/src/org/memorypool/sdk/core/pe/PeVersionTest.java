// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file version of a version resource, in images built for real with MinGW-w64's windres, as FalloutNV.exe and
 * xNVSE's DLLs carry theirs.
 */
class PeVersionTest {

	@TempDir
	Path dir;

	private byte[] build(String resourceScript) throws Exception {
		Files.writeString(dir.resolve("main.c"), "int main(void) { return 0; }\n");
		if (resourceScript == null) {
			Mingw.run(dir, "i686-w64-mingw32-gcc", "-o", "game.exe", "main.c");
		} else {
			Files.writeString(dir.resolve("version.rc"), resourceScript);
			Mingw.run(dir, "i686-w64-mingw32-windres", "version.rc", "-O", "coff", "-o", "version.o");
			Mingw.run(dir, "i686-w64-mingw32-gcc", "-o", "game.exe", "main.c", "version.o");
		}
		return Files.readAllBytes(dir.resolve("game.exe"));
	}

	@Test
	void theFixedFileVersionIsRead() throws Exception {
		byte[] exe = build("""
				#include <winver.h>
				VS_VERSION_INFO VERSIONINFO
				FILEVERSION 1,4,0,525
				PRODUCTVERSION 1,4,0,0
				BEGIN
				  BLOCK "StringFileInfo"
				  BEGIN
				    BLOCK "040904b0"
				    BEGIN
				      VALUE "FileVersion", "1, 4, 0, 525"
				    END
				  END
				END
				""");
		assertEquals(Optional.of(new PeVersion(1, 4, 0, 525)), PeReader.fileVersion(exe, "game.exe"));
		assertEquals("1.4.0.525", PeReader.fileVersion(exe, "game.exe").orElseThrow().toString());
	}

	@Test
	void anImageWithoutAVersionResourceHasNoVersion() throws Exception {
		assertEquals(Optional.empty(), PeReader.fileVersion(build(null), "game.exe"));
		byte[] otherResource = build("1 RCDATA { \"just data\" }\n");
		assertEquals(Optional.empty(), PeReader.fileVersion(otherResource, "game.exe"));
	}

	@Test
	void aVersionResourceWithoutItsSignatureIsRefused() throws Exception {
		byte[] exe = build("#include <winver.h>\nVS_VERSION_INFO VERSIONINFO\nFILEVERSION 6,4,8,0\nBEGIN\nEND\n");
		assertEquals(Optional.of(new PeVersion(6, 4, 8, 0)), PeReader.fileVersion(exe, "nvse.dll"));
		int at = indexOf(exe, new byte[] { (byte) 0xBD, 0x04, (byte) 0xEF, (byte) 0xFE });
		exe[at] = 0;
		PeFormatException e = assertThrows(PeFormatException.class, () -> PeReader.fileVersion(exe, "nvse.dll"));
		assertTrue(e.getMessage().contains("no VS_FIXEDFILEINFO"), e.getMessage());
	}

	private static int indexOf(byte[] bytes, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= bytes.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (bytes[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new AssertionError("not found");
	}
}
