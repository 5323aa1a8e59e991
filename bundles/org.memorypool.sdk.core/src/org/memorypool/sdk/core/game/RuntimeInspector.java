// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.memorypool.sdk.core.pe.PeFormatException;
import org.memorypool.sdk.core.pe.PeImage;
import org.memorypool.sdk.core.pe.PeReader;

/**
 * Looks at a game folder and tells what of the MemoryPool runtime is deployed there: each DLL present or not,
 * 32-bit or not, the same as the SDK ships or another build; and what the plugin's log says it chose.
 */
public final class RuntimeInspector {

	private final Path shippedPlugin;
	private final Path shippedJemalloc;

	/** Compares what is deployed with the files the SDK ships ({@code MemoryPoolNVSE.dll}, {@code jemalloc.dll}). */
	public RuntimeInspector(Path shippedPlugin, Path shippedJemalloc) {
		this.shippedPlugin = shippedPlugin;
		this.shippedJemalloc = shippedJemalloc;
	}

	public RuntimeState inspect(GameLayout game) {
		return inspect(game, game.memoryPoolPlugin(), game.jemalloc(), List.of(game.memoryPoolLog()));
	}

	/**
	 * The runtime where a deploy puts it (in the game, or as Mod Organizer 2's mod), and the newest of the logs its
	 * runs may have left (next to the EXE, or in MO2's overwrite folder).
	 */
	public RuntimeState inspect(GameLayout game, Path plugin, Path jemalloc, List<Path> logs) {
		return new RuntimeState(game, file(plugin, shippedPlugin), file(jemalloc, shippedJemalloc),
				RuntimeLog.newest(logs).map(RuntimeLog::read).flatMap(RuntimeLog::allocator));
	}

	private static DeployedFile file(Path deployed, Path shipped) {
		if (!Files.isRegularFile(deployed)) {
			return new DeployedFile(deployed, "not deployed", false);
		}
		try {
			PeImage image = PeReader.read(deployed);
			if (!image.isPe32I386()) {
				return new DeployedFile(deployed, "wrong architecture: " + image.machineName() + ", the game needs i386", false);
			}
			if (Files.isRegularFile(shipped) && Files.size(deployed) == Files.size(shipped)
					&& Files.mismatch(deployed, shipped) == -1) {
				return new DeployedFile(deployed, "deployed, the same as this SDK ships", true);
			}
			return new DeployedFile(deployed, "deployed, a different build than this SDK ships (" + Files.size(deployed) + " bytes, "
					+ Files.getLastModifiedTime(deployed) + ")", true);
		} catch (PeFormatException e) {
			return new DeployedFile(deployed, "corrupt: " + e.getMessage(), false);
		} catch (IOException e) {
			return new DeployedFile(deployed, "cannot be read: " + e.getMessage(), false);
		}
	}
}
