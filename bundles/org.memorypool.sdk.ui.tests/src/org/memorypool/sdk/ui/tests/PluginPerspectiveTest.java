// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Screenshots;
import org.memorypool.sdk.tests.support.Widgets;
import org.memorypool.sdk.tests.support.WizardDriver;
import org.memorypool.sdk.ui.PluginPerspective;
import org.memorypool.sdk.ui.api.ApiView;
import org.memorypool.sdk.ui.monitor.HeapMonitorView;
import org.memorypool.sdk.ui.wizards.NewPluginProjectWizard;

/** Window > Perspective > Open Perspective > NVSE Plugin Development, and the new-project wizard's offer of it. */
class PluginPerspectiveTest {

	private IWorkbenchPage page;
	private IPerspectiveDescriptor before;

	@BeforeEach
	void workbench() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		before = page.getPerspective();
	}

	/** The other tests find the workbench as it was. */
	@AfterEach
	void restore() throws Exception {
		WizardProjects.switchPerspective("never");
		page.closeAllEditors(false);
		IPerspectiveDescriptor ours = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(PluginPerspective.ID);
		if (!before.getId().equals(PluginPerspective.ID)) {
			page.setPerspective(before);
			page.closePerspective(ours, false, false);
		}
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, null);
		}
		Conditions.processEvents();
	}

	private static IPerspectiveDescriptor descriptor() {
		IPerspectiveDescriptor descriptor = PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(PluginPerspective.ID);
		assertNotNull(descriptor, "the perspective is not registered");
		return descriptor;
	}

	@Test
	void thePerspectiveShowsTheEditorTheExplorerTheApiTheConsoleAndTheHeapMonitor() throws Exception {
		assertEquals("NVSE Plugin Development", descriptor().getLabel());
		page.setPerspective(descriptor());
		page.resetPerspective(); // the factory's layout, whatever an earlier run saved
		Conditions.processEvents();
		assertEquals(PluginPerspective.ID, page.getPerspective().getId());

		for (String id : List.of(IPageLayout.ID_PROJECT_EXPLORER, ApiView.ID, IConsoleConstants.ID_CONSOLE_VIEW,
				HeapMonitorView.ID)) {
			IViewPart view = page.findView(id);
			assertNotNull(view, id + " is not open in the perspective");
			assertTrue(page.isPartVisible(view), id + " is not shown");
		}
		assertNotNull(page.findViewReference(IPageLayout.ID_PROBLEM_VIEW), "the Problems view, under the console's tab");
		assertTrue(page.isEditorAreaVisible());

		// The API view on the right with room for its sections: about 30 % of the window's width, the whole height.
		Shell shell = page.getWorkbenchWindow().getShell();
		Rectangle window = shell.getClientArea();
		Rectangle api = bounds(Widgets.byData(shell, Text.class, ApiView.FILTER).getParent());
		Rectangle explorer = bounds(((CommonNavigator) page.findView(IPageLayout.ID_PROJECT_EXPLORER)).getCommonViewer().getControl());
		double share = (double) api.width / window.width;
		assertTrue(share > 0.22 && share < 0.38, "the API view takes " + share + " of the width");
		assertTrue(api.x > window.width / 2, "on the right: " + api);
		assertTrue(explorer.x < window.width / 5, "the explorer on the left: " + explorer);

		assertTrue(List.of(page.getNewWizardShortcuts()).contains(NewPluginProjectWizard.ID));
		assertTrue(List.of(page.getShowViewShortcuts()).containsAll(List.of(ApiView.ID, HeapMonitorView.ID)));
		Screenshots.save("perspective-nvse-plugin-development");
	}

	private static Rectangle bounds(Control control) {
		assertNotNull(control);
		return control.getDisplay().map(control.getParent(), control.getShell(), control.getBounds());
	}

	/**
	 * Finishing the new-project wizard in another perspective asks, as the IDE's preference says by default, whether to
	 * open NVSE Plugin Development; yes switches to it.
	 */
	@Test
	void theNewProjectWizardOffersToOpenThePerspective() throws Exception {
		assertTrue(!before.getId().equals(PluginPerspective.ID), "the tests run in another perspective");
		WizardProjects.switchPerspective("prompt");
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewPluginProjectWizard.ID);
		NewPluginProjectWizard wizard = (NewPluginProjectWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDriver driver = WizardDriver.open(page.getWorkbenchWindow().getShell(), wizard);
		try {
			Widgets.byLabel(driver.shell(), Text.class, "Project name:").setText("Perspective");
			Conditions.processEvents();
			AtomicReference<String> asked = answerOpenPerspective();
			driver.finish();
			assertNotNull(asked.get(), "no question about the perspective");
			assertTrue(asked.get().contains("Open the NVSE Plugin Development perspective?"), asked.get());
		} finally {
			driver.close();
		}
		Conditions.processEvents();
		assertEquals(PluginPerspective.ID, page.getWorkbenchWindow().getActivePage().getPerspective().getId());
		assertTrue(ResourcesPlugin.getWorkspace().getRoot().getProject("Perspective").isOpen());
	}

	/** The IDE's question is a modal dialog: a timer reads it and presses Open Perspective. */
	private static AtomicReference<String> answerOpenPerspective() {
		AtomicReference<String> asked = new AtomicReference<>();
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + Conditions.DEFAULT_TIMEOUT.toNanos();
		display.timerExec(50, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if ("Open Associated Perspective?".equals(shell.getText()) && shell.isVisible()) {
						asked.set(String.join("\n", StatusDialogs.texts(shell)));
						Screenshots.save("perspective-offered");
						Widgets.button(shell, "Open Perspective").notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
				if (System.nanoTime() < deadline) {
					display.timerExec(50, this);
				}
			}
		});
		return asked;
	}
}
