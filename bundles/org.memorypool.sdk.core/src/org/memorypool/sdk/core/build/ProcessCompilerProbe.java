// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the compiler; {@code --version} and {@code -dumpmachine} answer at once, so a slow one is a broken one. */
final class ProcessCompilerProbe implements CompilerProbe {

	private static final long TIMEOUT_SECONDS = 20;

	@Override
	public List<String> ask(Path executable, String option) throws IOException {
		Process process = new ProcessBuilder(executable.toString(), option).redirectErrorStream(true).start();
		process.getOutputStream().close();
		try {
			// Small output: reading it all before waiting cannot block the compiler.
			String output = new String(process.getInputStream().readAllBytes(), Charset.defaultCharset());
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("'" + executable + " " + option + "' did not finish in " + TIMEOUT_SECONDS + " s");
			}
			if (process.exitValue() != 0) {
				throw new IOException("'" + executable + " " + option + "' exited with code " + process.exitValue()
						+ (output.isBlank() ? "" : ": " + output.lines().findFirst().orElse("")));
			}
			return output.lines().toList();
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while running " + executable, e);
		}
	}
}
