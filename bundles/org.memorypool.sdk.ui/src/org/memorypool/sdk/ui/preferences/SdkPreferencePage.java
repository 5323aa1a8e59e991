package org.memorypool.sdk.ui.preferences;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.memorypool.sdk.core.SdkVersion;
import org.memorypool.sdk.core.game.GameLayout;

/** Window > Preferences > Fallout: New Vegas: the SDK's root page, with the game folder. */
public final class SdkPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Data key of the label that shows the SDK version, for tests. */
	public static final String VERSION_LABEL = "org.memorypool.sdk.ui.preferences.version";

	public SdkPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(SdkPreferences.store());
		setDescription("Tools for writing NVSE plugins for Fallout: New Vegas that use the MemoryPool allocator.");
	}

	@Override
	protected void createFieldEditors() {
		Label version = new Label(getFieldEditorParent(), SWT.NONE);
		version.setText("MemoryPool SDK " + SdkVersion.current());
		version.setData(VERSION_LABEL, Boolean.TRUE);
		version.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		addField(new GameFolderEditor());
	}

	/** The folder that holds FalloutNV.exe; nvse_loader.exe missing there is worth a warning, not a refusal. */
	private final class GameFolderEditor extends DirectoryFieldEditor {

		GameFolderEditor() {
			super(SdkPreferences.GAME_FOLDER, "&Game folder:", getFieldEditorParent());
			setEmptyStringAllowed(true);
			setErrorMessage("The game folder must contain FalloutNV.exe: choose the folder of your Fallout: New Vegas install");
		}

		@Override
		protected boolean doCheckState() {
			String folder = getStringValue().strip();
			if (folder.isEmpty()) {
				return true;
			}
			GameLayout game = new GameLayout(Path.of(folder));
			if (!Files.isRegularFile(game.exe())) {
				return false;
			}
			if (!Files.isRegularFile(game.nvseLoader())) {
				setMessage("No nvse_loader.exe in the game folder: install xNVSE, or plugins will not load", IMessageProvider.WARNING);
			} else {
				setMessage(null);
			}
			return true;
		}
	}
}
