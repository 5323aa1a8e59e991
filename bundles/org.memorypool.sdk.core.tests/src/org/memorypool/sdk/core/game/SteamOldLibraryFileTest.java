// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.memorypool.sdk.core.HostOs;

/**
 * Steam on Linux. Case 10: the game in Steam's own library, with the libraryfolders.vdf Steam wrote before 2021 (it lists only the
 * libraries added to Steam's own) and with today's format; both find the game, saying it came from Steam.
 */
class SteamOldLibraryFileTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void theGameInSteamsOwnLibraryIsFoundWithEitherLibraryFile(boolean before2021) throws Exception {
		Path home = dir.resolve("home");
		Path steam = home.resolve(".local/share/Steam");
		Path game = Files.createDirectories(steam.resolve("steamapps/common/Fallout New Vegas"));
		Files.writeString(game.resolve("FalloutNV.exe"), "");
		Files.createDirectories(home.resolve("games/SteamLibrary/steamapps/common"));
		Files.writeString(steam.resolve("steamapps/appmanifest_22380.acf"),
				"\"AppState\"\n{\n\t\"appid\"\t\t\"22380\"\n\t\"installdir\"\t\t\"Fallout New Vegas\"\n}\n");
		Files.writeString(steam.resolve("steamapps/libraryfolders.vdf"), before2021
				? "\"LibraryFolders\"\n{\n\t\"TimeNextStatsReport\"\t\t\"1561832478\"\n\t\"ContentStatsID\"\t\t\"-4497\"\n\t\"1\"\t\t\""
						+ home.resolve("games/SteamLibrary") + "\"\n}\n"
				: "\"libraryfolders\"\n{\n\t\"0\"\n\t{\n\t\t\"path\"\t\t\"" + steam + "\"\n\t\t\"apps\"\n\t\t{\n\t\t\t\"22380\"\t\t\"1\"\n"
						+ "\t\t}\n\t}\n\t\"1\"\n\t{\n\t\t\"path\"\t\t\"" + home.resolve("games/SteamLibrary") + "\"\n\t}\n}\n");
		List<GameInstall> found = new GameInstallFinder(Map.of(), home, HostOs.UNIX, RegistryReader.NONE).find();
		assertEquals(List.of(game), found.stream().map(GameInstall::folder).toList());
		assertTrue(found.get(0).source().startsWith("the Steam library"), found.get(0).source());
	}

	/** Where Steam's packages keep their data on Linux: each is searched, and a link to another counts once. */
	@ParameterizedTest
	@ValueSource(strings = { ".steam/debian-installation", ".var/app/com.valvesoftware.Steam/.local/share/Steam",
			".var/app/com.valvesoftware.Steam/data/Steam", "snap/steam/common/.local/share/Steam" })
	void everyPlaceSteamsLinuxPackagesKeepTheirDataIsSearched(String steamData) throws Exception {
		Path home = dir.resolve("home");
		Path steam = home.resolve(steamData);
		Path game = Files.createDirectories(steam.resolve("steamapps/common/Fallout New Vegas"));
		Files.writeString(game.resolve("FalloutNV.exe"), "");
		Files.createDirectories(home.resolve(".steam"));
		Files.createSymbolicLink(home.resolve(".steam/root"), steam);
		List<GameInstall> found = new GameInstallFinder(Map.of(), home, HostOs.UNIX, RegistryReader.NONE).find();
		assertEquals(1, found.size(), found::toString);
		assertEquals(game.toRealPath(), found.get(0).folder().toRealPath());
	}
}
