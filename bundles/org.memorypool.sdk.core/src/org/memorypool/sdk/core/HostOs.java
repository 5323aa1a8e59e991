package org.memorypool.sdk.core;

import java.util.Locale;

/** The operating system the SDK runs on, as far as finding the game and the compiler depends on it. */
public enum HostOs {

	WINDOWS, UNIX;

	/** This machine's, from {@code os.name}. */
	public static HostOs current() {
		return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? WINDOWS : UNIX;
	}

	/** The file name of an executable, e.g. {@code g++.exe} on Windows for {@code g++}. */
	public String executable(String name) {
		return this == WINDOWS ? name + ".exe" : name;
	}
}
