// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the projects under the fragment's {@code testdata/}, to build in temporary folders. */
final class TestProjects {

	private TestProjects() {
	}

	/** The folder {@code testdata/<name>}; tycho-surefire runs the tests in the module's folder. */
	static Path testdata(String name) {
		Path dir = Path.of("testdata", name).toAbsolutePath();
		assertTrue(Files.isDirectory(dir), () -> dir + " is missing: run the tests from the core.tests module folder");
		return dir;
	}

	/** Copies {@code testdata/<name>} (its files, dot files included) into {@code target}. */
	static Path copy(String name, Path target) throws IOException {
		Files.createDirectories(target);
		try (Stream<Path> files = Files.list(testdata(name))) {
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName().toString()));
			}
		}
		return target;
	}

	static Path write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}
}
