// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.monitor.HeapMonitor;
import org.memorypool.sdk.core.monitor.HeapSample;
import org.memorypool.sdk.core.monitor.HeapTimeline;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Screenshots;
import org.memorypool.sdk.tests.support.Widgets;
import org.memorypool.sdk.ui.monitor.HeapChart;
import org.memorypool.sdk.ui.monitor.HeapMonitorView;
import org.memorypool.sdk.ui.preferences.SdkPreferences;

/**
 * The Heap Monitor view beside a game that writes MemoryPoolNVSE.stats as the runtime does (a comment and header
 * line, then one sample a second, rewritten at each run): the view charts the samples as they come, in the known
 * phases the test host allocates (16 MiB, 48 MiB, nothing), keeps the first run when a second one begins, and exports
 * the session as CSV. The series the view charts are the values written.
 */
class HeapMonitorViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private static final long MIB = 1024 * 1024;
	private static final String HEADER = "# MemoryPoolNVSE heap statistics, one line about every second\r\n"
			+ HeapSample.HEADER + "\r\n";

	@TempDir
	Path dir;

	private IWorkbenchPage page;
	private Path stats;

	@BeforeEach
	void workbenchAndGame() throws IOException {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Path game = Files.createDirectories(dir.resolve("Fallout New Vegas"));
		stats = game.resolve(HeapMonitor.FILE_NAME);
		SdkPreferences.store().setValue(SdkPreferences.GAME_FOLDER, game.toString());
	}

	@AfterEach
	void cleanUp() {
		dialogs().forEach(Shell::close);
		page.hideView(page.findView(HeapMonitorView.ID));
		SdkPreferences.store().setValue(SdkPreferences.GAME_FOLDER, "");
	}

	/** A phase of the test host: the bytes it holds for a few seconds, with the blocks it took for them. */
	private static List<HeapSample> phase(long startMillis, long bytes, long allocations, long frees, int seconds) {
		List<HeapSample> samples = new ArrayList<>();
		for (int i = 0; i < seconds; i++) {
			samples.add(new HeapSample(startMillis + i * 1000L, "jemalloc", bytes, bytes + 2 * MIB, bytes + 4 * MIB,
					allocations, frees, 0, 1800 * MIB - bytes, 900 * MIB - bytes));
		}
		return samples;
	}

	private void append(List<HeapSample> samples) throws IOException {
		StringBuilder text = new StringBuilder();
		samples.forEach(s -> text.append(s.csv()).append("\r\n"));
		Files.writeString(stats, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private static long pixelsOf(ImageData image, RGB color) {
		long count = 0;
		for (int y = 0; y < image.height; y++) {
			for (int x = 0; x < image.width; x++) {
				if (image.palette.getRGB(image.getPixel(x, y)).equals(color)) {
					count++;
				}
			}
		}
		return count;
	}

	@Test
	void theViewChartsTheSamplesAsTheGameWritesThemKeepsTheSessionAndExportsIt() throws Exception {
		HeapMonitorView view = (HeapMonitorView) page.showView(HeapMonitorView.ID);
		Conditions.waitUntil("the view waits for the game", () -> view.statusText().startsWith("Waiting for the game"),
				TIMEOUT);
		ImageData empty = drawn(view);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		RGB inUse = new RGB(HeapChart.IN_USE.getRed(), HeapChart.IN_USE.getGreen(), HeapChart.IN_USE.getBlue());
		long legendOnly = pixelsOf(empty, inUse);

		// The first run: the host holds 16 MiB, then 48 MiB; the view shows each phase as it comes.
		List<HeapSample> first = new ArrayList<>(phase(0, 0, 1, 0, 1));
		first.addAll(phase(1000, 16 * MIB, 17, 1, 3));
		Files.writeString(stats, HEADER);
		append(first);
		Conditions.waitUntil("the first phase shows", () -> view.timeline().size() == first.size(), TIMEOUT);
		List<HeapSample> more = phase(4000, 48 * MIB, 65, 17, 3);
		append(more);
		first.addAll(more);
		Conditions.waitUntil("the second phase shows", () -> view.timeline().size() == first.size(), TIMEOUT);
		Screenshots.save("heap-monitor-1-first-run");
		long withLine = pixelsOf(drawn(view), inUse);
		assertTrue(withLine > legendOnly + 500, "the heap in use is drawn across the chart: " + legendOnly + " pixels of its"
				+ " colour before the samples (the legend), " + withLine + " after");

		// The game starts again: the runtime rewrites the file, and the session keeps the first run.
		List<HeapSample> second = phase(0, 8 * MIB, 9, 0, 2);
		second.addAll(phase(2000, 0, 9, 9, 2));
		Files.writeString(stats, HEADER);
		append(second);
		List<HeapSample> session = new ArrayList<>(first);
		session.addAll(second);
		Conditions.waitUntil("the second run shows after the first", () -> view.timeline().size() == session.size(),
				TIMEOUT);
		HeapTimeline timeline = view.timeline();
		for (int i = 0; i < session.size(); i++) {
			assertEquals(session.get(i), timeline.sample(i), "sample " + i);
		}
		assertEquals(List.of(0.0, 7.0), timeline.runStarts(), "the second run follows the first's last sample (6 s)");
		assertEquals(48.0, timeline.allocationsPerSecond(4), 1e-9, "the second phase took 48 blocks in its first second");
		assertTrue(view.statusText().contains("in use 0 B") && view.statusText().contains("run 2"), view.statusText());
		Screenshots.save("heap-monitor-2-second-run");

		Path csv = dir.resolve("export").resolve("heap.csv");
		Files.createDirectories(csv.getParent());
		Job export = view.export(view.session().orElseThrow(), csv);
		export.join();
		assertEquals(IStatus.OK, export.getResult().getSeverity(), export.getResult().getMessage());
		List<String> lines = Files.readAllLines(csv);
		assertEquals(HeapSample.HEADER, lines.get(0));
		assertEquals(session.stream().map(HeapSample::csv).toList(), lines.subList(1, lines.size()));
		try (var files = Files.list(csv.getParent())) {
			assertEquals(1, files.count(), "the export alone, no part file");
		}

		// A folder where the export should go: the job says so and nothing there changes.
		Path folder = Files.createDirectories(dir.resolve("taken.csv"));
		// The test harness keeps error dialogs shut (automated mode); a user sees this one.
		boolean automated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false;
		try {
			view.export(view.session().orElseThrow(), folder).join();
			Conditions.waitUntil("the workbench shows the error", () -> !dialogs().isEmpty(), TIMEOUT);
		} finally {
			ErrorDialog.AUTOMATED_MODE = automated;
		}
		Screenshots.save("heap-monitor-3-export-refused");
		String shown = String.join("\n", dialogs().stream().flatMap(shell -> Widgets.findAll(shell, Control.class,
				c -> true).stream()).map(HeapMonitorViewTest::text).toList());
		assertTrue(shown.contains("Choose a file in a folder you can write to"), shown);
		assertFalse(Files.exists(dir.resolve("taken.csv.part")));
		try (var files = Files.list(folder)) {
			assertEquals(0, files.count(), "nothing was written into the folder");
		}
	}

	private static String text(Control control) {
		if (control instanceof Label label) {
			return label.getText();
		}
		if (control instanceof Text text) {
			return text.getText();
		}
		return "";
	}

	/** The chart once the canvas has drawn what the view last received. */
	private static ImageData drawn(HeapMonitorView view) {
		Conditions.waitUntil("the chart is drawn", () -> view.chartImage().isPresent(), TIMEOUT);
		return view.chartImage().orElseThrow();
	}

	private static List<Shell> dialogs() {
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		return Arrays.stream(Display.getCurrent().getShells()).filter(s -> s != workbench && s.isVisible()).toList();
	}
}
