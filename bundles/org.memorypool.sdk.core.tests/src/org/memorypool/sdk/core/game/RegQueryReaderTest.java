// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value in what {@code reg query <key> /v <name>} prints. */
class RegQueryReaderTest {

	private static final String OUTPUT = """

			HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Bethesda Softworks\\FalloutNV
			    Installed Path    REG_SZ    C:\\Program Files (x86)\\Steam\\steamapps\\common\\Fallout New Vegas\\
			    Language    REG_EXPAND_SZ    english
			    Count    REG_DWORD    0x1
			    Empty    REG_SZ

			""".replace("\n", "\r\n");

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"Installed Path | C:\\Program Files (x86)\\Steam\\steamapps\\common\\Fallout New Vegas\\",
			"installed path | C:\\Program Files (x86)\\Steam\\steamapps\\common\\Fallout New Vegas\\",
			"Language       | english",
			"Count          | -",
			"Empty          | -",
			"Missing        | -" })
	void readsStringValuesOnly(String name, String value) {
		assertEquals(Optional.ofNullable(value), RegQueryReader.value(OUTPUT, name));
	}

	@org.junit.jupiter.api.Test
	@org.junit.jupiter.api.Timeout(5)
	void aLineThatWouldMakeARegularExpressionBacktrackIsReadAtOnce() {
		String line = "    Installed Path" + " ".repeat(200_000) + "REG" + " ".repeat(200_000) + "x\n";
		assertEquals(Optional.empty(), RegQueryReader.value(line.repeat(5), "Installed Path"));
	}
}
