// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.HostOs;

/** The finder on fake environment variables, home folders, Steam libraries and registries. */
class GameInstallFinderTest {

	private static final RegistryReader NOT_ON_THIS_OS = (key, name) -> fail("the registry is read only on Windows");

	@TempDir
	Path dir;

	private Path home;
	private final Map<String, String> environment = new HashMap<>();
	private final Map<String, String> registry = new HashMap<>();

	@BeforeEach
	void emptyHome() throws IOException {
		home = Files.createDirectories(dir.resolve("home/jane doe"));
	}

	private List<GameInstall> find(HostOs os) {
		RegistryReader reader = os == HostOs.WINDOWS ? (key, name) -> Optional.ofNullable(registry.get(key + "|" + name))
				: NOT_ON_THIS_OS;
		return new GameInstallFinder(environment, home, os, reader).find();
	}

	private static Path folder(Path path) throws IOException {
		return Files.createDirectories(path);
	}

	/** A game folder in a library, as Steam makes it. */
	private static Path game(Path library) throws IOException {
		return folder(library.resolve("steamapps/common/Fallout New Vegas"));
	}

	/** Writes {@code <steam>/steamapps/libraryfolders.vdf} as Steam does: backslashes escaped, one block each. */
	private static void libraries(Path steam, Map<Path, List<String>> appsByLibrary) throws IOException {
		StringBuilder vdf = new StringBuilder("\"libraryfolders\"\n{\n");
		int n = 0;
		for (Map.Entry<Path, List<String>> library : appsByLibrary.entrySet()) {
			vdf.append("\t\"").append(n++).append("\"\n\t{\n\t\t\"path\"\t\t\"")
					.append(library.getKey().toString().replace("\\", "\\\\")).append("\"\n\t\t\"label\"\t\t\"\"\n\t\t\"apps\"\n\t\t{\n");
			library.getValue().forEach(app -> vdf.append("\t\t\t\"").append(app).append("\"\t\t\"123456\"\n"));
			vdf.append("\t\t}\n\t}\n");
		}
		Files.writeString(folder(steam.resolve("steamapps")).resolve("libraryfolders.vdf"), vdf.append("}\n"));
	}

	private static Map<Path, List<String>> ordered(Object... libraryThenApps) {
		Map<Path, List<String>> map = new LinkedHashMap<>();
		for (int i = 0; i < libraryThenApps.length; i += 2) {
			@SuppressWarnings("unchecked")
			List<String> apps = (List<String>) libraryThenApps[i + 1];
			map.put((Path) libraryThenApps[i], apps);
		}
		return map;
	}

	@Test
	void nothingInstalledFindsNothing() {
		assertEquals(List.of(), find(HostOs.UNIX));
	}

	@Test
	void theEnvironmentVariableComesFirstEvenWhenTheFolderIsMissing() throws IOException {
		Path steam = folder(home.resolve(".local/share/Steam"));
		Path steamGame = game(steam);
		libraries(steam, ordered(steam, List.of("22380")));
		environment.put("FalloutNVPath", dir.resolve("no such folder").toString());
		assertEquals(List.of(new GameInstall(dir.resolve("no such folder"), "the FalloutNVPath environment variable"),
				new GameInstall(steamGame, "the Steam library " + steam + " (it lists app 22380)")), find(HostOs.UNIX));
	}

	@Test
	void steamLibrariesThatListTheGameComeFirstAndOnlyExistingFoldersCount() throws IOException {
		Path steam = folder(home.resolve(".local/share/Steam"));
		Path leftover = game(steam); // the folder, but Steam does not list the app: maybe a copy, still a candidate
		Path library = folder(dir.resolve("mnt/My Games/Steam Library"));
		Path listed = game(library);
		Path listedButMissing = folder(dir.resolve("mnt/Other Library"));
		libraries(steam, ordered(steam, List.of("228980"), listedButMissing, List.of("22380"), library, List.of("22490", "22380")));
		assertEquals(List.of(new GameInstall(listed, "the Steam library " + library + " (it lists app 22380)"),
				new GameInstall(leftover, "the Steam library " + steam)), find(HostOs.UNIX));
	}

