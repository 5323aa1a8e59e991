package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
		return new RuntimeState(game, file(game.memoryPoolPlugin(), shippedPlugin), file(game.jemalloc(), shippedJemalloc),
				RuntimeLog.read(game.memoryPoolLog()).allocator());
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
