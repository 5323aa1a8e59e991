// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

/** Where a build reports what it does, like CDT's build console. Called on the building thread. */
public interface BuildListener {

	/** Something the build ignores or cannot do as CDT would, e.g. an unsupported option; said before building. */
	void warning(String message);

	/** A command is about to run; {@link ToolCommand#text()} is what CDT's console would show. */
	void command(ToolCommand command);

	/** One line the running tool printed (standard output and error, in order). */
	void output(String line);

	/**
	 * A configuration of a referenced project starts building, before the one asked for, as CDT builds it; its
	 * commands follow.
	 */
	default void referencedProject(String projectName, String configurationName) {
	}
}