	@Test
	void everyLinuxSteamRootCountsAndALinkedRootIsListedOnce() throws IOException {
		Path steam = folder(home.resolve(".local/share/Steam"));
		Path ownGame = game(steam);
		libraries(steam, ordered(steam, List.of("22380")));
		Files.createSymbolicLink(folder(home.resolve(".steam")).resolve("steam"), steam);
		Path flatpak = folder(home.resolve(".var/app/com.valvesoftware.Steam/.local/share/Steam"));
		Path flatpakLibrary = folder(dir.resolve("flatpak library"));
		Path flatpakGame = game(flatpakLibrary);
		libraries(flatpak, ordered(flatpak, List.of(), flatpakLibrary, List.of("22380")));
		// ~/.steam/steam is looked at first, but its list names the library by the path Steam wrote.
		assertEquals(List.of(new GameInstall(ownGame, "the Steam library " + steam + " (it lists app 22380)"),
				new GameInstall(flatpakGame, "the Steam library " + flatpakLibrary + " (it lists app 22380)")),
				find(HostOs.UNIX));
	}

	@Test
	void theAppManifestNamesTheInstallFolder() throws IOException {
		Path steam = folder(home.resolve(".steam/steam"));
		libraries(steam, ordered(steam, List.of("22380")));
		Files.writeString(steam.resolve("steamapps/appmanifest_22380.acf"), """
				"AppState"
				{
					"appid"		"22380"
					"name"		"Fallout: New Vegas"
					"installdir"		"FNV PCR"
				}
				""");
		Path game = folder(steam.resolve("steamapps/common/FNV PCR"));
		assertEquals(List.of(new GameInstall(game, "the Steam library " + steam + " (it lists app 22380)")), find(HostOs.UNIX));
	}

	/** The Russian and Polish/Czech release is app 22490 on Steam, in a folder of its own. */
	@Test
	void theRegionalReleaseIsAnAppOfItsOwn() throws IOException {
		Path steam = folder(home.resolve(".steam/steam"));
		libraries(steam, ordered(steam, List.of("22490")));
		Files.writeString(steam.resolve("steamapps/appmanifest_22490.acf"), """
				"AppState"
				{
					"appid"		"22490"
					"name"		"Fallout: New Vegas PCR"
					"installdir"		"Fallout New Vegas enplczru"
				}
				""");
		Path game = folder(steam.resolve("steamapps/common/Fallout New Vegas enplczru"));
		assertEquals(List.of(new GameInstall(game, "the Steam library " + steam + " (it lists app 22490)")), find(HostOs.UNIX));
	}

	/**
	 * The second trial's file: a hundred entries naming one library with a large manifest made detection read the
	 * manifest a hundred times (2.4 GB). Each library is looked into once; the bytes allocated are the measure.
	 */
	@Test
	void aLibraryNamedManyTimesIsLookedIntoOnce() throws IOException {
		Path steam = folder(home.resolve(".steam/steam"));
		Path library = folder(dir.resolve("lib"));
		StringBuilder vdf = new StringBuilder("\"libraryfolders\"\n{\n");
		for (int i = 0; i < 100; i++) {
			vdf.append("\t\"").append(i).append("\"\n\t{\n\t\t\"path\"\t\t\"").append(library).append("\"\n\t}\n");
		}
		Files.writeString(folder(steam.resolve("steamapps")).resolve("libraryfolders.vdf"), vdf.append("}\n"));
		StringBuilder manifest = new StringBuilder("\"AppState\"\n{\n\t\"installdir\"\t\t\"Fallout New Vegas\"\n");
		for (int i = 0; manifest.length() < 1_000_000; i++) {
			manifest.append("\t\"k").append(i).append("\"\t\t\"v\"\n");
		}
		Files.writeString(folder(library.resolve("steamapps")).resolve("appmanifest_22380.acf"), manifest.append("}\n"));
		Path game = game(library);
		find(HostOs.UNIX);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
				.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();
		List<GameInstall> found = find(HostOs.UNIX);
		long allocated = threads.getCurrentThreadAllocatedBytes() - before;
		assertEquals(List.of(game), found.stream().map(GameInstall::folder).toList());
		assertTrue(allocated < 200_000_000L, "detection allocated " + allocated + " bytes for a 1 MB manifest");
	}

