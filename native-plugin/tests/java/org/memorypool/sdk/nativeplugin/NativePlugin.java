package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the native-plugin module keeps its sources and build outputs. */
final class NativePlugin {

	/** The module folder: surefire passes it; an IDE runs tests in the module folder anyway. */
	static final Path DIR = Path.of(System.getProperty("native.plugin.dir", System.getProperty("user.dir")))
			.toAbsolutePath();
	static final Path TARGET = DIR.resolve("target");
	static final Path JEMALLOC_DLL = TARGET.resolve("dist/jemalloc.dll");
	static final Path API_HEADER = DIR.resolve("include/MemoryPool.h");
	static final Path JEMALLOC_LOADER = DIR.resolve("src/jemalloc_loader.cpp");

	private NativePlugin() {
	}

	/** A file the Maven compile phase builds; fails with what to run when it is not there. */
	static Path built(Path file) {
		assertTrue(Files.isRegularFile(file), () -> file + " is missing: build the module first (./mvnw -B -ntp compile -pl"
				+ " native-plugin from the repository root, or ./sdk test)");
		return file;
	}
}
