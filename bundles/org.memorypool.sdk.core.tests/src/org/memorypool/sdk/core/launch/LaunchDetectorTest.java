// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.HostOs;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.game.ModOrganizerInstance;

/** The default launch command for the layouts players have: plain Windows, MO2, Wine prefixes, Steam's Proton. */
class LaunchDetectorTest {

	@TempDir
	Path dir;

	private final List<String> notes = new ArrayList<>();

	private GameLayout game(Path folder) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("FalloutNV.exe"), "MZ");
		Files.writeString(folder.resolve("nvse_loader.exe"), "MZ");
		return new GameLayout(folder);
	}

	@Test
	void onWindowsTheLoaderInTheGameFolder() throws IOException {
		GameLayout game = game(dir.resolve("Fallout New Vegas"));
		LaunchCommand command = new LaunchDetector(HostOs.WINDOWS).detect(game, Optional.empty(), notes);
		assertEquals(List.of(game.nvseLoader().toString()), command.arguments());
		assertEquals(game.root(), command.directory());
		assertEquals(Map.of(), command.environment());
	}

	@Test
	void aGameInsideAWinePrefixRunsWithWineInThatPrefix() throws IOException {
		GameLayout game = game(dir.resolve("wine games/drive_c/Games/Fallout New Vegas"));
		LaunchCommand command = new LaunchDetector(HostOs.UNIX).detect(game, Optional.empty(), notes);
		assertEquals(List.of("wine", game.nvseLoader().toString()), command.arguments());
		assertEquals(Map.of("WINEPREFIX", dir.resolve("wine games").toString()), command.environment());
		assertEquals("Wine, the prefix " + dir.resolve("wine games"), command.origin());
		assertEquals(List.of(), notes);
	}

	@Test
	void aSteamGameThatRanWithProtonRunsWithThatProton() throws IOException {
		Path steamapps = dir.resolve("SteamLibrary/steamapps");
		GameLayout game = game(steamapps.resolve("common/Fallout New Vegas"));
		Path proton = Files.createDirectories(steamapps.resolve("common/Proton 8.0"));
		Files.writeString(proton.resolve("proton"), "#!/usr/bin/env python3\n");
		Path compatdata = Files.createDirectories(steamapps.resolve("compatdata/22380/pfx"));
		Files.writeString(compatdata.resolveSibling("config_info"), "8.0-105\n" + proton + "/files/share/fonts/\n"
				+ proton + "/files/share/fonts/\n");
		LaunchCommand command = new LaunchDetector(HostOs.UNIX).detect(game, Optional.empty(), notes);
		assertEquals(List.of(proton.resolve("proton").toString(), "run", game.nvseLoader().toString()), command.arguments());
		assertEquals(steamapps.resolve("compatdata/22380").toString(), command.environment().get("STEAM_COMPAT_DATA_PATH"));
		assertEquals("22380", command.environment().get("SteamAppId"));
		assertTrue(command.environment().containsKey("STEAM_COMPAT_CLIENT_INSTALL_PATH"));

		// Without config_info the Proton build is not known: Wine in Proton's prefix, and a note says why.
		Files.delete(compatdata.resolveSibling("config_info"));
		command = new LaunchDetector(HostOs.UNIX).detect(game, Optional.empty(), notes);
		assertEquals(List.of("wine", game.nvseLoader().toString()), command.arguments());
		assertEquals(Map.of("WINEPREFIX", compatdata.toString()), command.environment());
		assertEquals(1, notes.size(), notes::toString);
	}

	@Test
	void aPortableModOrganizerWithAnNvseEntryStartsTheGameThroughMo2() throws IOException {
		GameLayout game = game(dir.resolve("Fallout New Vegas"));
		Path mo2 = Files.createDirectories(dir.resolve("MO2"));
		Files.writeString(mo2.resolve("ModOrganizer.exe"), "MZ");
		Files.writeString(mo2.resolve("ModOrganizer.ini"), """
				[General]
				gameName=New Vegas
				selected_profile=@ByteArray(Default)

				[customExecutables]
				size=2
				1\\binary=C:/Games/Fallout New Vegas/FalloutNVLauncher.exe
				1\\title=Fallout Launcher
				2\\arguments=
				2\\binary=C:/Games/Fallout New Vegas/nvse_loader.exe
				2\\title=NVSE
				""");
		Files.createDirectories(mo2.resolve("mods"));
		ModOrganizerInstance instance = ModOrganizerInstance.ofMods(mo2.resolve("mods"), Optional.empty()).orElseThrow();
		LaunchCommand command = new LaunchDetector(HostOs.WINDOWS).detect(game, Optional.of(instance), notes);
		assertEquals(List.of(mo2.resolve("ModOrganizer.exe").toString(), "moshortcut://:NVSE"), command.arguments());
		assertEquals("Mod Organizer 2, its executable 'NVSE'", command.origin());
		command = new LaunchDetector(HostOs.UNIX).detect(game, Optional.of(instance), notes);
		assertEquals(List.of("wine", mo2.resolve("ModOrganizer.exe").toString(), "moshortcut://:NVSE"), command.arguments());

		// Without an entry for nvse_loader.exe MO2 cannot start the game through NVSE: without MO2, and why.
		Files.writeString(mo2.resolve("ModOrganizer.ini"), "[General]\ngameName=New Vegas\n");
		command = new LaunchDetector(HostOs.WINDOWS).detect(game, Optional.of(instance), notes);
		assertEquals(List.of(game.nvseLoader().toString()), command.arguments());
		assertTrue(notes.get(0).startsWith("Mod Organizer 2 (" + mo2.resolve("ModOrganizer.exe") + ") has no executable"
				+ " for nvse_loader.exe: add one in MO2"), notes::toString);
	}
}
