package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.memorypool.sdk.core.pe.PeFormatException;
import org.memorypool.sdk.core.pe.PeImage;
import org.memorypool.sdk.core.pe.PeReader;

/**
 * Looks at a game folder and tells what of the MemoryPool runtime is deployed there: each DLL present or not,
 * 32-bit or not, the same as the SDK ships or another build; and what the plugin's log says it chose.
 */
public final class RuntimeInspector {

	/** The plugin logs its choice as one line "Allocator: <status>" (see MemoryPool.h). */
	private static final Pattern ALLOCATOR_LINE = Pattern.compile("MemoryPoolNVSE: Allocator: (.+?)\\s*$");

	private final Path shippedPlugin;
	private final Path shippedJemalloc;

	/** Compares what is deployed with the files the SDK ships ({@code MemoryPoolNVSE.dll}, {@code jemalloc.dll}). */
	public RuntimeInspector(Path shippedPlugin, Path shippedJemalloc) {
		this.shippedPlugin = shippedPlugin;
		this.shippedJemalloc = shippedJemalloc;
	}

	public RuntimeState inspect(GameLayout game) {
		return new RuntimeState(game, file(game.memoryPoolPlugin(), shippedPlugin), file(game.jemalloc(), shippedJemalloc),
				lastAllocator(game.memoryPoolLog()));
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
			if (Files.isRegularFile(shipped) && Arrays.equals(Files.readAllBytes(deployed), Files.readAllBytes(shipped))) {
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

	private static Optional<String> lastAllocator(Path log) {
		if (!Files.isRegularFile(log)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
			for (int i = lines.size() - 1; i >= 0; i--) {
				Matcher m = ALLOCATOR_LINE.matcher(lines.get(i));
				if (m.find()) {
					return Optional.of(m.group(1));
				}
			}
			return Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
