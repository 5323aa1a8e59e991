// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.logs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.memorypool.sdk.core.game.GameLayout;

/**
 * The logs a run of the game writes about a plugin, all in the game's folder (the folder of {@code FalloutNV.exe},
 * the game's working folder): the plugin's own {@code <Name>.log} (generated projects' {@code Log.cpp}), xNVSE's
 * {@code nvse.log} (its {@code IDebugLog gLog("nvse.log")}, relative to the working folder) and the MemoryPool
 * runtime's {@code MemoryPoolNVSE.log}. When Mod Organizer 2 runs the game, files the game creates land in MO2's
 * overwrite folder instead, so the same names are followed there too.
 *
 * @param files the files to follow, in the order their lines are shown
 */
public record GameLogs(List<Path> files) {

	public GameLogs {
		files = List.copyOf(files);
	}

	/**
	 * @param pluginName the project's name, which generated plugins give their log
	 * @param overwrite  Mod Organizer 2's overwrite folder, when MO2 runs the game: it stands for the game's folder
	 */
	public static GameLogs of(GameLayout game, String pluginName, Optional<Path> overwrite) {
		List<Path> files = new ArrayList<>();
		for (GameLayout folder : overwrite.isPresent() ? List.of(game, new GameLayout(overwrite.get())) : List.of(game)) {
			files.add(folder.pluginLog(pluginName));
			files.add(folder.nvseLog());
			files.add(folder.memoryPoolLog());
		}
		return new GameLogs(files);
	}
}
