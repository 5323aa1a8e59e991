// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

/**
 * A file version from a PE image's version resource (VS_FIXEDFILEINFO), four 16-bit numbers.
 *
 * @param major    the high word of dwFileVersionMS
 * @param minor    the low word of dwFileVersionMS
 * @param build    the high word of dwFileVersionLS
 * @param revision the low word of dwFileVersionLS
 */
public record PeVersion(int major, int minor, int build, int revision) {

	/** As Explorer shows it, e.g. {@code 1.4.0.525}. */
	@Override
	public String toString() {
		return major + "." + minor + "." + build + "." + revision;
	}
}
