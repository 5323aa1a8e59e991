// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Runs the build's tools; tests replace it to check the build's decisions without a compiler. */
interface ToolRunner {

	/** Whether {@code executable} is found on the {@code PATH} of {@code environment}. */
	boolean isAvailable(String executable, Map<String, String> environment);

	/**
	 * Runs {@code command} in {@code directory} with exactly {@code environment}, found on its {@code PATH}, passing each
	 * line it prints to {@code output}, and stops it as soon as {@code canceled} says so.
	 *
	 * @return the tool's exit code
	 */
	int run(ToolCommand command, Path directory, Map<String, String> environment, Consumer<String> output,
			BooleanSupplier canceled) throws IOException;
}
