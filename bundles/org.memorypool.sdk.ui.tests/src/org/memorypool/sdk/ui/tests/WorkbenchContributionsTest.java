// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;
import org.eclipse.ui.wizards.IWizardCategory;
import org.junit.jupiter.api.Test;
import org.memorypool.sdk.core.SdkVersion;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Screenshots;
import org.memorypool.sdk.tests.support.Widgets;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.build.BuildConsole;
import org.memorypool.sdk.ui.doctor.DoctorJob;
import org.memorypool.sdk.ui.preferences.SdkPreferencePage;

/** What a user sees of the SDK in a fresh workbench: its categories and its preference page. */
class WorkbenchContributionsTest {

	@Test
	void newProjectDialogHasTheFalloutCategory() {
		IWizardCategory category = PlatformUI.getWorkbench().getNewWizardRegistry().getRootCategory()
				.findCategory(new org.eclipse.core.runtime.Path(SdkUi.NEW_WIZARD_CATEGORY));
		assertNotNull(category, "no new-wizard category " + SdkUi.NEW_WIZARD_CATEGORY);
		assertEquals("Fallout: New Vegas", category.getLabel());
	}

	@Test
	void showViewDialogHasTheFalloutCategory() {
		IViewCategory category = Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getCategories())
				.filter(c -> c.getId().equals(SdkUi.VIEW_CATEGORY)).findFirst().orElse(null);
		assertNotNull(category, "no view category " + SdkUi.VIEW_CATEGORY);
		assertEquals("Fallout: New Vegas", category.getLabel());
		assertEquals(List.of("Heap Monitor", "MemoryPool API"), Arrays.stream(category.getViews())
				.map(IViewDescriptor::getLabel).sorted().toList());
	}

	/** Check Game Setup, from the toolbar's command: the checklist for the folders in the preferences, in the console. */
	@Test
	void checkGameSetupPrintsTheChecklist() throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
		handlers.executeCommand("org.memorypool.sdk.ui.commands.doctor", null);
		// The console's document fills on the UI thread, after the job's lines are written.
		Conditions.waitUntil("the checklist in the console", () -> Job.getJobManager().find(DoctorJob.FAMILY).length == 0
				&& BuildConsole.get().console().getDocument().get().contains("from loading."));
		String console = BuildConsole.get().console().getDocument().get();
		assertTrue(console.startsWith("Checking the game setup (nothing is changed)"), console);
		assertTrue(console.contains("Game folder: "), console);
		assertTrue(console.contains("from loading."), console);
	}

	@Test
	void preferencePageShowsTheSdkVersion() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, SdkUi.ROOT_PREFERENCE_PAGE, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Conditions.waitUntil("the preference page to show", () -> dialog.getSelectedPage() instanceof SdkPreferencePage);
			Label version = Widgets.byData(dialog.getShell(), Label.class, SdkPreferencePage.VERSION_LABEL);
			assertEquals("MemoryPool SDK " + SdkVersion.current(), version.getText());
			assertEquals("Fallout: New Vegas", ((SdkPreferencePage) dialog.getSelectedPage()).getTitle());
			Path shot = Screenshots.save("preferences-fallout-new-vegas");
			assertTrue(Files.size(shot) > 0, shot + " is empty");
		} finally {
			dialog.close();
		}
	}
}
