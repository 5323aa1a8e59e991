// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Widgets;
import org.memorypool.sdk.tests.support.WizardDriver;
import org.memorypool.sdk.ui.wizards.NewPluginProjectWizard;

/** Projects made as a user makes them: File > New > Project... > NVSE Plugin Project, everything at its default. */
final class WizardProjects {

	private WizardProjects() {
	}

	/** The IDE's preference on switching to a new project's perspective (org.eclipse.ui.ide's own key and values). */
	static final String SWITCH_PERSPECTIVE = "SWITCH_PERSPECTIVE_ON_PROJECT_CREATION";

	/**
	 * Sets what the IDE does about the wizard's perspective after Finish: {@code never}, {@code always} or
	 * {@code prompt} (its default, a question the tests that do not look at it must not stop at).
	 */
	static void switchPerspective(String mode) {
		InstanceScope.INSTANCE.getNode("org.eclipse.ui.ide").put(SWITCH_PERSPECTIVE, mode);
	}

	static IProject create(IWorkbenchPage page, String name) {
		switchPerspective("never");
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewPluginProjectWizard.ID);
		try {
			NewPluginProjectWizard wizard = (NewPluginProjectWizard) descriptor.createWizard();
			wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
			WizardDriver driver = WizardDriver.open(page.getWorkbenchWindow().getShell(), wizard);
			Widgets.byLabel(driver.shell(), Text.class, "Project name:").setText(name);
			Conditions.processEvents();
			driver.finish();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		assertTrue(project.isOpen());
		return project;
	}
}
