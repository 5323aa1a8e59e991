// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.nio.file.Path;

/**
 * Where things are in a Fallout: New Vegas install, and where the MemoryPool runtime goes in it; each name is the
 * existing file or folder of that name in any case, as Windows and Wine find it ({@link ExistingNames}).
 */
public record GameLayout(Path root) {

	public Path exe() {
		return ExistingNames.resolve(root, "FalloutNV.exe");
	}

	public Path nvseLoader() {
		return ExistingNames.resolve(root, "nvse_loader.exe");
	}

	public Path pluginsFolder() {
		return ExistingNames.resolve(root, "Data", "NVSE", "Plugins");
	}

	public Path memoryPoolPlugin() {
		return ExistingNames.resolve(pluginsFolder(), "MemoryPoolNVSE.dll");
	}

	/** Next to the EXE: the plugin loads it by full path from the EXE's folder. */
	public Path jemalloc() {
		return ExistingNames.resolve(root, "jemalloc.dll");
	}

	/** The plugin writes its log next to the EXE. */
	public Path memoryPoolLog() {
		return ExistingNames.resolve(root, "MemoryPoolNVSE.log");
	}

	/** xNVSE's log: {@code IDebugLog gLog("nvse.log")}, relative to the game's working folder, the EXE's. */
	public Path nvseLog() {
		return ExistingNames.resolve(root, "nvse.log");
	}

	/** A generated plugin's own log ({@code Log.cpp}): its project's name, next to the EXE. */
	public Path pluginLog(String pluginName) {
		return ExistingNames.resolve(root, pluginName + ".log");
	}
}
