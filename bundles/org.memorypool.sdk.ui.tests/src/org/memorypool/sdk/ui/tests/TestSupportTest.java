// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Screenshots;
import org.memorypool.sdk.tests.support.Widgets;
import org.memorypool.sdk.tests.support.WizardDriver;

/** The SWTBot stand-in, tried on a small two-page wizard in the real workbench. */
class TestSupportTest {

	/** Page one wants a name; page two is optional. */
	private static final class NameWizard extends Wizard {
		String finishedWith;
		final WizardPage first = new WizardPage("name") {
			@Override
			public void createControl(Composite parent) {
				Composite composite = new Composite(parent, SWT.NONE);
				composite.setLayout(new GridLayout(2, false));
				new Label(composite, SWT.NONE).setText("&Name:");
				Text name = new Text(composite, SWT.BORDER);
				name.addModifyListener(e -> validate(name.getText()));
				setControl(composite);
				validate("");
			}

			private void validate(String name) {
				setErrorMessage(name.isBlank() ? "Enter a name" : null);
				setPageComplete(!name.isBlank());
			}
		};
		final WizardPage second = new WizardPage("options") {
			@Override
			public void createControl(Composite parent) {
				Composite composite = new Composite(parent, SWT.NONE);
				composite.setLayout(new GridLayout(1, false));
				new Label(composite, SWT.NONE).setText("Nothing to choose yet.");
				setControl(composite);
			}
		};

		NameWizard() {
			setWindowTitle("Test wizard");
		}

		@Override
		public void addPages() {
			addPage(first);
			addPage(second);
		}

		@Override
		public boolean performFinish() {
			finishedWith = Widgets.byLabel(first.getControl(), Text.class, "Name:").getText();
			return true;
		}
	}

	@Test
	void drivesAWizardAsAUserWould() throws Exception {
		NameWizard wizard = new NameWizard();
		WizardDriver driver = WizardDriver.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		try {
			assertFalse(driver.canFinish());
			assertEquals("Enter a name", driver.errorMessage());
			AssertionError refused = assertThrows(AssertionError.class, driver::finish);
			assertTrue(refused.getMessage().contains("Enter a name"), refused.getMessage());

			Text name = Widgets.byLabel(driver.shell(), Text.class, "Name:");
			name.setText("Plugin");
			Conditions.processEvents();
			assertNull(driver.errorMessage());
			assertTrue(driver.canFinish());

			driver.next();
			assertEquals("options", driver.currentPage().getName());
			Path shot = Screenshots.save("test-support-wizard");
			assertTrue(Files.size(shot) > 0);
			driver.finish();
			assertEquals("Plugin", wizard.finishedWith);
		} finally {
			driver.close();
		}
	}

	@Test
	void findingAMissingWidgetSaysWhatWasLookedFor() {
		AssertionError e = assertThrows(AssertionError.class,
				() -> Widgets.button(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "No Such Button"));
		assertTrue(e.getMessage().contains("'No Such Button'"), e.getMessage());
	}

	@Test
	void waitingTimesOutWithTheCondition() {
		AssertionError e = assertThrows(AssertionError.class,
				() -> Conditions.waitUntil("a thing that never happens", () -> false, Duration.ofMillis(200)));
		assertTrue(e.getMessage().contains("a thing that never happens"), e.getMessage());
	}
}
