// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Eclipse's path variables in a .project's linked resources. */
class ProjectPathVariablesTest {

	private final Path project = Path.of("/ws/a/b/P");

	@Test
	void parentLevelsAndProjectVariablesResolve() {
		ProjectPathVariables variables = new ProjectPathVariables(project, Map.of("SHARED", "PARENT-2-PROJECT_LOC/shared"));
		assertEquals(Optional.of(Path.of("/ws/a/b/src")), variables.resolve("PARENT-1-PROJECT_LOC/src"));
		assertEquals(Optional.of(Path.of("/ws/a/shared/inc")), variables.resolve("SHARED/inc"));
	}

	/** The third trial's .project: PARENT-0- five thousand times overflowed the stack (exit 70). */
	@Test
	void thousandsOfNestedParentPrefixesAreUnresolvableNotACrash() {
		ProjectPathVariables variables = new ProjectPathVariables(project, Map.of());
		assertEquals(Optional.empty(), variables.resolve("PARENT-0-".repeat(5000) + "PROJECT_LOC/src"));
	}
}
