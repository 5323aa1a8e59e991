// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Linux commands the tests need: MinGW-w64 for the test programs, Wine to run them. */
final class NativeTools {

	static final String INSTALL_HINT = "run ./sdk test, which installs them, or sudo bash "
			+ "native-plugin/setup/install-native-tools.sh";

	private NativeTools() {
	}

	/** The command's path on PATH; a missing tool fails the test (never skips it) and says how to install it. */
	static String require(String command) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return fail(command + " is not installed (not on PATH): " + INSTALL_HINT);
	}
}
