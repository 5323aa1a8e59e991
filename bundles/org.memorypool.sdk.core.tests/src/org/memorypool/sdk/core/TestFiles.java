// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies of the fragment's test data, for tests that build or change them in temporary folders. */
public final class TestFiles {

	private TestFiles() {
	}

	/**
	 * Copies {@code testdata/<name>} (tycho-surefire runs the tests in the fragment's folder), dot files and
	 * sub-folders included, to {@code target}.
	 *
	 * @return {@code target}
	 */
	public static Path copyTestdata(String name, Path target) throws IOException {
		Path source = Path.of("testdata", name).toAbsolutePath();
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else {
					// Attributes too: a script's executable bit matters to the build that runs it.
					Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return target;
	}
}
