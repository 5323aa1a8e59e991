// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.monitor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.game.ModOrganizerInstance;
import org.memorypool.sdk.core.monitor.HeapMonitor;
import org.memorypool.sdk.core.monitor.HeapSample;
import org.memorypool.sdk.core.monitor.HeapTimeline;
import org.memorypool.sdk.ui.preferences.SdkPreferences;

/**
 * Follows the MemoryPool runtime's statistics file for the heap monitor view, in the background: twice a second while
 * the view is open, in the game folder and Mod Organizer 2's overwrite folder of the preferences (read again when
 * they change). Each poll that brings samples hands the session's state to the view; the session lives here, so the
 * view never reads a file.
 */
public final class HeapMonitorJob extends Job {

	/** The family of the view's polling, for {@link Job#belongsTo} and the tests' waits. */
	public static final Object FAMILY = HeapMonitorJob.class;
	static final long POLL_MILLIS = 500;

	/**
	 * What the view shows after a poll.
	 *
	 * @param files    the files followed; empty when no game folder is set
	 * @param timeline the session's samples, oldest first
	 * @param runs     how many runs of the game the session has seen
	 * @param chart    the session's chart at the canvas's size; null before the canvas has one
	 */
	record State(List<Path> files, HeapTimeline timeline, int runs, ImageData chart) {
	}

	private final Consumer<State> view;
	private Optional<HeapMonitor> monitor;
	private List<Path> files = List.of();
	private boolean followAgain = true;
	private int width;
	private int height;
	private boolean resized;

	/** @param view called from this job's thread after each poll that changed something */
	HeapMonitorJob(Consumer<State> view) {
		super(Messages.HeapMonitorJob_name);
		this.view = view;
		setSystem(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** Reads the preferences again at the next poll and starts a new session there. */
	synchronized void followAgain() {
		followAgain = true;
	}

	/** The canvas's new size: the chart is drawn again at the next poll. */
	synchronized void resized(int newWidth, int newHeight) {
		width = newWidth;
		height = newHeight;
		resized = true;
	}

	/** The session written to a CSV file; empty when nothing is followed. */
	synchronized Optional<HeapMonitor> session() {
		return monitor;
	}

	@Override
	protected IStatus run(IProgressMonitor progress) {
		boolean changed;
		List<Path> followed;
		List<HeapSample> samples;
		int runs;
		int chartWidth;
		int chartHeight;
		synchronized (this) {
			changed = followAgain || resized;
			if (followAgain) {
				followAgain = false;
				files = SdkPreferences.gameFolder().map(game -> HeapMonitor.files(new GameLayout(game),
						SdkPreferences.modOrganizerMods().flatMap(mods -> ModOrganizerInstance.ofMods(mods,
								ModOrganizerInstance.instancesFolderOfThisMachine())).map(ModOrganizerInstance::overwrite)))
						.orElse(List.of());
				monitor = files.isEmpty() ? Optional.empty() : Optional.of(new HeapMonitor(files));
			}
			resized = false;
			changed |= monitor.isPresent() && !monitor.get().poll().isEmpty();
			followed = files;
			samples = monitor.map(HeapMonitor::samples).orElse(List.of());
			runs = monitor.map(HeapMonitor::runs).orElse(0);
			chartWidth = width;
			chartHeight = height;
		}
		if (changed && !progress.isCanceled()) {
			// Drawn here, not on the UI thread: a long session's chart takes tens of milliseconds.
			HeapTimeline timeline = new HeapTimeline(samples);
			ImageData chart = chartWidth > 0 && chartHeight > 0 ? HeapChart.render(timeline, chartWidth, chartHeight) : null;
			view.accept(new State(followed, timeline, runs, chart));
		}
		if (!progress.isCanceled()) {
			schedule(POLL_MILLIS);
		}
		return progress.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}
}
