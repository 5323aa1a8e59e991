// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The launch command as a user edits it: a line, read back as it was written. */
class LaunchCommandTest {

	private static final Path GAME = Path.of("/games/Fallout New Vegas");

	@Test
	void settingsComeFirstAndWordsWithBlanksAreQuoted() {
		LaunchCommand command = new LaunchCommand(List.of("wine", "/games/Fallout New Vegas/nvse_loader.exe"), GAME,
				Map.of("WINEPREFIX", "/home/me/.wine games"), "Wine");
		assertEquals("\"WINEPREFIX=/home/me/.wine games\" wine \"/games/Fallout New Vegas/nvse_loader.exe\"",
				command.commandLine());
		LaunchCommand back = LaunchCommand.parse(command.commandLine(), GAME, "edited");
		assertEquals(command.arguments(), back.arguments());
		assertEquals(command.environment(), back.environment());
	}

	@Test
	void windowsPathsKeepTheirBackslashesAndQuotesInsideQuotesSurvive() {
		LaunchCommand command = LaunchCommand.parse("\"C:\\Modding\\MO2\\ModOrganizer.exe\" \"moshortcut://:NVSE \\\"4GB\\\"\""
				+ " 'single quoted' DXVK_HUD=0", GAME, "edited");
		assertEquals(List.of("C:\\Modding\\MO2\\ModOrganizer.exe", "moshortcut://:NVSE \"4GB\"", "single quoted",
				"DXVK_HUD=0"), command.arguments(), "a setting after the program is an argument");
		assertEquals(Map.of(), command.environment());
		assertEquals(command.arguments(), LaunchCommand.parse(command.commandLine(), GAME, "again").arguments());
	}

	@Test
	void aLineWithoutAProgramOrWithAnOpenQuoteIsRefusedWithWhatToDo() {
		assertEquals("the command line names no program to start: give the game's loader, e.g. nvse_loader.exe, or wine"
				+ " nvse_loader.exe", assertThrows(IllegalArgumentException.class,
						() -> LaunchCommand.parse("  WINEPREFIX=/x  ", GAME, "edited")).getMessage());
		assertEquals("the command line has a \" that is not closed: close it", assertThrows(IllegalArgumentException.class,
				() -> LaunchCommand.parse("wine \"nvse_loader.exe", GAME, "edited")).getMessage());
	}
}
