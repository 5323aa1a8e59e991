// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Steam's {@code libraryfolders.vdf} and the KeyValues text it is written in. */
class SteamLibraryTest {

	@Test
	void windowsLibrariesWithEscapedBackslashesSpacesAndApps() throws IOException {
		assertEquals(List.of(new SteamLibrary("C:\\Program Files (x86)\\Steam", Set.of("228980", "1493710")),
				new SteamLibrary("D:\\Games\\Steam Library (2)", Set.of("22380", "22490"))),
				SteamLibrary.parse(Files.readString(Path.of("testdata/steam/libraryfolders-windows.vdf"))));
	}

	@Test
	void theFormatBefore2021ListsPathsWithoutApps() throws IOException {
		assertEquals(List.of(new SteamLibrary("E:\\SteamLibrary", Set.of())),
				SteamLibrary.parse(Files.readString(Path.of("testdata/steam/libraryfolders-before-2021.vdf"))));
	}

	@Test
	void keyValuesUnderstandEscapesWordsCommentsAndConditions() throws IOException {
		List<KeyValues> top = KeyValues.parse("""
				// a comment
				"root" {
					key "a \\"quoted\\" \\\\ value"   [$WIN32]
					"block" { "n" "1" } // another
					"tab" "x\\ty"
				}
				""");
		KeyValues root = top.get(0);
		assertEquals(Optional.of("a \"quoted\" \\ value"), root.string("KEY"));
		assertEquals(Optional.of("1"), root.child("block").flatMap(b -> b.string("n")));
		assertEquals(Optional.of("x\ty"), root.string("tab"));
		assertEquals(Optional.empty(), root.string("block"), "a block has no string value");
	}

	static Stream<Arguments> malformed() {
		return Stream.of(Arguments.of("\"libraryfolders\"\n{\n\t\"0\"\n\t{\n", "line 5: the block \"0\" is not closed with '}'"),
				Arguments.of("\"libraryfolders\" { \"path\" }", "line 1: the key \"path\" has no value"),
				Arguments.of("\"a\" \"b\" }", "line 1: '}' without a matching '{'"),
				Arguments.of("\"a\"\n\"b", "line 2: a string is not closed with '\"'"),
				Arguments.of("\"other\" { }", "no \"libraryfolders\" block"));
	}

	@ParameterizedTest
	@MethodSource("malformed")
	void aDamagedFileNamesTheLine(String vdf, String message) {
		assertEquals(message, assertThrows(IOException.class, () -> SteamLibrary.parse(vdf)).getMessage());
	}

	/** The trial's file: ten thousand nested blocks overflowed the reader's stack; the reader now stops at its limit. */
	@Test
	void blocksNestedDeeperThanSteamWritesAreRefusedByTheReader() {
		String deep = "\"libraryfolders\"\n" + "{\"a\"".repeat(10_000) + "}".repeat(10_000);
		IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> KeyValues.parse(deep));
		assertTrue(e.getMessage().contains("nest deeper than 64 levels"), e.getMessage());
		org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> KeyValues.parse("\"a\"" + "{\"b\"".repeat(60)
				+ "\"v\"" + "}".repeat(60)));
	}
}
