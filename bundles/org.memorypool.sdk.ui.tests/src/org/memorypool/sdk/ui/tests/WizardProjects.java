package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
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

	static IProject create(IWorkbenchPage page, String name) {
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
