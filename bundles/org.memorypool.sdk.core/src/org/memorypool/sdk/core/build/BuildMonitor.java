// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

/**
 * Progress and cancellation of a build, shaped so that an Eclipse {@code IProgressMonitor} adapts to it
 * ({@code beginTask}, {@code subTask}, {@code worked}, {@code isCanceled}) without the core depending on Eclipse.
 */
public interface BuildMonitor {

	/** A monitor that shows nothing and never cancels. */
	BuildMonitor NONE = () -> false;

	/** The build will run {@code commands} commands. */
	default void begin(int commands) {
	}

	/** A command starts, e.g. {@code Compiling src/sample.cpp}. */
	default void starting(String description) {
	}

	/** The command that started last has finished. */
	default void done() {
	}

	/** Checked before each command and while it runs; a running tool is stopped when this turns true. */
	boolean isCanceled();
}
