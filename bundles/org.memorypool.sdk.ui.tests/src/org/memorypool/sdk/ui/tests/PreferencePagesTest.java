// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.HostOs;
import org.memorypool.sdk.core.game.GameInstall;
import org.memorypool.sdk.core.game.GameInstallFinder;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.game.RegistryReader;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Screenshots;
import org.memorypool.sdk.tests.support.Widgets;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.build.BuildConsole;
import org.memorypool.sdk.ui.doctor.DoctorJob;
import org.memorypool.sdk.ui.preferences.SdkPreferencePage;
import org.memorypool.sdk.ui.preferences.SdkPreferences;
import org.memorypool.sdk.ui.preferences.ToolchainPreferencePage;

/** Window > Preferences > Fallout: New Vegas and its Toolchain page, as a user sets them up. */
class PreferencePagesTest {

	@TempDir
	Path dir;

	private PreferenceDialog dialog;
	private Supplier<List<GameInstall>> realFinder;

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close(); // as Cancel: nothing is stored
		}
		if (realFinder != null) {
			SdkPreferencePage.useInstalls(realFinder);
		}
	}

	private PreferencePage open(String pageId, Class<? extends PreferencePage> type) {
		dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				pageId, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Conditions.waitUntil("the preference page to show", () -> type.isInstance(dialog.getSelectedPage()));
		dialog.getShell().setSize(1100, 720); // room for the table's columns in the screenshots
		Conditions.processEvents();
		return (PreferencePage) dialog.getSelectedPage();
	}

	/** Lets the window system paint what the test changed, then saves the screen. */
	private static void screenshot(String name) {
		long until = System.nanoTime() + 300_000_000L;
		Conditions.waitUntil("the screen to be painted", () -> System.nanoTime() - until > 0);
		Screenshots.save(name);
	}

	/** Types into a field editor and leaves it, as a user does: field editors check on key release or focus lost. */
	private void type(Text text, String value) {
		text.setText(value);
		text.notifyListeners(SWT.KeyUp, new Event());
		text.notifyListeners(SWT.FocusOut, new Event());
		Conditions.processEvents();
	}

	@Test
	void detectListsWhereEachFolderCameFromAndChoosingOneChecksIt() throws Exception {
		GameLayout game = new GameLayout(Files.createDirectories(dir.resolve("Fallout New Vegas")));
		Files.write(game.exe(), new byte[0]);
		// The real finder, with FalloutNVPath set as xNVSE's build convention sets it, and no Steam in this home.
		realFinder = SdkPreferencePage.useInstalls(() -> new GameInstallFinder(Map.of("FalloutNVPath", game.root().toString()),
				dir.resolve("home"), HostOs.current(), RegistryReader.NONE).find());
		PreferencePage page = open(SdkUi.ROOT_PREFERENCE_PAGE, SdkPreferencePage.class);
		Text folder = Widgets.byLabel(dialog.getShell(), Text.class, "Game folder:");
		type(folder, "");

		Widgets.button(dialog.getShell(), "Detect").notifyListeners(SWT.Selection, null);
		Conditions.processEvents();
		Table detected = Widgets.byData(dialog.getShell(), Table.class, SdkPreferencePage.DETECTED_TABLE);
		assertEquals(1, detected.getItemCount());
		assertEquals(game.root().toString(), detected.getItem(0).getText(0));
		assertEquals("the FalloutNVPath environment variable", detected.getItem(0).getText(1));
		assertEquals("the game, no xNVSE (nvse_loader.exe)", detected.getItem(0).getText(2));
		assertEquals("Found 1 folder, 1 with FalloutNV.exe: choose one to use it as the game folder.",
				Widgets.byData(dialog.getShell(), Label.class, SdkPreferencePage.DETECT_STATUS).getText());

		detected.setSelection(0);
		detected.notifyListeners(SWT.Selection, null);
		Conditions.processEvents();
		assertEquals(game.root().toString(), folder.getText());
		assertTrue(page.isValid());
		assertEquals(IMessageProvider.WARNING, page.getMessageType());
		assertTrue(page.getMessage().contains("has no nvse_loader.exe: install xNVSE"), page.getMessage());
		screenshot("preferences-1-detected");

		type(folder, dir.resolve("elsewhere").toString());
		assertFalse(page.isValid());
		assertTrue(page.getErrorMessage().endsWith("elsewhere does not exist: choose the Fallout: New Vegas folder, the one that holds FalloutNV.exe"),
				page.getErrorMessage());
		type(folder, dir.toString());
		assertFalse(page.isValid());
		assertTrue(page.getErrorMessage().contains("has no FalloutNV.exe"), page.getErrorMessage());
		screenshot("preferences-2-not-the-game");

		Files.write(game.nvseLoader(), new byte[0]);
		type(folder, game.root().toString());
		assertTrue(page.isValid());
		assertNull(page.getErrorMessage());
		assertNull(page.getMessage(), "no warning once xNVSE is there");

		Text mods = Widgets.byLabel(dialog.getShell(), Text.class, "Mod Organizer 2 mods folder:");
		type(mods, dir.resolve("no MO2 here").toString());
		assertFalse(page.isValid());
		type(mods, "");
		assertTrue(page.isValid(), "Mod Organizer 2 is optional");
	}

	/** Check Setup runs the doctor on the folders as typed on the page, and its checklist goes to the console. */
	@Test
	void checkSetupPrintsTheDoctorsChecklistForTheFoldersOnThePage() throws Exception {
		GameLayout game = new GameLayout(Files.createDirectories(dir.resolve("Fallout New Vegas")));
		Files.write(game.exe(), new byte[] { 'M', 'Z' });
		open(SdkUi.ROOT_PREFERENCE_PAGE, SdkPreferencePage.class);
		type(Widgets.byLabel(dialog.getShell(), Text.class, "Game folder:"), game.root().toString());
		Widgets.byData(dialog.getShell(), Button.class, SdkPreferencePage.CHECK_BUTTON).notifyListeners(SWT.Selection, null);
		// The console fills on the UI thread after the job, and may still show an earlier check: wait for this one's.
		String given = "[ok]      Game folder: " + game.root() + " (given)";
		Conditions.waitUntil("the check to finish", () -> Job.getJobManager().find(DoctorJob.FAMILY).length == 0
				&& BuildConsole.get().console().getDocument().get().contains(given)
				&& BuildConsole.get().console().getDocument().get().contains("from loading."));
		String console = BuildConsole.get().console().getDocument().get();
		assertTrue(console.contains("[ok]      Game folder: " + game.root() + " (given)"), console);
		assertTrue(console.contains("[problem] FalloutNV.exe: cannot be read as a program"), console);
		assertTrue(console.contains("[problem] xNVSE: nvse_1_4.dll is missing"), console);
		assertTrue(console.contains("Something above (marked problem) stops one or more plugins from loading."), console);
		assertFalse(game.root().toString().equals(SdkPreferences.store().getString(SdkPreferences.GAME_FOLDER)),
				"checking stores nothing");
		screenshot("preferences-3-check-setup");
	}

	@Test
	void detectSaysWhereItLookedWhenItFindsNothing() {
		realFinder = SdkPreferencePage.useInstalls(List::of);
		open(SdkUi.ROOT_PREFERENCE_PAGE, SdkPreferencePage.class);
		Widgets.button(dialog.getShell(), "Detect").notifyListeners(SWT.Selection, null);
		Conditions.processEvents();
		assertEquals(0, Widgets.byData(dialog.getShell(), Table.class, SdkPreferencePage.DETECTED_TABLE).getItemCount());
		assertTrue(Widgets.byData(dialog.getShell(), Label.class, SdkPreferencePage.DETECT_STATUS).getText()
				.startsWith("No game folder found in FalloutNVPath, Steam's libraries, the registry or GOG's folders"));
	}

	@Test
	void theToolchainPageShowsTheCompilerAndWarnsWhenOnlyA64BitOneIsThere() throws Exception {
		PreferencePage page = open(SdkUi.TOOLCHAIN_PREFERENCE_PAGE, ToolchainPreferencePage.class);
		Label compiler = Widgets.byData(dialog.getShell(), Label.class, ToolchainPreferencePage.COMPILER_LABEL);
		Text prefix = Widgets.byLabel(dialog.getShell(), Text.class, "Toolchain prefix:");
		Text path = Widgets.byLabel(dialog.getShell(), Text.class, "Toolchain path:");
		type(prefix, "i686-w64-mingw32-");
		type(path, "");
		// MinGW-w64's i686 compiler is a requirement of the build; its --version starts with its own name.
		Conditions.waitUntil("the compiler's version line", () -> compiler.getText().startsWith("i686-w64-mingw32-g++ "));
		assertTrue(compiler.getText().contains("makes code for i686-w64-mingw32"), compiler.getText());
		assertNull(page.getMessage(), compiler.getText());
		screenshot("preferences-3-toolchain");

		Path bin = Files.createDirectories(dir.resolve("mingw64/bin"));
		Path only64 = Files.writeString(bin.resolve("x86_64-w64-mingw32-g++"), "#!/bin/sh\necho x86_64-w64-mingw32\n");
		Files.setPosixFilePermissions(only64, PosixFilePermissions.fromString("rwxr-xr-x"));
		type(prefix, "i586-w64-mingw32-");
		type(path, bin.toString());
		try {
			Conditions.waitUntil("the 64-bit warning", () -> compiler.getText().contains("Warning: only x86_64-w64-mingw32-g++ is installed"));
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; the page shows: " + compiler.getText(), e);
		}
		assertEquals(IMessageProvider.WARNING, page.getMessageType());
		assertTrue(page.getMessage().contains("it makes 64-bit DLLs, which the 32-bit game cannot load"), page.getMessage());
		assertTrue(compiler.getText().contains("Error: i586-w64-mingw32-g++ is not installed"), compiler.getText());
		screenshot("preferences-4-toolchain-64-bit-only");
	}
}
