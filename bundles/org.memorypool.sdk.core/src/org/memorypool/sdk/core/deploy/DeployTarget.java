package org.memorypool.sdk.core.deploy;

import java.nio.file.Path;
import java.util.Optional;

import org.memorypool.sdk.core.game.ExistingNames;
import org.memorypool.sdk.core.game.GameLayout;

/**
 * Where a plugin goes: the game's {@code Data/NVSE/Plugins/}, or with Mod Organizer 2 the mod's own folder
 * {@code <mods>/<modName>/NVSE/Plugins/}. The MemoryPool runtime always goes into the game itself, since
 * jemalloc.dll must sit next to FalloutNV.exe.
 */
public record DeployTarget(GameLayout game, Optional<Path> modOrganizerMods) {

	public Path pluginsFolder(String modName) {
		return modOrganizerMods.map(mods -> ExistingNames.resolve(mods, modName, "NVSE", "Plugins"))
				.orElse(game.pluginsFolder());
	}
}
