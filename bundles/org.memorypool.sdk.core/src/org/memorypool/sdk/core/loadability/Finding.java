// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.loadability;

/**
 * One thing {@link LoadabilityCheck} found, with the change that removes it.
 *
 * @param severity whether the game still loads the file
 * @param problem  what kind of thing it is; decides whether a build fails on it
 * @param message  what is wrong and what the game does about it, e.g. "imports libssp-0.dll, which is on no player's
 *                 machine: Windows refuses to load the plugin (error 126)"
 * @param fix      the change that removes the finding
 */
public record Finding(Severity severity, Problem problem, String message, Fix fix) {

	/** Whether the game still loads the file. */
	public enum Severity {
		/** The game cannot load it (or xNVSE cannot use it as a plugin). */
		ERROR,
		/** The game loads it, but something will go wrong later or on some players' machines; the message says which. */
		WARNING,
		/** Neither: something worth knowing, e.g. that a loadable DLL is not an NVSE plugin. */
		INFO
	}

	/** The kinds of findings. */
	public enum Problem {
		/** Not a Windows image at all (ELF, text, ...): no Windows loader maps it. */
		NOT_A_WINDOWS_IMAGE(true),
		/** Starts like a PE image, but the loader would not map it. */
		CORRUPT_IMAGE(true),
		/** A PE image for another machine, or PE32+: a 32-bit process cannot load it. */
		WRONG_MACHINE(true),
		/** A PE image the linker did not finish, or a program rather than a DLL. */
		NOT_A_DLL(false),
		/** NVSE loads only {@code *.dll} from {@code Data/NVSE/Plugins}. */
		FILE_NAME(false),
		/** An entry point missing, or exported under a name NVSE does not look up. */
		ENTRY_POINT(false),
		/** Exports neither entry point: a DLL, but not an NVSE plugin. */
		NO_ENTRY_POINTS(false),
		/** Imports a DLL that players do not have, or that only some have. */
		IMPORT(false),
		/** Delay-loads a DLL that players do not have: loads, then fails at the first call into it. */
		DELAY_IMPORT(false),
		/** No relocations: loads only at its preferred base address. */
		RELOCATIONS(false);

		private final boolean failsBuild;

		Problem(boolean failsBuild) {
			this.failsBuild = failsBuild;
		}

		/**
		 * Whether a build whose artifact has this problem fails: true only where the artifact is no Windows DLL for
		 * i386 at all. What matters only to NVSE is a build warning, since a project may build a helper DLL.
		 */
		public boolean failsBuild() {
			return failsBuild;
		}
	}

	/** The message and its fix as one line, e.g. for a console or a problem marker. */
	public String line() {
		return message + ": " + fix.advice();
	}
}
