// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the MinGW-w64 i686 toolchain for tests that need real DLLs. It is a requirement of the test run ({@code ./sdk}
 * installs it), so its absence fails these tests rather than skipping them.
 */
public final class Mingw {

	private Mingw() {
	}

	/** Runs {@code command} in {@code dir}; returns its output, or fails the test with it if the command fails. */
	public static String run(Path dir, String... command) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new AssertionError(command[0] + " is needed for this test: apt-get install g++-mingw-w64-i686 (./sdk does)", e);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), () -> String.join(" ", command) + ":\n" + output);
		return output;
	}
}
