// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trial's messages that named Java classes, as the file system really raises them. */
class FileProblemTest {

	@TempDir
	Path dir;

	@Test
	void aFolderWhereTheBuildPutsAFileSaysToMoveIt() throws Exception {
		Path object = Files.createDirectories(dir.resolve("Debug/src/main.o/x")).getParent();
		IOException e = assertThrows(IOException.class, () -> Files.delete(object));
		assertEquals(object + " is a folder with files in it where the build puts a file: delete or move that folder",
				FileProblem.of(e, "unused"));
	}

	@Test
	void aNameTooLongSaysToShortenIt() {
		Path long300 = dir.resolve("c".repeat(300));
		IOException e = assertThrows(IOException.class, () -> Files.createDirectories(long300));
		assertEquals(long300 + ": the name is too long for the file system: shorten the configuration or artifact name",
				FileProblem.of(e, "unused"));
	}
}
