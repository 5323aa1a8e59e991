// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

	@TempDir
	Path project;

	@Test
	void onlySourceFoldersAreWalkedAndLinksAreNotFollowed() throws Exception {
		Files.createDirectories(project.resolve("src"));
		Files.writeString(project.resolve("src/a.cpp"), "");
		Files.createDirectories(project.resolve("target/wineprefix/dosdevices"));
		Files.writeString(project.resolve("target/stray.cpp"), "");
		// A Wine prefix links z: to the root of the file system; a loop inside src must not be followed either.
		Files.createSymbolicLink(project.resolve("target/wineprefix/dosdevices/z:"), Path.of("/"));
		Files.createSymbolicLink(project.resolve("src/loop"), project);
		List<String> sources = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> SourceFiles.find(project, List.of(new SourceEntry("src", List.of())), new ArrayList<>()));
		assertEquals(List.of("src/a.cpp"), sources);
	}

	@Test
	void aWholeProjectEntryDoesNotFollowLinks() throws Exception {
		Files.writeString(project.resolve("main.c"), "");
		Files.createSymbolicLink(project.resolve("root"), Path.of("/"));
		List<String> sources = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> SourceFiles.find(project, List.of(new SourceEntry("", List.of())), new ArrayList<>()));
		assertEquals(List.of("main.c"), sources);
	}
}
