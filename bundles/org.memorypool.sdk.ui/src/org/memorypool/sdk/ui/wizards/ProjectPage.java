// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.wizards;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.memorypool.sdk.core.project.ProjectValidator;

/** Page 1: the project's name, which is also the DLL's, and where it goes. */
final class ProjectPage extends WizardPage {

	private Text name;
	private Button defaultLocation;
	private Text location;
	private Button browse;

	ProjectPage() {
		super("project");
		setTitle(Messages.ProjectPage_title);
		setDescription(Messages.ProjectPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.ProjectPage_projectName);
		name = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
		defaultLocation = new Button(page, SWT.CHECK);
		defaultLocation.setText(Messages.ProjectPage_defaultLocation);
		defaultLocation.setSelection(true);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(defaultLocation);
		new Label(page, SWT.NONE).setText(Messages.ProjectPage_location);
		location = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(location);
		browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.ProjectPage_browse);
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(location.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				location.setText(chosen);
			}
		});
		name.addModifyListener(e -> validate());
		location.addModifyListener(e -> validate());
		defaultLocation.addListener(SWT.Selection, e -> {
			updateLocation();
			validate();
		});
		updateLocation();
		setControl(page);
		validate();
		name.setFocus();
	}

	private void updateLocation() {
		boolean custom = !defaultLocation.getSelection();
		location.setEnabled(custom);
		browse.setEnabled(custom);
		if (!custom) {
			location.setText(workspaceRoot().toString());
		}
	}

	private static Path workspaceRoot() {
		return ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
	}

	String projectName() {
		return name.getText().strip();
	}

	/** The folder the project folder goes into. */
	Path parentFolder() {
		return Path.of(location.getText().strip());
	}

	private void validate() {
		String problem = problem().orElse(null);
		if (projectName().isEmpty() && problem == null) {
			setErrorMessage(null);
			setMessage(Messages.ProjectPage_enterName);
		} else {
			setErrorMessage(problem);
			setMessage(null);
		}
		setPageComplete(problem == null && !projectName().isEmpty());
	}

	private Optional<String> problem() {
		if (projectName().isEmpty()) {
			return Optional.empty();
		}
		Optional<String> nameProblem = ProjectValidator.nameProblem(projectName());
		if (nameProblem.isPresent()) {
			return nameProblem;
		}
		if (ResourcesPlugin.getWorkspace().getRoot().getProject(projectName()).exists()) {
			return Optional.of(NLS.bind(Messages.ProjectPage_projectExists, projectName()));
		}
		if (location.getText().isBlank()) {
			return Optional.of(Messages.ProjectPage_enterFolder);
		}
		if (parentFolder().resolve(projectName()).toFile().exists()) {
			return Optional.of(NLS.bind(Messages.ProjectPage_folderExists, parentFolder().resolve(projectName())));
		}
		return Optional.empty();
	}
}
