// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.wizards;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.memorypool.sdk.core.project.ProjectSpec;
import org.memorypool.sdk.core.project.ProjectValidator;

/** Page 2: what the plugin tells NVSE about itself, and the NVSE it needs. */
final class PluginPage extends WizardPage {

	private Text displayName;
	private Text version;
	private Text author;
	private Text minNvse;
	private Button ciWorkflow;

	PluginPage() {
		super("plugin");
		setTitle(Messages.PluginPage_title);
		setDescription(Messages.PluginPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		ProjectSpec defaults = ProjectSpec.defaults("Plugin", java.nio.file.Path.of("."));
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		displayName = field(page, Messages.PluginPage_displayName, "");
		version = field(page, Messages.PluginPage_version, defaults.version());
		author = field(page, Messages.PluginPage_author, defaults.author());
		minNvse = field(page, Messages.PluginPage_minNvse, defaults.minNvseVersion());
		ciWorkflow = new Button(page, SWT.CHECK);
		ciWorkflow.setText(Messages.PluginPage_ciWorkflow);
		ciWorkflow.setToolTipText(Messages.PluginPage_ciWorkflowTip);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(ciWorkflow);
		setControl(page);
		validate();
	}

	private Text field(Composite page, String label, String value) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addModifyListener(e -> validate());
		return text;
	}

	/** The display name defaults to the project name until the user types one. */
	@Override
	public void setVisible(boolean visible) {
		if (visible && displayName.getText().isBlank()) {
			displayName.setText(((NewPluginProjectWizard) getWizard()).projectName());
		}
		super.setVisible(visible);
	}

	String displayName() {
		return displayName.getText().strip();
	}

	String version() {
		return version.getText().strip();
	}

	String author() {
		return author.getText().strip();
	}

	String minNvse() {
		return minNvse.getText().strip();
	}

	/** Whether the project gets .github/workflows/build.yml, as ./sdk new --ci makes it. */
	boolean ciWorkflow() {
		return ciWorkflow.getSelection();
	}

	private void validate() {
		// Before the page is shown the display name is still empty: the project name stands in for it then.
		String name = displayName().isEmpty() ? "Plugin" : displayName();
		Optional<String> problem = ProjectValidator.pluginProblem(name, version(), author(), minNvse());
		setErrorMessage(problem.orElse(null));
		setPageComplete(problem.isEmpty());
	}
}
