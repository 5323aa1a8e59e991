package org.memorypool.sdk.ui.deploy;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** What a deploy command says when it is run without a project to apply to. */
final class NoProject {

	private NoProject() {
	}

	static void say(Shell shell, String command) {
		MessageDialog.openInformation(shell, command,
				"Select an NVSE plugin project in the Project Explorer, or open one of its files, then run " + command + " again.");
	}
}
