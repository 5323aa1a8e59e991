// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Screenshots;
import org.memorypool.sdk.tests.support.Widgets;

/**
 * The workbench's status dialog, where the status manager shows what jobs return as errors and what the UI hands it
 * with SHOW. The test harness keeps these dialogs shut (ErrorDialog's automated mode); {@link #shown} lets them open,
 * waits for the one that says a text, photographs it, reads it and closes it.
 */
final class StatusDialogs {

	private StatusDialogs() {
	}

	/**
	 * Runs {@code action} with error dialogs allowed, then waits for a dialog that shows {@code text}.
	 *
	 * @return everything the dialog showed, one text a line
	 */
	static String shown(Runnable action, String text, String screenshot, Duration timeout) {
		boolean automated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false;
		AtomicReference<String> seen = new AtomicReference<>();
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		// A timer looks, since a modal dialog would run its own event loop.
		Runnable watch = new Runnable() {
			@Override
			public void run() {
				if (System.nanoTime() - deadline > 0) {
					return; // the wait below fails and says what it waited for
				}
				for (Shell shell : dialogs()) {
					if (String.join("\n", texts(shell)).contains(text)) {
						// Later, from the event loop: the timer may fire while the status manager is still opening
						// the dialog (GTK maps the shell), and closing it then leaves the manager half done.
						display.asyncExec(() -> {
							if (!shell.isDisposed()) {
								Screenshots.save(screenshot);
								seen.set(shell.getText() + "\n" + String.join("\n", texts(shell)));
								shell.close();
							}
						});
						return;
					}
				}
				display.timerExec(50, this);
			}
		};
		try {
			display.timerExec(50, watch);
			action.run();
			try {
				Conditions.waitUntil("a dialog that shows '" + text + "'", () -> seen.get() != null, timeout);
			} catch (AssertionError e) {
				throw new AssertionError(e.getMessage() + "; open dialogs: " + describeOpen(), e);
			}
		} finally {
			ErrorDialog.AUTOMATED_MODE = automated;
		}
		return seen.get();
	}

	private static List<Shell> dialogs() {
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		return Arrays.stream(Display.getCurrent().getShells()).filter(s -> s != workbench && s.isVisible()).toList();
	}

	private static String describeOpen() {
		return String.join(" | ", dialogs().stream().map(s -> s.getText() + ": " + String.join(" / ", texts(s))).toList());
	}

	static List<String> texts(Shell shell) {
		List<String> texts = new ArrayList<>();
		Widgets.findAll(shell, Label.class, l -> !l.getText().isEmpty()).forEach(l -> texts.add(l.getText()));
		Widgets.findAll(shell, Text.class, t -> !t.getText().isEmpty()).forEach(t -> texts.add(t.getText()));
		Widgets.findAll(shell, Link.class, l -> !l.getText().isEmpty()).forEach(l -> texts.add(l.getText()));
		Widgets.findAll(shell, CLabel.class, l -> l.getText() != null).forEach(l -> texts.add(l.getText()));
		return texts;
	}
}
