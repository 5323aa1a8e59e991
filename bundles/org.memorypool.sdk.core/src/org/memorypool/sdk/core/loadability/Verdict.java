// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.loadability;

/**
 * What the game does with a file in {@code Data/NVSE/Plugins}, as {@link LoadabilityCheck} decides it. Each verdict
 * has the exit status {@code ./sdk inspect} gives it, so scripts and CI can use inspect as a gate.
 */
public enum Verdict {

	/** xNVSE loads it and finds both entry points: exit status 0. */
	NVSE_PLUGIN(0, "an NVSE plugin the game can load"),
	/** Windows loads it, but it exports neither entry point (a helper DLL such as jemalloc.dll): exit status 3. */
	NOT_AN_NVSE_PLUGIN(3, "a DLL the game can load, but not an NVSE plugin"),
	/** Windows or xNVSE would refuse it on a player's machine: exit status 4. */
	NOT_LOADABLE(4, "the game cannot load it");

	private final int exitStatus;
	private final String description;

	Verdict(int exitStatus, String description) {
		this.exitStatus = exitStatus;
		this.description = description;
	}

	/** The exit status of {@code ./sdk inspect} for this verdict. */
	public int exitStatus() {
		return exitStatus;
	}

	/** A phrase for a sentence, e.g. "the game cannot load it". */
	public String description() {
		return description;
	}
}
