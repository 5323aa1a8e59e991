// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.HostOs;
import org.memorypool.sdk.core.game.GameInstallFinder;
import org.memorypool.sdk.core.game.RegistryReader;

class DoctorCommandTest {

	@TempDir
	Path dir;

	private int run(ByteArrayOutputStream out, String... args) throws UsageException {
		DoctorCommand command = new DoctorCommand(p -> null,
				() -> new GameInstallFinder(Map.of(), dir.resolve("home"), HostOs.UNIX, RegistryReader.NONE), Optional.empty());
		return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
	}

	@Test
	void aFolderWithoutTheGameIsAProblemAndExitOne() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Path empty = Files.createDirectories(dir.resolve("not a game"));
		assertEquals(DoctorCommand.EXIT_BLOCKED, run(out, "--game", empty.toString()));
		String text = out.toString(StandardCharsets.UTF_8);
		assertEquals("[problem] Game folder: " + empty + " has no FalloutNV.exe: choose the Fallout: New Vegas folder, the"
				+ " one that holds FalloutNV.exe\nSomething above (marked problem) stops one or more plugins from loading.\n",
				text.replace(System.lineSeparator(), "\n"));
	}

	@Test
	void aPositionalArgumentIsAUsageError() {
		UsageException e = assertThrows(UsageException.class, () -> run(new ByteArrayOutputStream(), "somewhere"));
		assertTrue(e.getMessage().startsWith("unexpected 'somewhere': this command takes only --game and --mods"),
				e.getMessage());
	}
}
