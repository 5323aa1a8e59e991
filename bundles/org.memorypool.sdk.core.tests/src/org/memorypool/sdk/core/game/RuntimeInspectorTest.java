// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.pe.PeReaderTestData;

class RuntimeInspectorTest {

	@TempDir
	Path dir;

	private GameLayout game;
	private Path shippedPlugin;
	private Path shippedJemalloc;
	private RuntimeInspector inspector;

	@BeforeEach
	void shippedRuntime() throws Exception {
		game = new GameLayout(Files.createDirectories(dir.resolve("Fallout New Vegas")));
		Files.createDirectories(game.pluginsFolder());
		shippedPlugin = Files.write(dir.resolve("MemoryPoolNVSE.dll"), PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll")));
		shippedJemalloc = Files.write(dir.resolve("jemalloc.dll"), PeReaderTestData.plugin(0x14C, false, List.of("msvcrt.dll")));
		inspector = new RuntimeInspector(shippedPlugin, shippedJemalloc);
	}

	@Test
	void anEmptyGameFolderHasNothingDeployedAndNoLog() {
		RuntimeState state = inspector.inspect(game);
		assertEquals(new DeployedFile(game.memoryPoolPlugin(), "not deployed", false), state.plugin());
		assertEquals(new DeployedFile(game.jemalloc(), "not deployed", false), state.jemalloc());
		assertEquals(Optional.empty(), state.lastAllocator());
	}

	@Test
	void theShippedFilesAreRecognised() throws Exception {
		Files.copy(shippedPlugin, game.memoryPoolPlugin());
		Files.copy(shippedJemalloc, game.jemalloc());
		RuntimeState state = inspector.inspect(game);
		assertEquals("deployed, the same as this SDK ships", state.plugin().state());
		assertTrue(state.plugin().ok() && state.jemalloc().ok());
	}

	@Test
	void anotherBuildAWrongArchitectureAndACorruptFileAreToldApart() throws Exception {
		Files.write(game.memoryPoolPlugin(), PeReaderTestData.plugin(0x14C, false, List.of("USER32.dll")));
		Files.write(game.jemalloc(), PeReaderTestData.plugin(0x8664, true, List.of()));
		RuntimeState state = inspector.inspect(game);
		assertTrue(state.plugin().state().startsWith("deployed, a different build than this SDK ships ("), state.plugin().state());
		assertTrue(state.plugin().ok());
		assertEquals("wrong architecture: x86-64 (0x8664), the game needs i386", state.jemalloc().state());
		assertFalse(state.jemalloc().ok());
		Files.writeString(game.jemalloc(), "not a dll");
		assertTrue(inspector.inspect(game).jemalloc().state().startsWith("corrupt: "), inspector.inspect(game).jemalloc().state());
	}

	@Test
	void theLastAllocatorLineOfTheLogWins() throws Exception {
		Files.writeString(game.memoryPoolLog(), """
				[2026-11-25 10:00:00] MemoryPoolNVSE: Plugin Query called\r
				[2026-11-25 10:00:01] MemoryPoolNVSE: Allocator: jemalloc\r
				[2026-11-25 10:05:00] MemoryPoolNVSE: Allocator: system fallback (jemalloc.dll missing)\r
				[2026-11-25 10:05:01] MemoryPoolNVSE: ExitGame: jemalloc stays loaded\r
				""");
		assertEquals(Optional.of("system fallback (jemalloc.dll missing)"), inspector.inspect(game).lastAllocator());
	}

	/** The runtime as Mod Organizer 2's mod: its own files, and the newest log, here MO2's overwrite folder's. */
	@Test
	void aRuntimeModAndTheNewestLogAreInspected() throws Exception {
		Path mod = Files.createDirectories(dir.resolve("mods/MemoryPoolNVSE/NVSE/Plugins"));
		Files.copy(shippedPlugin, mod.resolve("MemoryPoolNVSE.dll"));
		Files.copy(shippedJemalloc, mod.resolve("jemalloc.dll"));
		Files.writeString(game.memoryPoolLog(), "MemoryPoolNVSE: Allocator: system fallback (jemalloc.dll missing)\n");
		Path overwrite = Files.writeString(Files.createDirectories(dir.resolve("overwrite")).resolve("MemoryPoolNVSE.log"),
				"MemoryPoolNVSE: Allocator: jemalloc\n");
		Files.setLastModifiedTime(game.memoryPoolLog(), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
		RuntimeState state = inspector.inspect(game, mod.resolve("MemoryPoolNVSE.dll"), mod.resolve("jemalloc.dll"),
				List.of(game.memoryPoolLog(), overwrite));
		assertTrue(state.plugin().ok() && state.jemalloc().ok());
		assertEquals(Optional.of("jemalloc"), state.lastAllocator());
	}
}
