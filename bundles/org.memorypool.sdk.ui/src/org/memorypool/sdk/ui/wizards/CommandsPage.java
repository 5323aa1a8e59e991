// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.memorypool.sdk.core.commands.OpcodeRange;
import org.memorypool.sdk.core.project.CommandReturn;
import org.memorypool.sdk.core.project.CommandSpecs;
import org.memorypool.sdk.core.project.ProjectValidator;
import org.memorypool.sdk.core.project.ScriptCommand;
import org.memorypool.sdk.ui.TableColumns;

/**
 * Page 4: the plugin's script commands and their opcode base, and the co-save and event-handler examples. Commands
 * take opcodes from the base in the order listed; the project's ledger records them.
 */
final class CommandsPage extends WizardPage {

	/** Data key of the commands table, for tests. */
	static final String COMMANDS = "org.memorypool.sdk.ui.wizards.commands";

	private Text base;
	private TableViewer table;
	private Button coSave;
	private Button events;
	private final List<ScriptCommand> commands = new ArrayList<>();
	/** Whether the user changed the list; until then it holds the examples, named for the current project name. */
	private boolean edited;

	CommandsPage() {
		super("commands");
		setTitle(Messages.CommandsPage_title);
		setDescription(Messages.CommandsPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		Composite baseRow = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(baseRow);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(baseRow);
		new Label(baseRow, SWT.NONE).setText(Messages.CommandsPage_opcodeBase);
		base = new Text(baseRow, SWT.BORDER);
		base.setText(OpcodeRange.hex(OpcodeRange.DEVELOPMENT_BASE));
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(base);
		base.addModifyListener(e -> refresh());

		Label label = new Label(page, SWT.NONE);
		label.setText(Messages.CommandsPage_commands);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
		table = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setData(COMMANDS, Boolean.TRUE);
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		// "?": no opcode while the base is not a number.
		TableColumns.add(table, Messages.CommandsPage_opcode, 70, ScriptCommand.class,
				c -> opcodeOf(c).map(OpcodeRange::hex).orElse("?")); //$NON-NLS-1$
		TableColumns.add(table, Messages.CommandsPage_command, 190, ScriptCommand.class,
				c -> c.name() + (c.alias().isEmpty() ? "" : " (" + c.alias() + ")"));
		TableColumns.add(table, Messages.CommandsPage_parameters, 170, ScriptCommand.class, c -> CommandSpecs.written(c.parameters()));
		TableColumns.add(table, Messages.CommandsPage_returns, 70, ScriptCommand.class, c -> c.returns().displayName());
		TableColumns.add(table, Messages.CommandsPage_help, 200, ScriptCommand.class, ScriptCommand::help);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 150).applyTo(table.getControl());
		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, Messages.CommandsPage_add, () -> edit(-1));
		button(buttons, Messages.CommandsPage_edit, () -> edit(table.getTable().getSelectionIndex()));
		button(buttons, Messages.CommandsPage_remove, this::remove);
		table.addDoubleClickListener(e -> edit(table.getTable().getSelectionIndex()));

		coSave = new Button(page, SWT.CHECK);
		coSave.setText(Messages.CommandsPage_coSave);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(coSave);
		coSave.addListener(SWT.Selection, e -> refresh());
		events = new Button(page, SWT.CHECK);
		events.setText(Messages.CommandsPage_events);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(events);
		setControl(page);
		refresh();
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** The example commands are named for the project: they follow the project name until the list is edited. */
	@Override
	public void setVisible(boolean visible) {
		if (visible && !edited) {
			commands.clear();
			commands.addAll(ScriptCommand.examples(((NewPluginProjectWizard) getWizard()).projectName()));
		}
		super.setVisible(visible);
		if (visible) {
			refresh(); // now the current page: the dialog's buttons follow
		}
	}

	private void edit(int index) {
		boolean adding = index < 0 || index >= commands.size();
		String prefix = ((NewPluginProjectWizard) getWizard()).projectName();
		ScriptCommand initial = adding ? new ScriptCommand(prefix + "Command" + (commands.size() + 1), "", "", List.of(),
				CommandReturn.NUMBER) : commands.get(index);
		CommandDialog dialog = new CommandDialog(getShell(), initial);
		if (dialog.open() == Window.OK && dialog.command() != null) {
			if (adding) {
				commands.add(dialog.command());
			} else {
				commands.set(index, dialog.command());
			}
			edited = true;
			refresh();
		}
	}

	private void remove() {
		IStructuredSelection selection = table.getStructuredSelection();
		if (!selection.isEmpty()) {
			commands.remove(selection.getFirstElement());
			edited = true;
			refresh();
		}
	}

	private Optional<Integer> opcodeOf(ScriptCommand command) {
		return baseValue().map(b -> b + commands.indexOf(command));
	}

	private Optional<Integer> baseValue() {
		java.util.OptionalLong value = OpcodeRange.parse(base.getText());
		return value.isPresent() && value.getAsLong() <= Integer.MAX_VALUE ? Optional.of((int) value.getAsLong())
				: Optional.empty();
	}

	private void refresh() {
		table.setInput(commands.toArray());
		Optional<Integer> value = baseValue();
		Optional<String> problem = value.isEmpty()
				? Optional.of(NLS.bind(Messages.CommandsPage_baseNotANumber, base.getText().strip()))
				: ProjectValidator.commandsProblem(value.get(), commands);
		setErrorMessage(problem.orElse(null));
		if (problem.isEmpty() && value.get() == OpcodeRange.DEVELOPMENT_BASE) {
			setMessage(coSave.getSelection() ? Messages.CommandsPage_developmentBaseCoSave : Messages.CommandsPage_developmentBase,
					IMessageProvider.WARNING);
		} else {
			setMessage(null);
		}
		setPageComplete(problem.isEmpty());
	}

	/** The opcode base entered; the development base before the page was shown. */
	int opcodeBase() {
		return base == null ? OpcodeRange.DEVELOPMENT_BASE : baseValue().orElse(OpcodeRange.DEVELOPMENT_BASE);
	}

	/** The commands listed; the examples for {@code projectName} when the page was never shown. */
	List<ScriptCommand> commands(String projectName) {
		return edited ? List.copyOf(commands) : ScriptCommand.examples(projectName);
	}

	boolean coSave() {
		return coSave != null && coSave.getSelection();
	}

	boolean eventHandler() {
		return events != null && events.getSelection();
	}
}
