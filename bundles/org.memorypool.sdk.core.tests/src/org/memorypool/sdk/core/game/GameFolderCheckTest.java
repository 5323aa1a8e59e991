// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameFolderCheckTest {

	private static final String CHOOSE = "choose the Fallout: New Vegas folder, the one that holds FalloutNV.exe";

	@TempDir
	Path dir;

	private void assertCheck(Path folder, List<String> errors, List<String> warnings) {
		GameFolderCheck check = GameFolderCheck.of(folder);
		assertEquals(errors, check.errors());
		assertEquals(warnings, check.warnings());
		assertEquals(errors.isEmpty(), check.usable());
	}

	@Test
	void aGameWithXnvseIsFine() throws Exception {
		Files.writeString(dir.resolve("FalloutNV.exe"), "MZ");
		Files.writeString(dir.resolve("nvse_loader.exe"), "MZ");
		assertCheck(dir, List.of(), List.of());
	}

	@Test
	void withoutXnvseItIsUsableWithAWarning() throws Exception {
		Files.writeString(dir.resolve("FalloutNV.exe"), "MZ");
		assertCheck(dir, List.of(), List.of(dir + " has no nvse_loader.exe: install xNVSE"
				+ " (https://github.com/xNVSE/NVSE/releases), or the game will not load NVSE plugins"));
	}

	@Test
	void aFolderWithoutTheGameIsAnError() {
		assertCheck(dir, List.of(dir + " has no FalloutNV.exe: " + CHOOSE), List.of());
	}

	@Test
	void aFileOrNothingIsAnError() throws Exception {
		Path file = Files.writeString(dir.resolve("FalloutNV.exe"), "MZ");
		assertCheck(file, List.of(file + " is not a folder: " + CHOOSE), List.of());
		assertCheck(dir.resolve("nowhere"), List.of(dir.resolve("nowhere") + " does not exist: " + CHOOSE), List.of());
	}
}
