// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.tests.support;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/**
 * Opens a wizard in a non-blocking {@link WizardDialog} and presses its buttons as a user would:
 * a disabled button cannot be pressed, and the failure says why the page disabled it.
 */
public final class WizardDriver {

	private final DrivenDialog dialog;

	private WizardDriver(DrivenDialog dialog) {
		this.dialog = dialog;
	}

	public static WizardDriver open(Shell parent, IWizard wizard) {
		DrivenDialog dialog = new DrivenDialog(parent, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Conditions.processEvents();
		return new WizardDriver(dialog);
	}

	public Shell shell() {
		return dialog.getShell();
	}

	public IWizardPage currentPage() {
		return dialog.getCurrentPage();
	}

	/** The message the dialog shows for the current page: its error message, or null when there is none. */
	public String errorMessage() {
		return dialog.getCurrentPage().getErrorMessage();
	}

	public boolean isEnabled(int buttonId) {
		return dialog.button(buttonId).isEnabled();
	}

	public boolean canFinish() {
		return isEnabled(IDialogConstants.FINISH_ID);
	}

	public void next() {
		press(IDialogConstants.NEXT_ID, "Next");
	}

	public void back() {
		press(IDialogConstants.BACK_ID, "Back");
	}

	/** Presses Finish and waits for the dialog to close, as it does when the wizard's performFinish succeeds. */
	public void finish() {
		press(IDialogConstants.FINISH_ID, "Finish");
		Conditions.waitUntil("the wizard dialog to close after Finish", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
	}

	public void cancel() {
		press(IDialogConstants.CANCEL_ID, "Cancel");
	}

	/** Closes the dialog whatever its state, for test clean-up. */
	public void close() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}

	private void press(int buttonId, String label) {
		Button button = dialog.button(buttonId);
		if (!button.isEnabled()) {
			throw new AssertionError(label + " is disabled on page '" + currentPage().getName() + "': " + errorMessage());
		}
		button.notifyListeners(SWT.Selection, null);
		Conditions.processEvents();
	}

	/** Makes the dialog's buttons reachable: WizardDialog keeps getButton protected. */
	private static final class DrivenDialog extends WizardDialog {

		DrivenDialog(Shell parent, IWizard wizard) {
			super(parent, wizard);
		}

		Button button(int id) {
			Button button = getButton(id);
			if (button == null) {
				throw new AssertionError("The wizard dialog has no button with id " + id);
			}
			return button;
		}
	}
}
