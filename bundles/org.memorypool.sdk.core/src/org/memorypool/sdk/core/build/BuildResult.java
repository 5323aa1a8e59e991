// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.nio.file.Path;
import java.util.List;

import org.memorypool.sdk.core.loadability.Finding;

/**
 * How a build ended: the artifact is up to date, a tool failed, the artifact is no Windows image for i386, or the
 * build was canceled.
 */
public sealed interface BuildResult {

	/**
	 * The artifact is up to date and is a Windows image for i386.
	 *
	 * @param compiled the sources compiled by this build; empty when everything was up to date
	 * @param linked   whether this build linked the artifact
	 * @param findings what the loadability check found that matters to NVSE (the game would not load it as a plugin,
	 *                 or only on some machines): warnings of the build, since a project may build a helper DLL
	 */
	record Built(Path artifact, List<Path> compiled, boolean linked, List<Finding> findings) implements BuildResult {

		public Built {
			compiled = List.copyOf(compiled);
			findings = List.copyOf(findings);
		}
	}

	/**
	 * The tools ran, but what they made is no Windows image for i386 (e.g. a Linux ELF file, a 64-bit DLL): the
	 * build failed.
	 *
	 * @param errors the loadability check's findings that say so, each with its fix
	 */
	record Rejected(Path artifact, List<Finding> errors) implements BuildResult {

		public Rejected {
			errors = List.copyOf(errors);
		}

		/** One line: the first reason and its fix. */
		public String summary() {
			return artifact.getFileName() + " " + errors.get(0).line();
		}
	}

	/**
	 * A compiler or the linker failed, or could not be started; the build stopped there.
	 *
	 * @param exitCode the tool's exit code; {@link #NOT_STARTED} when the system could not start it
	 * @param output everything the tool printed, e.g. gcc's error messages, one line per line; for a tool not started,
	 *        the system's reason
	 */
	record Failed(ToolCommand command, int exitCode, String output) implements BuildResult {

		/** The exit code of a tool the system could not start (a program not found, an argument too long). */
		public static final int NOT_STARTED = -1;

		/** One line, e.g. {@code i686-w64-mingw32-g++ exited with code 1}. */
		public String summary() {
			if (exitCode == NOT_STARTED) {
				return command.executable() + " could not be started (" + output.strip() + ")";
			}
			return command.executable() + " exited with code " + exitCode;
		}
	}

	/** The monitor asked to stop; what was built so far stays and counts for the next build. */
	record Canceled() implements BuildResult {
	}
}
