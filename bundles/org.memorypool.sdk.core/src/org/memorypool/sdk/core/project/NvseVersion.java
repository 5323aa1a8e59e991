// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version {@code major.minor.build} as NVSE packs it ({@code MAKE_NEW_VEGAS_VERSION}): 8 bits major, 8 bits
 * minor, 12 bits build, so each part has its own maximum.
 */
record NvseVersion(int major, int minor, int build) implements Comparable<NvseVersion> {

	static final int MAX_MAJOR = 255;
	static final int MAX_MINOR = 255;
	static final int MAX_BUILD = 4095;

	/** The MemoryPool runtime refuses older NVSE versions, so a plugin using it cannot ask for less. */
	static final NvseVersion OLDEST_NVSE = new NvseVersion(6, 1, 0);

	/** Decimal parts without leading zeros; at most 9 digits each, so they parse as ints. */
	private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");

	/** The version written {@code x.y.z}, if it is one; the parts may still be out of range. */
	static Optional<NvseVersion> parse(String text) {
		Matcher matcher = FORMAT.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new NvseVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
				Integer.parseInt(matcher.group(3))));
	}

	boolean fitsNvsePacking() {
		return major <= MAX_MAJOR && minor <= MAX_MINOR && build <= MAX_BUILD;
	}

	/** As {@code MAKE_NEW_VEGAS_VERSION(major, minor, build)} packs it. */
	int packed() {
		return (major & 0xFF) << 24 | (minor & 0xFF) << 16 | (build & 0xFFF) << 4;
	}

	@Override
	public int compareTo(NvseVersion other) {
		return Integer.compareUnsigned(packed(), other.packed());
	}

	@Override
	public String toString() {
		return major + "." + minor + "." + build;
	}
}
