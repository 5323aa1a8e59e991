// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

/** Where the native-plugin module keeps its sources and build outputs. */
final class NativePlugin {

	/** The module folder: surefire passes it; an IDE runs tests in the module folder anyway. */
	static final Path DIR = Path.of(System.getProperty("native.plugin.dir", System.getProperty("user.dir")))
			.toAbsolutePath();
	static final Path TARGET = DIR.resolve("target");
	/**
	 * Where Wine game folders go: target/, unless other users cannot enter it (a clone under /root, say), since
	 * the read-only-log cases run as user nobody when the tests run as root; then a folder under /tmp.
	 */
	static final Path WINE_SCRATCH = enterableByOthers(TARGET) ? TARGET
			: Path.of(System.getProperty("java.io.tmpdir"), "memorypool-sdk-native-tests");
	/**
	 * Where the Wine prefixes go: outside the module, which is a CDT project that users import into Eclipse. A prefix
	 * links its drive Z: to "/" and its user folders to the home folder, and Eclipse walks every folder of a project
	 * (into the loop through "/" until the stack overflows). The repository's own target/, unless other users cannot
	 * enter it (the unprivileged runs need to), then a folder under /tmp.
	 */
	static final Path WINE_PREFIXES = enterableByOthers(DIR.getParent().resolve("target"))
			? DIR.getParent().resolve("target/native-plugin-wine")
			: Path.of(System.getProperty("java.io.tmpdir"), "memorypool-sdk-native-tests", "wine");
	static final Path JEMALLOC_DLL = TARGET.resolve("dist/jemalloc.dll");
	static final Path API_HEADER = DIR.resolve("include/MemoryPool.h");
	static final Path JEMALLOC_LOADER = DIR.resolve("src/jemalloc_loader.cpp");

	private NativePlugin() {
	}

	private static boolean enterableByOthers(Path folder) {
		try {
			for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
				if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
					return false;
				}
			}
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** A file the Maven compile phase builds; fails with what to run when it is not there. */
	static Path built(Path file) {
		assertTrue(Files.isRegularFile(file), () -> file + " is missing: build the module first (./mvnw -B -ntp compile -pl"
				+ " native-plugin from the repository root, or ./sdk test)");
		return file;
	}
}
