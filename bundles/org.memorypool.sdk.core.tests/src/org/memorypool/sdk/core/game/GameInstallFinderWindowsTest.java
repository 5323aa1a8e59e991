// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.memorypool.sdk.core.HostOs;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

/** Game detection on a Windows-style file system (Jimfs): folder names from Steam's files follow Windows' rules. */
class GameInstallFinderWindowsTest {

	@Test
	void aManifestsFolderNameThatLeavesTheLibraryOrWindowsCannotHoldIsSkippedWithANote() throws Exception {
		// As Steam writes them: backslashes doubled inside the quotes.
		for (String installdir : List.of("..\\\\..\\\\evil", "a:b", "C:\\\\evil", "Fallout New Vegas")) {
			Configuration twoDrives = Configuration.windows().toBuilder().setRoots("C:\\", "D:\\").build();
			try (FileSystem windows = Jimfs.newFileSystem(twoDrives)) {
				Path steam = Files.createDirectories(windows.getPath("C:\\Steam\\steamapps"));
				Path library = Files.createDirectories(windows.getPath("D:\\SteamLibrary\\steamapps"));
				Path game = Files.createDirectories(library.resolve("common\\Fallout New Vegas"));
				Files.writeString(steam.resolve("libraryfolders.vdf"),
						"\"libraryfolders\"\n{\n\t\"1\"\n\t{\n\t\t\"path\"\t\t\"D:\\\\SteamLibrary\"\n\t}\n}\n");
				Files.writeString(library.resolve("appmanifest_22380.acf"),
						"\"AppState\"\n{\n\t\"installdir\"\t\t\"" + installdir + "\"\n}\n");
				Path home = Files.createDirectories(windows.getPath("C:\\Users\\jane"));
				GameInstallFinder finder = new GameInstallFinder(Map.of("SystemDrive", "C:"), home, HostOs.WINDOWS,
						(key, name) -> key.equals("HKCU\\Software\\Valve\\Steam") && name.equals("SteamPath")
								? Optional.of("C:\\Steam") : Optional.empty());
				List<Path> found = finder.find().stream().map(GameInstall::folder).toList();
				if (installdir.equals("Fallout New Vegas")) {
					assertEquals(List.of(game), found);
					assertEquals(List.of(), finder.notes());
				} else {
					assertEquals(List.of(), found, installdir);
					assertEquals(1, finder.notes().size(), installdir);
					assertTrue(finder.notes().get(0).contains("which is not a folder in"), finder.notes()::toString);
				}
			}
		}
	}

	/**
	 * The Epic Games Store: a manifest as the launcher writes it (top-level CatalogItemId, DisplayName, InstallLocation,
	 * among many other members), in the folder the registry's AppDataPath names or ProgramData's default; a manifest that
	 * is not JSON is skipped with a note.
	 */
	@Test
	void theEpicGamesStoresManifestNamesTheGameFolder() throws Exception {
		for (boolean registry : List.of(true, false)) {
			try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
				Path data = Files.createDirectories(windows.getPath(registry ? "C:\\Epic Data" : "C:\\ProgramData\\Epic\\EpicGamesLauncher\\Data"));
				Path manifests = Files.createDirectories(data.resolve("Manifests"));
				Path game = Files.createDirectories(windows.getPath("C:\\Program Files\\Epic Games\\FalloutNV"));
				Files.writeString(manifests.resolve("0F4A8B1C2D3E4F5061728394A5B6C7D8.item"), """
						\uFEFF{
							"FormatVersion": 0,
							"bIsIncompleteInstall": false,
							"LaunchCommand": "",
							"LaunchExecutable": "FalloutNVLauncher.exe",
							"ManifestLocation": "C:\\\\Program Files\\\\Epic Games\\\\FalloutNV/.egstore",
							"bIsApplication": true,
							"InstallTags": [],
							"InstallLocation": "C:\\\\Program Files\\\\Epic Games\\\\FalloutNV",
							"InstallSize": 10823364534,
							"CatalogNamespace": "5daeb974a22a435988892319b3a4f476",
							"CatalogItemId": "dabb52e328834da7bbe99691e374cb84",
							"AppName": "5daeb974a22a435988892319b3a4f476",
							"DisplayName": "Fallout: New Vegas - Ultimate Edition",
							"AppCategories": ["public", "games", "applications"]
						}
						""");
				Files.writeString(manifests.resolve("Other.item"), "{\"DisplayName\": \"Another Game\", \"InstallLocation\": \"C:\\\\Games\\\\X\"}");
				Files.writeString(manifests.resolve("Broken.item"), "{\"InstallLocation\": ");
				Path home = Files.createDirectories(windows.getPath("C:\\Users\\jane"));
				GameInstallFinder finder = new GameInstallFinder(Map.of("SystemDrive", "C:", "ProgramData", "C:\\ProgramData"),
						home, HostOs.WINDOWS, (key, name) -> registry
								&& key.equals("HKLM\\SOFTWARE\\WOW6432Node\\Epic Games\\EpicGamesLauncher")
								&& name.equals("AppDataPath") ? Optional.of("C:\\Epic Data\\") : Optional.empty());
				List<GameInstall> found = finder.find();
				assertEquals(List.of(new GameInstall(game, "the Epic Games Store's manifests in " + manifests)), found);
				assertEquals(1, finder.notes().size(), finder.notes()::toString);
				assertTrue(finder.notes().get(0).startsWith(manifests.resolve("Broken.item")
						+ " is not a manifest the Epic Games launcher writes ("), finder.notes()::toString);
			}
		}
	}
}
