// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.nio.file.Path;
import java.util.Optional;

import org.memorypool.sdk.core.game.ExistingNames;
import org.memorypool.sdk.core.game.GameLayout;

/**
 * Where a plugin and the MemoryPool runtime go. Into the game: the plugin and {@code MemoryPoolNVSE.dll} into
 * {@code Data/NVSE/Plugins/}, {@code jemalloc.dll} next to {@code FalloutNV.exe}. With Mod Organizer 2, nothing goes
 * into the game: the plugin into its own mod {@code <mods>/<modName>/NVSE/Plugins/}, and the runtime, both files, into
 * the mod {@code <mods>/MemoryPoolNVSE/NVSE/Plugins/} (a mod cannot place files next to the EXE; the runtime looks for
 * jemalloc.dll beside itself first).
 */
public record DeployTarget(GameLayout game, Optional<Path> modOrganizerMods) {

	/** The mod, in Mod Organizer 2's mods folder, that holds the MemoryPool runtime. */
	public static final String RUNTIME_MOD = "MemoryPoolNVSE";

	public Path pluginsFolder(String modName) {
		return modOrganizerMods.map(mods -> ExistingNames.resolve(mods, modName, "NVSE", "Plugins"))
				.orElse(game.pluginsFolder());
	}

	public Path memoryPoolPlugin() {
		return ExistingNames.resolve(pluginsFolder(RUNTIME_MOD), "MemoryPoolNVSE.dll");
	}

	public Path jemalloc() {
		return modOrganizerMods.isPresent() ? ExistingNames.resolve(pluginsFolder(RUNTIME_MOD), "jemalloc.dll")
				: game.jemalloc();
	}
}
