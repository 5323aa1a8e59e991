// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs an external command with a time limit. */
final class Command {

	/** What a finished (or killed) command left: exit code, its stdout and stderr together. */
	record Result(List<String> command, int exitCode, boolean timedOut, String output) {

		boolean succeeded() {
			return exitCode == 0 && !timedOut;
		}

		String describe() {
			return String.join(" ", command) + (timedOut ? " timed out" : " exited with " + exitCode) + "\n--- output ---\n"
					+ (output.isEmpty() ? "(none)\n" : output);
		}
	}

	private Command() {
	}

	/**
	 * The output goes to outputFile rather than a pipe: Wine starts wineserver, which inherits the output and lingers
	 * after the program ended, so reading a pipe to its end would wait for wineserver.
	 */
	static Result run(List<String> command, Path directory, Consumer<Map<String, String>> environment, Duration timeout,
			Path outputFile) throws IOException, InterruptedException {
		Files.createDirectories(outputFile.getParent());
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
				.redirectOutput(outputFile.toFile());
		environment.accept(builder.environment());
		Process process = builder.start();
		boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (!finished) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly().waitFor();
		}
		String output = Files.readString(outputFile, StandardCharsets.ISO_8859_1);
		return new Result(command, finished ? process.exitValue() : -1, !finished, output);
	}
}
