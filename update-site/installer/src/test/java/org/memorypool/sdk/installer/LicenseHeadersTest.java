// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Every source file the repository tracks opens with its SPDX license header (after a script's {@code #!} line or a
 * batch file's {@code @echo off}), naming the license of {@code LICENSE}. Not the files the SDK writes into the
 * user's own projects ({@code templates/}), test data, nor the patches to jemalloc's source.
 */
class LicenseHeadersTest {

	private static final String COPYRIGHT = "SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers";
	private static final String LICENSE = "SPDX-License-Identifier: MIT";
	private static final Set<String> SLASH_COMMENTS = Set.of("java", "c", "cpp", "h", "hpp", "S", "rc");
	private static final Set<String> HASH_COMMENTS = Set.of("sh", "py");

	private final Path checkout = Path.of(System.getProperty("sdk.checkout")).toAbsolutePath();

	@Test
	void everySourceFileHasTheSpdxHeader() throws IOException {
		ProcessOutput files = ProcessOutput.run(List.of("git", "ls-files"), checkout, Duration.ofMinutes(1));
		assertEquals(0, files.exitCode(), files.text());
		List<String> missing = new ArrayList<>();
		int checked = 0;
		for (String file : files.text().lines().toList()) {
			String prefix = commentOf(file);
			if (prefix == null || file.contains("/testdata/") || file.startsWith("bundles/org.memorypool.sdk.core/templates/")
					|| file.contains("/jemalloc/patches/")) {
				continue;
			}
			checked++;
			List<String> lines = Files.readString(checkout.resolve(file), StandardCharsets.UTF_8).lines().limit(3).toList();
			int first = !lines.isEmpty() && (lines.get(0).startsWith("#!") || lines.get(0).equalsIgnoreCase("@echo off")) ? 1 : 0;
			if (lines.size() < first + 2 || !lines.get(first).equals(prefix + " " + COPYRIGHT)
					|| !lines.get(first + 1).equals(prefix + " " + LICENSE)) {
				missing.add(file);
			}
		}
		assertEquals(List.of(), missing, "source files without the SPDX header");
		assertTrue(checked > 300, "only " + checked + " source files found");
		assertTrue(Files.readString(checkout.resolve("LICENSE")).startsWith("MIT License\n"), "LICENSE is the MIT license");
	}

	/** The line comment of a source file's language, or null for a file that is not source. */
	private static String commentOf(String file) {
		String name = file.substring(file.lastIndexOf('/') + 1);
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
		if (SLASH_COMMENTS.contains(extension)) {
			return "//";
		}
		if (HASH_COMMENTS.contains(extension) || file.equals("sdk") || file.equals(".ci/run")) {
			return "#";
		}
		return extension.equals("cmd") ? "rem" : null;
	}
}
