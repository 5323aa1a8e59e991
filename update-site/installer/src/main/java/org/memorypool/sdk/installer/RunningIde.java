// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An IDE started with its OSGi console on standard input, so that a check can ask the running framework
 * about its bundles and extensions ({@code ss}, {@code ns}, {@code start}) the way a developer would.
 */
public final class RunningIde implements AutoCloseable {

	private static final String PROMPT = "g! ";

	private final Process process;
	private final OutputStream console;
	private final StringBuilder output = new StringBuilder();

	private RunningIde(Process process) {
		this.process = process;
		this.console = process.getOutputStream();
		Thread reader = new Thread(() -> pump(process.getInputStream()), "IDE output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts {@code ide} on {@code workspace}. With {@code workbench} false the framework starts without running
	 * the workbench application, which needs no display.
	 */
	public static RunningIde start(IdeInstallation ide, Path workspace, boolean workbench) throws IOException {
		List<String> vmArgs = new ArrayList<>();
		if (!workbench) {
			vmArgs.add("-Declipse.ignoreApp=true");
			vmArgs.add("-Dosgi.noShutdown=true");
		}
		List<String> programArgs = List.of("-nosplash", "-console", "-consoleLog", "-data", workspace.toString());
		Process process = new ProcessBuilder(ide.command(vmArgs, programArgs)).directory(ide.home().toFile())
				.redirectErrorStream(true).start();
		return new RunningIde(process);
	}

	private void pump(InputStream in) {
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) >= 0;) {
				synchronized (output) {
					output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
					output.notifyAll();
				}
			}
		} catch (IOException e) {
			// The process ended; what it printed so far stays in output.
		}
	}

	/** Everything the IDE printed so far. */
	public String output() {
		synchronized (output) {
			return output.toString();
		}
	}

	/** Runs a console command and returns what it printed, up to the next prompt. */
	public String command(String command, Duration timeout) throws IOException {
		int from;
		synchronized (output) {
			awaitOutput(0, text -> text.contains(PROMPT), timeout, "the console prompt");
			from = output.length();
		}
		console.write((command + "\n").getBytes(StandardCharsets.UTF_8));
		console.flush();
		synchronized (output) {
			awaitOutput(from, text -> text.contains(PROMPT), timeout, "the answer to '" + command + "'");
			String answer = output.substring(from);
			return answer.substring(0, answer.lastIndexOf(PROMPT)).strip();
		}
	}

	/** Waits, holding the lock, until the output from {@code from} on satisfies {@code done}. */
	private void awaitOutput(int from, Predicate<String> done, Duration timeout, String what) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (!done.test(output.substring(from))) {
				long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
				if (left <= 0 || !process.isAlive() && !done.test(output.substring(from))) {
					throw new IOException((process.isAlive() ? "Timed out waiting for " : "The IDE exited while waiting for ")
							+ what + "; it printed:\n" + tail(output.substring(from), 30));
				}
				output.wait(Math.min(left, 500));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for " + what, e);
		}
	}

	private static String tail(String text, int lines) {
		List<String> all = text.lines().toList();
		return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** Stops the framework through the console; kills the process if it has not ended after 30 s. */
	@Override
	public void close() throws IOException {
		if (process.isAlive()) {
			try {
				console.write("exit\ny\n".getBytes(StandardCharsets.UTF_8));
				console.flush();
				console.close();
			} catch (IOException e) {
				// The console is gone already: the process is ending.
			}
			try {
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			} catch (InterruptedException e) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
	}
}
