// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.wizards;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.memorypool.sdk.core.project.CommandParameter;
import org.memorypool.sdk.core.project.CommandReturn;
import org.memorypool.sdk.core.project.CommandSpecs;
import org.memorypool.sdk.core.project.ProjectException;
import org.memorypool.sdk.core.project.ProjectValidator;
import org.memorypool.sdk.core.project.ScriptCommand;

/** Adds or edits one script command: name, alias, parameters, return type, help; checked as the core checks it. */
final class CommandDialog extends TitleAreaDialog {

	private final ScriptCommand initial;
	private Text name;
	private Text alias;
	private Text parameters;
	private Combo returns;
	private Text help;
	private ScriptCommand result;

	/** @param initial the command to edit; a new one's suggestion when adding */
	CommandDialog(Shell parent, ScriptCommand initial) {
		super(parent);
		this.initial = initial;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.CommandDialog_title);
		setMessage(Messages.CommandDialog_message);
		getShell().setText(Messages.CommandDialog_title);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		name = field(fields, Messages.CommandDialog_name, initial.name());
		alias = field(fields, Messages.CommandDialog_alias, initial.alias());
		parameters = field(fields, Messages.CommandDialog_parameters, CommandSpecs.written(initial.parameters()));
		new Label(fields, SWT.NONE).setText(Messages.CommandDialog_returns);
		returns = new Combo(fields, SWT.READ_ONLY);
		returns.setItems(Arrays.stream(CommandReturn.values()).map(CommandReturn::displayName).toArray(String[]::new));
		returns.select(initial.returns().ordinal());
		returns.addModifyListener(e -> validate());
		help = field(fields, Messages.CommandDialog_help, initial.help());
		return area;
	}

	private Text field(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		Optional<String> problem;
		ScriptCommand command = null;
		try {
			List<CommandParameter> list = CommandSpecs.parameters(parameters.getText());
			command = new ScriptCommand(name.getText().strip(), alias.getText().strip(), help.getText().strip(), list,
					CommandReturn.values()[Math.max(0, returns.getSelectionIndex())]);
			problem = ProjectValidator.commandsProblem(0x2000, List.of(command));
		} catch (ProjectException e) {
			problem = Optional.of(e.getMessage());
		}
		setErrorMessage(problem.orElse(null));
		result = problem.isEmpty() ? command : null;
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(result != null);
		}
	}

	/** The command as entered; valid when the dialog was closed with OK. */
	ScriptCommand command() {
		return result;
	}
}
