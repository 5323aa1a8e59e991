package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.pe.PeFormatException;
import org.memorypool.sdk.core.pe.PeImage;
import org.memorypool.sdk.core.pe.PeReader;

/**
 * Looks at a game folder and tells what of the MemoryPool runtime is deployed there: each DLL present or not,
 * 32-bit or not, the same as the SDK ships or another build; and what the plugin's log says it chose.
 */
public final class RuntimeInspector {

	/** The plugin logs its choice as one line "Allocator: <status>" (see MemoryPool.h). */
	private static final String ALLOCATOR = "MemoryPoolNVSE: Allocator: ";
	/** The runtime logs its allocator at start; the end of a log says which run it was. */
	private static final int TAIL_BYTES = 1024 * 1024;

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

	/**
	 * The allocator the runtime's log names last ({@code MemoryPoolNVSE: Allocator: <name>}), read from the log's
	 * last megabyte (a game's log is input that can be any size), without regular expressions; escaped for printing.
	 */
	static Optional<String> lastAllocator(Path log) {
		if (!Files.isRegularFile(log)) {
			return Optional.empty();
		}
		try (SeekableByteChannel channel = Files.newByteChannel(log)) {
			long size = channel.size();
			int length = (int) Math.min(size, TAIL_BYTES);
			ByteBuffer tail = ByteBuffer.allocate(length);
			channel.position(size - length);
			while (tail.hasRemaining() && channel.read(tail) >= 0) {
				// Read the whole tail.
			}
			String text = new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1);
			int at = text.lastIndexOf(ALLOCATOR);
			if (at < 0) {
				return Optional.empty();
			}
			int end = text.indexOf('\n', at);
			String name = text.substring(at + ALLOCATOR.length(), end < 0 ? text.length() : end).strip();
			return name.isEmpty() ? Optional.empty() : Optional.of(TerminalText.escape(name));
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
