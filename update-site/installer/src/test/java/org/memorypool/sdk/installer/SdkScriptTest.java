// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sdk} script's own logic, its functions sourced into bash. */
class SdkScriptTest {

	private final Path checkout = Path.of(System.getProperty("sdk.checkout")).toAbsolutePath();

	@TempDir
	Path root;

	/**
	 * The build writes the core's source bundle beside it, and in the C locale (GitHub's runners, Docker) it sorts
	 * first: {@code ./sdk} ran it and every core command failed with ClassNotFoundException.
	 */
	@Test
	void theCoreJarIsNotTheSourceBundle() throws Exception {
		Path target = Files.createDirectories(root.resolve("bundles/org.memorypool.sdk.core/target"));
		Files.writeString(target.resolve("org.memorypool.sdk.core-0.1.0-SNAPSHOT-sources.jar"), "sources");
		Files.writeString(target.resolve("org.memorypool.sdk.core-0.1.0-SNAPSHOT.jar"), "classes");
		ProcessOutput result = ProcessOutput.run(List.of("env", "LC_ALL=C.UTF-8", "bash", "-c",
				"source \"$1\"; ROOT=\"$2\"; core_jar", "sdk-test", checkout.resolve("sdk").toString(), root.toString()),
				checkout, Duration.ofMinutes(1));
		assertEquals(0, result.exitCode(), result.text());
		assertEquals(target.resolve("org.memorypool.sdk.core-0.1.0-SNAPSHOT.jar") + "\n", result.text());
	}
}
