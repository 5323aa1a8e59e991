// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.statushandlers.StatusManager;
import org.memorypool.sdk.core.deploy.DeployTarget;
import org.memorypool.sdk.core.game.DeployedFile;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.game.ModOrganizerInstance;
import org.memorypool.sdk.core.game.RuntimeInspector;
import org.memorypool.sdk.core.game.RuntimeState;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.preferences.SdkPreferences;
import org.memorypool.sdk.ui.runtime.RuntimeFiles;

/** The MemoryPool runtime in the configured game folder: what is deployed, and what the plugin chose last time. */
public final class RuntimeStateSection {

	/** Data keys of the labels, for tests. */
	public static final String GAME = ApiView.ID + ".game";
	public static final String PLUGIN = ApiView.ID + ".plugin";
	public static final String JEMALLOC = ApiView.ID + ".jemalloc";
	public static final String LAST_RUN = ApiView.ID + ".lastRun";
	/** Held by the read of the game folder; tests hold it to see the section while it reads. */
	public static final ISchedulingRule READS = new DiskRead.Kind();

	private final Group group;
	private final Link game;
	private final Label plugin;
	private final Label jemalloc;
	private final Label lastRun;
	private final IPropertyChangeListener preferenceListener = e -> {
		if (SdkPreferences.GAME_FOLDER.equals(e.getProperty())) {
			refreshLater();
		}
	};

	RuntimeStateSection(Composite parent) {
		group = new Group(parent, SWT.NONE);
		group.setText(Messages.RuntimeStateSection_title);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		game = new Link(group, SWT.WRAP);
		game.setData(GAME, Boolean.TRUE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(game);
		game.addListener(SWT.Selection, e -> openPreferences());
		plugin = row(Messages.RuntimeStateSection_plugin, PLUGIN);
		jemalloc = row(Messages.RuntimeStateSection_jemalloc, JEMALLOC);
		lastRun = row(Messages.RuntimeStateSection_lastRun, LAST_RUN);
		SdkPreferences.store().addPropertyChangeListener(preferenceListener);
		group.addDisposeListener(e -> SdkPreferences.store().removePropertyChangeListener(preferenceListener));
	}

	private Label row(String title, String key) {
		new Label(group, SWT.NONE).setText(title);
		Label value = new Label(group, SWT.WRAP);
		value.setData(key, Boolean.TRUE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
		return value;
	}

	Control control() {
		return group;
	}

	/**
	 * Reads the game folder in a job (the files may be on a slow or network disk) and shows what it found; meanwhile
	 * the section says it is reading. The folders are the preferences' (memory); the job does every file access, the
	 * runtime bundle's DLLs included.
	 */
	void refresh() {
		Optional<Path> folder = SdkPreferences.gameFolder();
		plugin.setText("");
		jemalloc.setText("");
		lastRun.setText("");
		if (folder.isEmpty()) {
			game.setText(Messages.RuntimeStateSection_noGameFolder);
			group.layout(true, true);
			return;
		}
		game.setText(NLS.bind(Messages.RuntimeStateSection_readingState, folder.get()));
		group.layout(true, true);
		Optional<Path> mods = SdkPreferences.modOrganizerMods();
		Display display = group.getDisplay();
		new DiskRead(NLS.bind(Messages.RuntimeStateSection_reading, folder.get()), READS, () -> {
			RuntimeState state;
			try {
				state = inspect(folder.get(), mods);
			} catch (RuntimeException e) {
				// The runtime bundle missing or not extracted (RuntimeFiles), a folder the system refuses to read...
				String reason = NLS.bind(Messages.RuntimeStateSection_cannotRead, folder.get(), e.getMessage());
				StatusManager.getManager().handle(new Status(IStatus.ERROR, SdkUi.PLUGIN_ID, reason, e), StatusManager.LOG);
				DiskRead.inUi(display, () -> showFailure(folder.get(), reason));
				return;
			}
			DiskRead.inUi(display, () -> show(folder.get(), state));
		}).schedule();
	}

	/** Where deploys put the runtime: the game, or Mod Organizer 2's mod when its mods folder is set. Reads the disk. */
	private static RuntimeState inspect(Path folder, Optional<Path> mods) {
		GameLayout layout = new GameLayout(folder);
		DeployTarget target = new DeployTarget(layout, mods);
		List<Path> logs = new ArrayList<>(List.of(layout.memoryPoolLog()));
		mods.flatMap(m -> ModOrganizerInstance.ofMods(m, ModOrganizerInstance.instancesFolderOfThisMachine()))
				.ifPresent(i -> logs.add(i.runtimeLog()));
		return new RuntimeInspector(RuntimeFiles.plugin(), RuntimeFiles.jemalloc()).inspect(layout, target.memoryPoolPlugin(),
				target.jemalloc(), logs);
	}

	private void show(Path folder, RuntimeState state) {
		if (group.isDisposed() || !SdkPreferences.gameFolder().equals(Optional.of(folder))) {
			return; // the folder changed since: its own job shows it
		}
		game.setText(NLS.bind(Messages.RuntimeStateSection_gameFolder, folder));
		plugin.setText(text(state.plugin()));
		jemalloc.setText(text(state.jemalloc()));
		lastRun.setText(state.lastAllocator().orElse(Messages.RuntimeStateSection_noLog));
		group.layout(true, true);
	}

	private void showFailure(Path folder, String reason) {
		if (group.isDisposed() || !SdkPreferences.gameFolder().equals(Optional.of(folder))) {
			return;
		}
		game.setText(NLS.bind(Messages.RuntimeStateSection_gameFolder, reason));
		group.layout(true, true);
	}

	private static String text(DeployedFile file) {
		return file.ok() ? file.state() : NLS.bind(Messages.RuntimeStateSection_problem, file.state());
	}

	private void refreshLater() {
		if (!group.isDisposed()) {
			group.getDisplay().asyncExec(() -> {
				if (!group.isDisposed()) {
					refresh();
				}
			});
		}
	}

	private void openPreferences() {
		PreferencesUtil.createPreferenceDialogOn(group.getShell(), SdkUi.ROOT_PREFERENCE_PAGE, null, null).open();
	}
}
