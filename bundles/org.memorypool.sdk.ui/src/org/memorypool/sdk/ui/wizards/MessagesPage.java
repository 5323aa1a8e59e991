// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.wizards;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.memorypool.sdk.core.project.NvseMessage;

/** Page 3: the NVSE messages the plugin handles, and whether it allocates through MemoryPool. */
final class MessagesPage extends WizardPage {

	/** Data key of the message table, for tests. */
	static final String MESSAGES = "org.memorypool.sdk.ui.wizards.messages";

	private CheckboxTableViewer messages;
	private Button useMemoryPool;

	MessagesPage() {
		super("messages");
		setTitle(Messages.MessagesPage_title);
		setDescription(Messages.MessagesPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.MessagesPage_messages);
		messages = CheckboxTableViewer.newCheckList(page, SWT.BORDER);
		messages.getTable().setData(MESSAGES, Boolean.TRUE);
		messages.setContentProvider(ArrayContentProvider.getInstance());
		messages.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				NvseMessage message = (NvseMessage) element;
				return message.displayName() + " - " + message.description();
			}
		});
		messages.setInput(NvseMessage.values());
		messages.setCheckedElements(NvseMessage.defaults().toArray());
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(messages.getControl());
		useMemoryPool = new Button(page, SWT.CHECK);
		useMemoryPool.setText(Messages.MessagesPage_useMemoryPool);
		useMemoryPool.setSelection(true);
		setControl(page);
	}

	Set<NvseMessage> messages() {
		Set<NvseMessage> checked = EnumSet.noneOf(NvseMessage.class);
		Arrays.stream(messages.getCheckedElements()).map(NvseMessage.class::cast).forEach(checked::add);
		return checked;
	}

	boolean useMemoryPool() {
		return useMemoryPool.getSelection();
	}
}
