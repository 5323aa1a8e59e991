// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh game folder per run, <scratch>/wine-games/<Config>/<scenario> (scratch: target/, see NativePlugin): nvse_host.exe, the plugin and the layout.
 * GeneratedPluginWineTest lays out its own folders under the same root.
 */
final class GameFolder {

	static final Path ROOT = NativePlugin.WINE_SCRATCH.resolve("wine-games");

	private GameFolder() {
	}

	static Path create(Configuration configuration, Scenario scenario, TestPrograms programs) throws IOException {
		Path folder = emptied(ROOT.resolve(configuration.name()).resolve(scenario.folderName()));
		Files.copy(programs.host, folder.resolve("nvse_host.exe"));
		Path pluginFolder = Files.createDirectories(scenario.layout().pluginFolder(folder));
		Files.copy(configuration.pluginDll(), pluginFolder.resolve("MemoryPoolNVSE.dll"));
		scenario.layout().prepare(folder, programs);
		return folder;
	}

	/** The folder, created empty: whatever a previous run left in it is deleted. */
	static Path emptied(Path folder) throws IOException {
		delete(folder);
		return Files.createDirectories(folder);
	}

	/** Where the host's output goes: beside the folder, so the run finds the folder as the layout left it. */
	static Path hostOutput(Path folder) {
		return folder.resolveSibling(folder.getFileName() + ".host-output.txt");
	}

	/** A previous run may have left read-only folders and files: make them writable first (matters when not root). */
	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.filter(Files::isDirectory).toList()) {
				Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
