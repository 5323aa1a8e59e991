// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The operating system the SDK runs on, as far as finding the game and the compiler depends on it. */
public enum HostOs {

	WINDOWS, UNIX;

	/** This machine's, from {@code os.name}. */
	public static HostOs current() {
		return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? WINDOWS : UNIX;
	}

	/**
	 * This user's home on this machine: on Unix {@code HOME} as the shell has it (a user may point it elsewhere, as
	 * tools that honour XDG's folders expect), else the JVM's {@code user.home}, which comes from the password file.
	 */
	public static Path userHome() {
		String home = System.getenv("HOME");
		return current() == UNIX && home != null && home.startsWith("/") ? Path.of(home)
				: Path.of(System.getProperty("user.home"));
	}

	/** The file name of an executable, e.g. {@code g++.exe} on Windows for {@code g++}. */
	public String executable(String name) {
		return this == WINDOWS ? name + ".exe" : name;
	}

	/** What separates the folders of {@code PATH}. */
	public String pathSeparator() {
		return this == WINDOWS ? ";" : ":";
	}

	/** An environment variable; Windows matches names ignoring case ({@code Path} is {@code PATH}). */
	public Optional<String> variable(Map<String, String> environment, String name) {
		if (this != WINDOWS) {
			return Optional.ofNullable(environment.get(name));
		}
		return environment.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
				.findFirst();
	}
}
