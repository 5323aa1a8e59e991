package org.memorypool.sdk.core.logs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.memorypool.sdk.core.game.ExistingNames;
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

	public static final String NVSE_LOG = "nvse.log";

	public GameLogs {
		files = List.copyOf(files);
	}

	/**
	 * @param pluginName the project's name, which generated plugins give their log
	 * @param overwrite  Mod Organizer 2's overwrite folder, when MO2 runs the game
	 */
	public static GameLogs of(GameLayout game, String pluginName, Optional<Path> overwrite) {
		List<Path> files = new ArrayList<>();
		for (Path folder : overwrite.isPresent() ? List.of(game.root(), overwrite.get()) : List.of(game.root())) {
			files.add(ExistingNames.resolve(folder, pluginName + ".log"));
			files.add(ExistingNames.resolve(folder, NVSE_LOG));
			files.add(ExistingNames.resolve(folder, "MemoryPoolNVSE.log"));
		}
		return new GameLogs(files);
	}
}
