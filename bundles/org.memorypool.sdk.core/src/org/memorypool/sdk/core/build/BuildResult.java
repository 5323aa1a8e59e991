package org.memorypool.sdk.core.build;

import java.nio.file.Path;
import java.util.List;

/** How a build ended: the artifact is up to date, a tool failed, or the build was canceled. */
public sealed interface BuildResult {

	/**
	 * The artifact is up to date.
	 *
	 * @param compiled the sources compiled by this build; empty when everything was up to date
	 * @param linked whether this build linked the artifact
	 */
	record Built(Path artifact, List<Path> compiled, boolean linked) implements BuildResult {

		public Built {
			compiled = List.copyOf(compiled);
		}
	}

	/**
	 * A compiler or the linker failed; the build stopped there.
	 *
	 * @param output everything the tool printed, e.g. gcc's error messages, one line per line
	 */
	record Failed(ToolCommand command, int exitCode, String output) implements BuildResult {

		/** One line, e.g. {@code i686-w64-mingw32-g++ exited with code 1}. */
		public String summary() {
			return command.executable() + " exited with code " + exitCode;
		}
	}

	/** The monitor asked to stop; what was built so far stays and counts for the next build. */
	record Canceled() implements BuildResult {
	}
}
