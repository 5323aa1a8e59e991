package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.wizards.IWizardCategory;
import org.junit.jupiter.api.Test;
import org.memorypool.sdk.core.SdkVersion;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Screenshots;
import org.memorypool.sdk.tests.support.Widgets;
import org.memorypool.sdk.ui.SdkUi;
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
