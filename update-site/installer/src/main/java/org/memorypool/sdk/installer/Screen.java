// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.installer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The X display the IDE shows on: whether there is one, its windows (xwininfo) and screenshots (ImageMagick). */
public final class Screen {

	private static final Pattern WINDOW = Pattern.compile("\"([^\"]*)\":.*?\\s(\\d+)x(\\d+)[+-]");

	private Screen() {
	}

	public static boolean available() {
		String display = System.getenv("DISPLAY");
		return display != null && !display.isBlank();
	}

	/** Waits until a window at least 400×300 whose name contains {@code name} is on screen, like a workbench window. */
	public static void waitForWindow(String name, Duration timeout, RunningIde ide) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!ide.isAlive()) {
				throw new IOException("The IDE exited before showing its window; it printed:\n" + ide.output());
			}
			ProcessOutput windows = ProcessOutput.run(List.of("xwininfo", "-root", "-tree"), Path.of("."), Duration.ofSeconds(10));
			for (String line : windows.text().lines().toList()) {
				Matcher m = WINDOW.matcher(line);
				if (m.find() && m.group(1).contains(name) && Integer.parseInt(m.group(2)) >= 400 && Integer.parseInt(m.group(3)) >= 300) {
					return;
				}
			}
			try {
				Thread.sleep(500);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while waiting for the IDE window", e);
			}
		}
		throw new IOException("No '" + name + "' window appeared within " + timeout.toSeconds() + " s");
	}

	/** Saves the whole screen as a PNG. */
	public static Path screenshot(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		ProcessOutput result = ProcessOutput.run(List.of("import", "-window", "root", file.toString()), Path.of("."), Duration.ofSeconds(30));
		if (result.exitCode() != 0 || !Files.exists(file)) {
			throw new IOException("ImageMagick's import could not take a screenshot: " + result.tail(10));
		}
		return file;
	}
}
