// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.export;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * File > Export... > Fallout: New Vegas > NVSE Plugin Mod Archive: the zip players install, as {@code ./sdk package}
 * writes it. Finish only starts the {@link ModArchiveExportJob}; the build and the packaging run in the background.
 */
public final class ExportModArchiveWizard extends Wizard implements IExportWizard {

	public static final String ID = "org.memorypool.sdk.ui.export.modArchive";

	private ModArchivePage page;
	private IProject selected;
	private ModArchiveExportJob job;

	public ExportModArchiveWizard() {
		setWindowTitle(Messages.ExportModArchiveWizard_title);
		setDialogSettings(DialogSettings.getOrCreateSection(
				PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportModArchiveWizard.class)).getDialogSettings(),
				"ExportModArchiveWizard")); //$NON-NLS-1$
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (selection != null && selection.size() == 1) {
			IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
			selected = resource == null ? null : resource.getProject();
		}
	}

	@Override
	public void addPages() {
		page = new ModArchivePage(selected);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		page.saveSettings();
		job = new ModArchiveExportJob(page.project(), page.configuration(), page.outputFolder());
		job.schedule();
		return true;
	}

	/** The export Finish started; null before. */
	public ModArchiveExportJob job() {
		return job;
	}
}
