// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.monitor;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.memorypool.sdk.core.monitor.HeapMonitor;
import org.memorypool.sdk.core.monitor.HeapSample;
import org.memorypool.sdk.core.monitor.HeapTimeline;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.preferences.SdkPreferences;

/**
 * The Heap Monitor view: while it is open, the MemoryPool runtime's statistics of the running game (what
 * {@code ./sdk monitor} prints) charted over time, the session kept across runs of the game until Clear, and exported
 * as CSV. The files followed are those of the game folder and Mod Organizer 2 in the preferences; reading them costs
 * the game nothing, as the runtime writes them whether or not the view is open.
 */
public final class HeapMonitorView extends ViewPart {

	public static final String ID = "org.memorypool.sdk.ui.monitor.HeapMonitorView";

	private final HeapMonitorJob job = new HeapMonitorJob(this::show);
	private final IPropertyChangeListener preferences = event -> {
		if (SdkPreferences.GAME_FOLDER.equals(event.getProperty())
				|| SdkPreferences.MOD_ORGANIZER_MODS.equals(event.getProperty())) {
			job.followAgain();
		}
	};
	private Label status;
	private Canvas canvas;
	private HeapTimeline timeline = new HeapTimeline(List.of());
	private Image chart;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout());
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		status.setText(Messages.HeapMonitorView_lookingForGameFolder);
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas.addPaintListener(event -> {
			if (chart != null) {
				event.gc.drawImage(chart, 0, 0);
			} else {
				event.gc.fillRectangle(canvas.getClientArea());
			}
		});
		// The job draws the chart at the canvas's size; until it has, the last one shows.
		canvas.addListener(SWT.Resize, event -> {
			Point size = canvas.getSize();
			job.resized(size.x, size.y);
		});
		canvas.addDisposeListener(event -> disposeChart());
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		SdkPreferences.store().addPropertyChangeListener(preferences);
		job.schedule();
	}

	private void contributeActions(IToolBarManager toolBar) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		Action export = new Action(Messages.HeapMonitorView_export) {
			@Override
			public void run() {
				exportCsv();
			}
		};
		export.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
		Action clear = new Action(Messages.HeapMonitorView_clear) {
			@Override
			public void run() {
				job.followAgain();
			}
		};
		clear.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_CLEAR));
		toolBar.add(export);
		toolBar.add(clear);
	}

	/** The session followed; empty when no game folder is set. */
	public Optional<HeapMonitor> session() {
		return job.session();
	}

	/** Asks where, then writes the session there in the background. */
	private void exportCsv() {
		Optional<HeapMonitor> session = job.session();
		if (session.isEmpty()) {
			status.setText(Messages.HeapMonitorView_nothingToExport);
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.HeapMonitorView_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.csv", "*" });
		dialog.setFileName("MemoryPoolNVSE-heap.csv");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			export(session.get(), Path.of(chosen));
		}
	}

	/**
	 * Writes the session to the file in a job. A failure is the job's ERROR result (with the exception), which the job
	 * framework logs and the workbench shows through the status manager; it leaves a file it would replace whole.
	 */
	public Job export(HeapMonitor session, Path file) {
		Job writing = Job.create(NLS.bind(Messages.HeapMonitorView_exporting, file), (IProgressMonitor monitor) -> {
			try {
				session.export(file);
			} catch (IOException e) {
				String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.toString();
				return new Status(IStatus.ERROR, SdkUi.PLUGIN_ID, NLS.bind(Messages.HeapMonitorView_cannotExport, file, reason), e);
			}
			return Status.OK_STATUS;
		});
		writing.setUser(true);
		writing.schedule();
		return writing;
	}

	/** What the view shows: called by the job after a poll that changed something, from its thread. */
	private void show(HeapMonitorJob.State state) {
		String text = describe(state);
		canvas.getDisplay().asyncExec(() -> {
			if (canvas.isDisposed()) {
				return;
			}
			timeline = state.timeline();
			status.setText(text);
			status.getParent().layout();
			if (state.chart() != null) {
				disposeChart();
				chart = new Image(canvas.getDisplay(), state.chart());
			}
			canvas.redraw();
		});
	}

	static String describe(HeapMonitorJob.State state) {
		if (state.files().isEmpty()) {
			return Messages.HeapMonitorView_noGameFolder;
		}
		if (state.timeline().size() == 0) {
			return NLS.bind(Messages.HeapMonitorView_waiting, HeapMonitor.FILE_NAME, state.files().get(0).getParent());
		}
		HeapSample last = state.timeline().sample(state.timeline().size() - 1);
		return NLS.bind(Messages.HeapMonitorView_status,
				new Object[] { last.describe().strip(), state.runs(), state.timeline().size() });
	}

	/** The chart's data as last shown, for tests. */
	public HeapTimeline timeline() {
		return timeline;
	}

	/** The chart as the canvas shows it, of the {@link #timeline}; empty before it was first drawn. For tests. */
	public Optional<ImageData> chartImage() {
		return Optional.ofNullable(chart).map(Image::getImageData);
	}

	/** The status line above the chart, for tests. */
	public String statusText() {
		return status.getText();
	}

	private void disposeChart() {
		if (chart != null) {
			chart.dispose();
			chart = null;
		}
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		SdkPreferences.store().removePropertyChangeListener(preferences);
		job.cancel();
		super.dispose();
	}
}
