// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a folder chosen as the game folder. Errors make it unusable; warnings leave it usable, e.g.
 * without xNVSE plugins can be deployed but the game will not load them.
 */
public record GameFolderCheck(Path folder, List<String> errors, List<String> warnings) {

	public GameFolderCheck {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	public static GameFolderCheck of(Path folder) {
		GameLayout game = new GameLayout(folder);
		List<String> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		if (!Files.exists(folder)) {
			errors.add(folder + " does not exist: choose the Fallout: New Vegas folder, the one that holds FalloutNV.exe");
		} else if (!Files.isDirectory(folder)) {
			errors.add(folder + " is not a folder: choose the Fallout: New Vegas folder, the one that holds FalloutNV.exe");
		} else if (!Files.isRegularFile(game.exe())) {
			errors.add(folder + " has no FalloutNV.exe: choose the Fallout: New Vegas folder, the one that holds FalloutNV.exe");
		} else if (!Files.isRegularFile(game.nvseLoader())) {
			warnings.add(folder + " has no nvse_loader.exe: install xNVSE (https://github.com/xNVSE/NVSE/releases),"
					+ " or the game will not load NVSE plugins");
		}
		return new GameFolderCheck(folder, errors, warnings);
	}

	/** Whether plugins can be deployed into the folder. */
	public boolean usable() {
		return errors.isEmpty();
	}
}
