// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.commands.OpcodeLedger;
import org.memorypool.sdk.core.commands.OpcodeLedgerException;
import org.memorypool.sdk.core.commands.OpcodeRange;
import org.memorypool.sdk.ui.TableColumns;

/**
 * The script commands of the selected project (in the Project Explorer, or of the active editor's file), with their
 * opcodes, as its opcode ledger {@value OpcodeLedger#FILE_NAME} records them: builds keep the ledger in step with the
 * sources. The ledger is read in a job ({@link DiskRead}), again whenever it changes.
 */
public final class ScriptCommandsSection implements ISelectionListener {

	/** Data keys, for tests. */
	public static final String TABLE = ApiView.ID + ".commands";
	public static final String STATUS = ApiView.ID + ".commandsStatus";
	/** Held by the read of the opcode ledger; tests hold it to see the section while it reads. */
	public static final ISchedulingRule READS = new DiskRead.Kind();

	private final Group group;
	private final Label status;
	private final TableViewer table;
	private IProject project;
	/** The last read asked for: an older one's result, arriving later, is dropped. */
	private int read;
	private final IResourceChangeListener ledgerListener = this::ledgerChanged;

	/** A row: a command and its opcode. */
	private record OpcodeEntry(int opcode, String name) {
	}

	ScriptCommandsSection(Composite parent) {
		group = new Group(parent, SWT.NONE);
		group.setText(Messages.ScriptCommandsSection_title);
		GridLayoutFactory.swtDefaults().applyTo(group);
		status = new Label(group, SWT.WRAP);
		status.setData(STATUS, Boolean.TRUE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		table = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION);
		table.getTable().setData(TABLE, Boolean.TRUE);
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.add(table, Messages.ScriptCommandsSection_opcode, 80, OpcodeEntry.class, e -> OpcodeRange.hex(e.opcode()));
		TableColumns.add(table, Messages.ScriptCommandsSection_command, 260, OpcodeEntry.class, OpcodeEntry::name);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		status.setText(Messages.ScriptCommandsSection_selectProject);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(ledgerListener, IResourceChangeEvent.POST_CHANGE);
		group.addDisposeListener(e -> ResourcesPlugin.getWorkspace().removeResourceChangeListener(ledgerListener));
	}

	Control control() {
		return group;
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		Object element = null;
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			element = structured.getFirstElement();
		} else if (part instanceof IEditorPart editor) {
			element = editor.getEditorInput();
		}
		Optional<IProject> selected = Optional.ofNullable(element).map(e -> Adapters.adapt(e, IResource.class))
				.map(IResource::getProject).filter(IProject::isOpen);
		if (selected.isPresent() && !selected.get().equals(project)) {
			show(selected.get());
		}
	}

	/** Shows {@code newProject}'s commands, read in a job; meanwhile the section says it is reading. */
	void show(IProject newProject) {
		if (!newProject.equals(project)) {
			table.setInput(new Object[0]); // not the commands of the project selected before
		}
		project = newProject;
		int current = ++read;
		group.setText(NLS.bind(Messages.ScriptCommandsSection_titleOf, newProject.getName()));
		status.setText(NLS.bind(Messages.ScriptCommandsSection_readingState, OpcodeLedger.FILE_NAME));
		group.layout(true, true);
		Path folder = newProject.getLocation() == null ? null : newProject.getLocation().toPath();
		Display display = group.getDisplay();
		new DiskRead(NLS.bind(Messages.ScriptCommandsSection_reading, newProject.getName()), READS, () -> {
			String message;
			List<OpcodeEntry> rows = List.of();
			try {
				OpcodeLedger ledger = folder == null ? null : OpcodeLedger.read(folder);
				if (ledger == null || ledger.commands().isEmpty()) {
					message = NLS.bind(Messages.ScriptCommandsSection_noCommands, OpcodeLedger.FILE_NAME);
				} else {
					rows = ledger.commands().entrySet().stream().map(e -> new OpcodeEntry(e.getKey(), e.getValue())).toList();
					boolean one = rows.size() == 1;
					String pattern = ledger.range().isPresent()
							? one ? Messages.ScriptCommandsSection_oneCommandInRange : Messages.ScriptCommandsSection_commandsInRange
							: one ? Messages.ScriptCommandsSection_oneCommand : Messages.ScriptCommandsSection_commands;
					message = NLS.bind(pattern, new Object[] { rows.size(), ledger.range().orElse(null), OpcodeLedger.FILE_NAME });
				}
			} catch (OpcodeLedgerException e) {
				message = e.getMessage();
			}
			String text = TerminalText.escapeLine(message);
			List<OpcodeEntry> shown = rows;
			DiskRead.inUi(display, () -> {
				if (!group.isDisposed() && current == read) {
					status.setText(text);
					table.setInput(shown.toArray());
					group.layout(true, true);
				}
			});
		}).schedule();
	}

	/** A build appended commands, or the user edited the ledger: read it again. */
	private void ledgerChanged(IResourceChangeEvent event) {
		IProject current = project;
		if (current != null && event.getDelta() != null
				&& event.getDelta().findMember(current.getFile(OpcodeLedger.FILE_NAME).getFullPath()) != null
				&& !group.isDisposed()) {
			group.getDisplay().asyncExec(() -> {
				if (!group.isDisposed() && current.isOpen()) {
					show(current);
				}
			});
		}
	}
}
