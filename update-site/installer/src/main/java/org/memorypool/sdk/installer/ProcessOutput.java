// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** What a finished process printed (stdout and stderr together) and its exit code. */
record ProcessOutput(int exitCode, String text) {

	/** Runs {@code command} in {@code directory}; a process still running after {@code timeout} is killed. */
	static ProcessOutput run(List<String> command, Path directory, Duration timeout) throws IOException {
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
		process.getOutputStream().close();
		CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
			try {
				return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				return "(output could not be read: " + e.getMessage() + ")";
			}
		});
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly().waitFor();
				return new ProcessOutput(-1, output.get() + "\n(killed after " + timeout.toSeconds() + " s)");
			}
			return new ProcessOutput(process.exitValue(), output.get());
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while running " + command.get(0), e);
		} catch (ExecutionException e) {
			throw new IOException(e.getCause());
		}
	}

	/** The last {@code lines} lines, for error messages. */
	String tail(int lines) {
		List<String> all = text.lines().toList();
		return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
	}
}