	@Test
	void aDamagedLibraryListStillLooksInSteamsOwnFolder() throws IOException {
		Path steam = folder(home.resolve(".steam/steam"));
		Path game = game(steam);
		Files.writeString(steam.resolve("steamapps/libraryfolders.vdf"), "\"libraryfolders\"\n{\n\t\"0\"\n\t{\n");
		GameInstallFinder finder = new GameInstallFinder(environment, home, HostOs.UNIX, NOT_ON_THIS_OS);
		assertEquals(List.of(new GameInstall(game, "the Steam library " + steam)), finder.find());
		assertTrue(finder.notes().stream().anyMatch(n -> n.startsWith(steam.resolve("steamapps/libraryfolders.vdf")
				+ " cannot be read as Steam's library list (")), finder.notes()::toString);
	}

	@Test
	void windowsLooksAtTheEnvironmentSteamTheRegistryAndGogInThatOrder() throws IOException {
		Path drive = folder(dir.resolve("C"));
		environment.put("SYSTEMDRIVE", drive.toString());
		environment.put("falloutnvpath", dir.resolve("from env").toString());
		Path programFilesX86 = folder(drive.resolve("Program Files (x86)"));
		environment.put("ProgramFiles(x86)", programFilesX86.toString());
		Path steam = folder(programFilesX86.resolve("Steam"));
		Path steamGame = game(steam);
		libraries(steam, ordered(steam, List.of("22380")));
		Path registrySteam = folder(dir.resolve("D/Steam"));
		Path registrySteamLibrary = folder(dir.resolve("E/SteamLibrary"));
		Path registrySteamGame = game(registrySteamLibrary);
		libraries(registrySteam, ordered(registrySteam, List.of(), registrySteamLibrary, List.of("22380")));
		registry.put("HKCU\\Software\\Valve\\Steam|SteamPath", registrySteam.toString());
		Path bethesda = folder(dir.resolve("Games/Fallout New Vegas"));
		registry.put("HKLM\\SOFTWARE\\WOW6432Node\\Bethesda Softworks\\FalloutNV|Installed Path", bethesda + "/");
		registry.put("HKLM\\SOFTWARE\\Bethesda Softworks\\FalloutNV|Installed Path", steamGame.toString());
		Path gog = folder(dir.resolve("GOG/Fallout New Vegas"));
		registry.put("HKLM\\SOFTWARE\\WOW6432Node\\GOG.com\\Games\\1454587428|path", gog.toString());
		Path gogDefault = folder(drive.resolve("GOG Games/Fallout New Vegas"));
		Path galaxyDefault = folder(programFilesX86.resolve("GOG Galaxy/Games/Fallout New Vegas"));
		assertEquals(List.of(new GameInstall(dir.resolve("from env"), "the FalloutNVPath environment variable"),
				new GameInstall(registrySteamGame, "the Steam library " + registrySteamLibrary + " (it lists app 22380)"),
				new GameInstall(steamGame, "the Steam library " + steam + " (it lists app 22380)"),
				new GameInstall(bethesda, "the registry (HKLM\\SOFTWARE\\WOW6432Node\\Bethesda Softworks\\FalloutNV, Installed Path)"),
				new GameInstall(gog, "GOG's registry key HKLM\\SOFTWARE\\WOW6432Node\\GOG.com\\Games\\1454587428"),
				new GameInstall(gogDefault, "GOG's default folder"),
				new GameInstall(galaxyDefault, "GOG Galaxy's default folder")), find(HostOs.WINDOWS));
	}

	@Test
	void elsewhereTheWindowsPlacesAreNotLookedAt() throws IOException {
		environment.put("SystemDrive", folder(dir.resolve("C")).toString());
		folder(dir.resolve("C/GOG Games/Fallout New Vegas"));
		environment.put("falloutnvpath", dir.toString());
		assertEquals(List.of(), find(HostOs.UNIX), "names are case-sensitive, and GOG's folders are Windows ones");
	}
}
