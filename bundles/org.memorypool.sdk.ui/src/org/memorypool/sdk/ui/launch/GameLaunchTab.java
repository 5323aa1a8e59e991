// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.launch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.memorypool.sdk.core.Sentences;
import org.memorypool.sdk.core.launch.LaunchCommand;

/**
 * Main tab: the plugin's project, and the command line that starts the game (empty: detected at each launch from the
 * game folder and Mod Organizer 2 set in the preferences, as {@code ./sdk run} detects it).
 */
final class GameLaunchTab extends AbstractLaunchConfigurationTab {

	private Combo project;
	private Text commandLine;

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
		new Label(composite, SWT.NONE).setText(Messages.GameLaunchTab_project);
		project = new Combo(composite, SWT.DROP_DOWN);
		project.setItems(Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isOpen)
				.map(IProject::getName).toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(project);
		project.addModifyListener(e -> updateLaunchConfigurationDialog());
		new Label(composite, SWT.NONE).setText(Messages.GameLaunchTab_commandLine);
		commandLine = new Text(composite, SWT.BORDER);
		commandLine.setMessage(Messages.GameLaunchTab_commandLineHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(commandLine);
		commandLine.addModifyListener(e -> updateLaunchConfigurationDialog());
		Label help = new Label(composite, SWT.WRAP);
		help.setText(Messages.GameLaunchTab_help);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(help);
		setControl(composite);
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(GameLaunchDelegate.ATTR_COMMAND_LINE, "");
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			project.setText(configuration.getAttribute(GameLaunchDelegate.ATTR_PROJECT, ""));
			commandLine.setText(configuration.getAttribute(GameLaunchDelegate.ATTR_COMMAND_LINE, ""));
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(GameLaunchDelegate.ATTR_PROJECT, project.getText().strip());
		configuration.setAttribute(GameLaunchDelegate.ATTR_COMMAND_LINE, commandLine.getText().strip());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		String name = project.getText().strip();
		if (name.isEmpty() || !ResourcesPlugin.getWorkspace().getRoot().getProject(name).isOpen()) {
			setErrorMessage(Messages.GameLaunchTab_chooseProject);
			return false;
		}
		return commandLineProblem().map(problem -> {
			setErrorMessage(problem);
			return false;
		}).orElse(true);
	}

	/** A command line that does not parse is not saved either: it could never start anything. */
	@Override
	public boolean canSave() {
		Optional<String> problem = commandLineProblem();
		problem.ifPresent(this::setErrorMessage);
		return problem.isEmpty();
	}

	private Optional<String> commandLineProblem() {
		if (commandLine.getText().isBlank()) {
			return Optional.empty();
		}
		try {
			LaunchCommand.parse(commandLine.getText(), Path.of("."), "");
			return Optional.empty();
		} catch (IllegalArgumentException e) {
			return Optional.of(Sentences.starting(e.getMessage()));
		}
	}

	@Override
	public String getName() {
		return Messages.GameLaunchTab_name;
	}
}
