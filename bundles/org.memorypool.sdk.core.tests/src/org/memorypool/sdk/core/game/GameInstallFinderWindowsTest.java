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
}
