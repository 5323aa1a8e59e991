// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.preferences;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.memorypool.sdk.core.SdkVersion;
import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.game.GameFolderCheck;
import org.memorypool.sdk.core.game.GameInstall;
import org.memorypool.sdk.core.game.GameInstallFinder;
import org.memorypool.sdk.ui.build.BuildConsole;
import org.memorypool.sdk.ui.doctor.DoctorJob;

/**
 * Window > Preferences > Fallout: New Vegas: the SDK's root page. The game folder, checked as the user types (no
 * FalloutNV.exe is an error, no nvse_loader.exe a warning), with Detect listing the folders found on this machine and
 * where each came from; Mod Organizer 2's mods folder, where deploys go instead when it is set; and Check Setup, the
 * doctor's checklist for both as they stand on the page.
 */
public final class SdkPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Data key of the label that shows the SDK version, for tests. */
	public static final String VERSION_LABEL = "org.memorypool.sdk.ui.preferences.version";
	/** Data key of the table of detected game folders, for tests. */
	public static final String DETECTED_TABLE = "org.memorypool.sdk.ui.preferences.detected";
	/** Data key of the Check Setup button, for tests. */
	public static final String CHECK_BUTTON = "org.memorypool.sdk.ui.preferences.check";
	/** Data key of the label that says what Detect found, for tests. */
	public static final String DETECT_STATUS = "org.memorypool.sdk.ui.preferences.detectStatus";

	private static Supplier<List<GameInstall>> installs = () -> GameInstallFinder.forThisMachine().find();

	private GameFolderEditor gameFolder;
	private Table detected;
	private Label detectStatus;
	private String gameFolderWarning;

	public SdkPreferencePage() {
		super(GRID);
	}

	/**
	 * Replaces where Detect looks, e.g. a {@link GameInstallFinder} with a test's environment.
	 *
	 * @return the finder it replaces, to put back
	 */
	public static synchronized Supplier<List<GameInstall>> useInstalls(Supplier<List<GameInstall>> finder) {
		Supplier<List<GameInstall>> previous = installs;
		installs = Objects.requireNonNull(finder);
		return previous;
	}

	private static synchronized List<GameInstall> findInstalls() {
		return installs.get();
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(SdkPreferences.store());
		setDescription(Messages.SdkPreferencePage_description);
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		Label version = new Label(parent, SWT.NONE);
		version.setText(NLS.bind(Messages.SdkPreferencePage_version, SdkVersion.current()));
		version.setData(VERSION_LABEL, Boolean.TRUE);
		version.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

		gameFolder = new GameFolderEditor(parent);
		addField(gameFolder);
		createDetection(parent);

		DirectoryFieldEditor mods = new DirectoryFieldEditor(SdkPreferences.MOD_ORGANIZER_MODS, Messages.SdkPreferencePage_modsFolder,
				parent);
		mods.setEmptyStringAllowed(true);
		mods.setErrorMessage(Messages.SdkPreferencePage_modsFolderMissing);
		addField(mods);
		Label modsHint = new Label(parent, SWT.WRAP);
		modsHint.setText(Messages.SdkPreferencePage_modsHint);
		GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		hintData.widthHint = 400;
		modsHint.setLayoutData(hintData);
		createCheck(parent, mods);
	}

	/** Check Setup: the doctor's checklist, in the console, for the folders as they stand on the page. */
	private void createCheck(Composite parent, DirectoryFieldEditor mods) {
		new Label(parent, SWT.NONE);
		Button check = new Button(parent, SWT.PUSH);
		check.setText(Messages.SdkPreferencePage_checkSetup);
		check.setData(CHECK_BUTTON, Boolean.TRUE);
		check.setToolTipText(NLS.bind(Messages.SdkPreferencePage_checkSetupTooltip, BuildConsole.NAME));
		check.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		check.addListener(SWT.Selection, e -> new DoctorJob(folder(gameFolder.getStringValue()),
				folder(mods.getStringValue())).schedule());
	}

	private static Optional<Path> folder(String text) {
		try {
			return text.isBlank() ? Optional.empty() : Optional.of(Path.of(text.strip()).toAbsolutePath().normalize());
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	/** The Detect button and the table of what it found; choosing a row fills in the game folder. */
	private void createDetection(Composite parent) {
		new Label(parent, SWT.NONE);
		Button detect = new Button(parent, SWT.PUSH);
		detect.setText(Messages.SdkPreferencePage_detect);
		detect.setToolTipText(Messages.SdkPreferencePage_detectTooltip);
		detect.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		detect.addListener(SWT.Selection, e -> detect());

		new Label(parent, SWT.NONE);
		detected = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		detected.setData(DETECTED_TABLE, Boolean.TRUE);
		detected.setHeaderVisible(true);
		detected.setLinesVisible(true);
		for (String title : List.of(Messages.SdkPreferencePage_folder, Messages.SdkPreferencePage_foundThrough,
				Messages.SdkPreferencePage_holds)) {
			TableColumn column = new TableColumn(detected, SWT.NONE);
			column.setText(title);
			column.setWidth(160);
		}
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
		tableData.heightHint = 80;
		tableData.widthHint = 420;
		detected.setLayoutData(tableData);
		detected.addListener(SWT.Selection, e -> {
			if (detected.getSelectionCount() == 1) {
				gameFolder.setStringValue(((GameInstall) detected.getSelection()[0].getData()).folder().toString());
			}
		});

		new Label(parent, SWT.NONE);
		detectStatus = new Label(parent, SWT.WRAP);
		detectStatus.setData(DETECT_STATUS, Boolean.TRUE);
		detectStatus.setText(Messages.SdkPreferencePage_detectHint);
		GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		statusData.widthHint = 420;
		detectStatus.setLayoutData(statusData);
	}

	private void detect() {
		detected.removeAll();
		List<GameInstall> found = findInstalls();
		long usable = 0;
		for (GameInstall install : found) {
			GameFolderCheck check = GameFolderCheck.of(install.folder());
			TableItem item = new TableItem(detected, SWT.NONE);
			item.setData(install);
			// Folder names come from Steam's and the stores' files.
			item.setText(new String[] { TerminalText.escape(install.folder().toString()), TerminalText.escape(install.source()),
					holds(install.folder(), check) });
			usable += check.usable() ? 1 : 0;
		}
		for (TableColumn column : detected.getColumns()) {
			column.pack();
		}
		detectStatus.setText(found.isEmpty() ? Messages.SdkPreferencePage_noneFound
				: NLS.bind(found.size() == 1 ? Messages.SdkPreferencePage_foundOne : Messages.SdkPreferencePage_foundMany, found.size(),
						usable));
		detectStatus.getParent().layout(true, true);
	}

	private static String holds(Path folder, GameFolderCheck check) {
		if (!check.usable()) {
			return Files.isDirectory(folder) ? Messages.SdkPreferencePage_holdsNoGame : Messages.SdkPreferencePage_holdsNothing;
		}
		return check.warnings().isEmpty() ? Messages.SdkPreferencePage_holdsGameAndNvse : Messages.SdkPreferencePage_holdsGameOnly;
	}

	/** Shows the game folder's warning, if any, where the page shows messages; errors show through the field. */
	private void showWarning() {
		setMessage(gameFolderWarning == null ? null : TerminalText.escapeLine(gameFolderWarning),
				gameFolderWarning == null ? IMessageProvider.NONE : IMessageProvider.WARNING);
	}

	/** The folder that holds FalloutNV.exe, as {@link GameFolderCheck} judges it. */
	private final class GameFolderEditor extends DirectoryFieldEditor {

		GameFolderEditor(Composite parent) {
			super(SdkPreferences.GAME_FOLDER, Messages.SdkPreferencePage_gameFolder, parent);
			setEmptyStringAllowed(true);
		}

		@Override
		protected boolean doCheckState() {
			String folder = getStringValue().strip();
			gameFolderWarning = null;
			try {
				if (!folder.isEmpty()) {
					GameFolderCheck check = GameFolderCheck.of(Path.of(folder));
					if (!check.usable()) {
						setErrorMessage(capitalized(check.errors().get(0)));
						return false;
					}
					gameFolderWarning = check.warnings().isEmpty() ? null : capitalized(check.warnings().get(0));
				}
				return true;
			} catch (InvalidPathException e) {
				setErrorMessage(NLS.bind(Messages.SdkPreferencePage_notAFolderName, folder));
				return false;
			} finally {
				showWarning();
			}
		}

		private static String capitalized(String sentence) {
			return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
		}
	}
}
