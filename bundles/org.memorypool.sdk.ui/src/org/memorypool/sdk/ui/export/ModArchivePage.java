// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The export's one page: the plugin project (the selected one when it is a plugin project), its configuration (Release
 * unless the user picks another) and where the archive goes: the configuration's build folder, as {@code ./sdk package}
 * writes it, or a folder of the user's, remembered in the dialog settings for the next export. The projects'
 * configurations are read from their .cproject files in a job: the page says so meanwhile and cannot finish yet.
 */
final class ModArchivePage extends WizardPage {

	/** The family of the job that reads the projects' configurations, for the tests' waits. */
	static final Object READING = ModArchivePage.class;
	private static final String USE_BUILD_FOLDER = "useBuildFolder"; //$NON-NLS-1$
	private static final String OUTPUT_FOLDER = "outputFolder"; //$NON-NLS-1$

	private final IProject preselected;
	/** Null until the job read them. */
	private List<ExportableProject> projects;
	private Combo project;
	private Combo configuration;
	private Button useBuildFolder;
	private Text outputFolder;
	private Button browse;
	/** The folder the user chose last, shown again when the build folder is unchecked. */
	private String customFolder = ""; //$NON-NLS-1$

	/** @param preselected the project of the workbench's selection, chosen first when it can be exported; may be null */
	ModArchivePage(IProject preselected) {
		super("modArchive"); //$NON-NLS-1$
		this.preselected = preselected;
		setTitle(Messages.ModArchivePage_title);
		setDescription(Messages.ModArchivePage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.ModArchivePage_project);
		project = new Combo(page, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(project);
		new Label(page, SWT.NONE).setText(Messages.ModArchivePage_configuration);
		configuration = new Combo(page, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(configuration);
		useBuildFolder = new Button(page, SWT.CHECK);
		useBuildFolder.setText(Messages.ModArchivePage_useBuildFolder);
		GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(useBuildFolder);
		new Label(page, SWT.NONE).setText(Messages.ModArchivePage_outputFolder);
		outputFolder = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(outputFolder);
		browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.ModArchivePage_browse);

		IDialogSettings settings = getDialogSettings();
		boolean remembered = settings == null || settings.get(USE_BUILD_FOLDER) == null || settings.getBoolean(USE_BUILD_FOLDER);
		useBuildFolder.setSelection(remembered);
		if (settings != null && settings.get(OUTPUT_FOLDER) != null) {
			customFolder = settings.get(OUTPUT_FOLDER);
		}

		project.addListener(SWT.Selection, e -> projectChosen());
		configuration.addListener(SWT.Selection, e -> updateFolder());
		useBuildFolder.addListener(SWT.Selection, e -> updateFolder());
		outputFolder.addModifyListener(e -> {
			if (!useBuildFolder.getSelection()) {
				customFolder = outputFolder.getText();
			}
			validate();
		});
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage(Messages.ModArchivePage_browseMessage);
			dialog.setFilterPath(outputFolder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				outputFolder.setText(chosen);
			}
		});
		setControl(page);
		setEnabled(false);
		setMessage(Messages.ModArchivePage_reading);
		setPageComplete(false);
		readProjects();
	}

	/** Reads the candidates' configurations in a job and fills the page with them when it is done. */
	private void readProjects() {
		List<IProject> candidates = ExportableProject.candidates();
		Job job = new Job(Messages.ModArchivePage_readingJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<ExportableProject> found = ExportableProject.read(candidates);
				if (!project.isDisposed()) {
					project.getDisplay().asyncExec(() -> show(found));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == READING;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void show(List<ExportableProject> found) {
		if (project.isDisposed()) {
			return;
		}
		projects = found;
		setMessage(null);
		setEnabled(!found.isEmpty());
		found.forEach(p -> project.add(p.project().getName()));
		int chosen = 0;
		for (int i = 0; i < found.size(); i++) {
			if (found.get(i).project().equals(preselected)) {
				chosen = i;
			}
		}
		if (!found.isEmpty()) {
			project.select(chosen);
			projectChosen();
		} else {
			validate();
		}
	}

	private void setEnabled(boolean enabled) {
		project.setEnabled(enabled);
		configuration.setEnabled(enabled);
		useBuildFolder.setEnabled(enabled);
		outputFolder.setEnabled(enabled && !useBuildFolder.getSelection());
		browse.setEnabled(enabled && !useBuildFolder.getSelection());
	}

	private Optional<ExportableProject> chosen() {
		int index = project.getSelectionIndex();
		return projects == null || index < 0 ? Optional.empty() : Optional.of(projects.get(index));
	}

	private void projectChosen() {
		configuration.removeAll();
		chosen().ifPresent(p -> {
			p.configurations().forEach(configuration::add);
			configuration.select(p.configurations().indexOf(p.defaultConfiguration()));
		});
		updateFolder();
	}

	/** The build folder of the configuration, shown but not editable; or the user's folder. */
	private void updateFolder() {
		boolean build = useBuildFolder.getSelection();
		boolean enabled = projects != null && !projects.isEmpty();
		outputFolder.setEnabled(enabled && !build);
		browse.setEnabled(enabled && !build);
		if (build) {
			outputFolder.setText(chosen().map(p -> p.buildFolder(configuration()).toString()).orElse("")); //$NON-NLS-1$
		} else {
			outputFolder.setText(customFolder.isEmpty() ? chosen().map(p -> p.buildFolder(configuration()).toString()).orElse("") //$NON-NLS-1$
					: customFolder);
		}
		validate();
	}

	private void validate() {
		String error = null;
		if (projects == null) {
			setPageComplete(false);
			return;
		}
		if (projects.isEmpty()) {
			error = Messages.ModArchivePage_noProject;
		} else if (!useBuildFolder.getSelection()) {
			String folder = outputFolder.getText().strip();
			if (folder.isEmpty()) {
				error = Messages.ModArchivePage_noFolder;
			} else if (!isAbsolute(folder)) {
				error = NLS.bind(Messages.ModArchivePage_notAbsolute, folder);
			}
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	private static boolean isAbsolute(String folder) {
		try {
			return Path.of(folder).isAbsolute();
		} catch (InvalidPathException e) {
			return false;
		}
	}

	IProject project() {
		return chosen().orElseThrow().project();
	}

	String configuration() {
		return configuration.getSelectionIndex() < 0 ? "" : configuration.getItem(configuration.getSelectionIndex()); //$NON-NLS-1$
	}

	/** Empty for the configuration's build folder, where the archive goes beside the DLL. */
	Optional<Path> outputFolder() {
		return useBuildFolder.getSelection() ? Optional.empty() : Optional.of(Path.of(outputFolder.getText().strip()));
	}

	/** Remembers where the archive went, for the next export. */
	void saveSettings() {
		IDialogSettings settings = getDialogSettings();
		if (settings != null) {
			settings.put(USE_BUILD_FOLDER, useBuildFolder.getSelection());
			if (!customFolder.isBlank()) {
				settings.put(OUTPUT_FOLDER, customFolder.strip());
			}
		}
	}
}
