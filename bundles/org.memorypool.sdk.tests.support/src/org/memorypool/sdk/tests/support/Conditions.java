// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.tests.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Waits for the UI to reach a state, running the event loop meanwhile so that the UI can get there. */
public final class Conditions {

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

	private Conditions() {
	}

	/** Waits until {@code condition} holds; fails with {@code what} after {@code timeout}. Call on the UI thread. */
	public static void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
		Display display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("waitUntil must run on the UI thread");
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - deadline > 0) {
				throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: " + what);
			}
			if (!display.readAndDispatch()) {
				// Wake up at least every 20 ms: some conditions change without an SWT event.
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	public static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, condition, DEFAULT_TIMEOUT);
	}

	/** Runs pending UI events, e.g. after a programmatic change that listeners must see. */
	public static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}
}
