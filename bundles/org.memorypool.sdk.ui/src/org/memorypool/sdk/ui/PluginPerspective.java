// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.console.IConsoleConstants;
import org.memorypool.sdk.ui.api.ApiView;
import org.memorypool.sdk.ui.monitor.HeapMonitorView;
import org.memorypool.sdk.ui.wizards.NewPluginProjectWizard;

/**
 * Window > Perspective > Open Perspective > NVSE Plugin Development: the editor in the middle; the Project Explorer on
 * the left; the MemoryPool API view on the right, over the whole height, with room for its functions, runtime and
 * script commands; below the editor the NVSE Build console with the Problems view, and the Heap Monitor beside them.
 * The new-project wizard offers to switch to it (its finalPerspective).
 */
public final class PluginPerspective implements IPerspectiveFactory {

	public static final String ID = "org.memorypool.sdk.ui.perspective";

	/** Folder ids, kept stable: the workbench saves the layout under them. */
	private static final String LEFT = ID + ".left";
	private static final String RIGHT = ID + ".right";
	private static final String BOTTOM = ID + ".bottom";
	private static final String BOTTOM_RIGHT = ID + ".bottomRight";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		// Each folder takes its share of what is left: the API view 30 % of the window's width, the explorer
		// 28 % of the rest, the views below the editor a third of its height, the Heap Monitor half of their width.
		IFolderLayout right = layout.createFolder(RIGHT, IPageLayout.RIGHT, 0.70f, editors);
		right.addView(ApiView.ID);
		right.addPlaceholder(IPageLayout.ID_OUTLINE);
		IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.28f, editors);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.68f, editors);
		bottom.addView(IConsoleConstants.ID_CONSOLE_VIEW);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_TASK_LIST);
		IFolderLayout bottomRight = layout.createFolder(BOTTOM_RIGHT, IPageLayout.RIGHT, 0.5f, BOTTOM);
		bottomRight.addView(HeapMonitorView.ID);

		layout.addNewWizardShortcut(NewPluginProjectWizard.ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder"); //$NON-NLS-1$
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file"); //$NON-NLS-1$
		layout.addShowViewShortcut(ApiView.ID);
		layout.addShowViewShortcut(HeapMonitorView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IConsoleConstants.ID_CONSOLE_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		// Run As > Fallout: New Vegas (NVSE) from the toolbar's Run button.
		layout.addActionSet(IDebugUIConstants.LAUNCH_ACTION_SET);
	}
}
