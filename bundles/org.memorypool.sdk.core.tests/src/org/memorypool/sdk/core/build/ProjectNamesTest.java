// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sibling's project name, read only as far as Eclipse writes it (the third trial's 2000 siblings of 1 MB each). */
class ProjectNamesTest {

	@TempDir
	Path dir;

	@Test
	void theNameIsReadFromTheTopOfTheFile() throws Exception {
		Path dotProject = Files.writeString(dir.resolve(".project"),
				"<?xml version=\"1.0\"?>\n<projectDescription>\n\t<name>Lib</name>\n\t<comment></comment>\n</projectDescription>\n");
		assertEquals(Optional.of("Lib"), ProjectNames.read(dotProject));
	}

	@Test
	void aFileThatNamesNoProjectNearItsTopHasNoName() throws Exception {
		Path dotProject = Files.writeString(dir.resolve(".project"),
				"<projectDescription>" + "<x/>".repeat(200_000) + "<name>Late</name></projectDescription>");
		assertEquals(Optional.empty(), ProjectNames.read(dotProject));
	}
}
