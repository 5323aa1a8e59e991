// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.deploy;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** What a deploy command says when it is run without a project to apply to. */
final class NoProject {

	private NoProject() {
	}

	static void say(Shell shell, String command) {
		MessageDialog.openInformation(shell, command, NLS.bind(Messages.NoProject_message, command));
	}
}
