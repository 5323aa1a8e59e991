// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.deploy;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Undo Last Deploy: puts back what the selected project's last deploy replaced in the game. */
public final class UndoDeployHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		SelectedProject.in(event.getApplicationContext()).ifPresentOrElse(p -> DeployJob.undo(p).schedule(),
				() -> NoProject.say(HandlerUtil.getActiveShell(event), Messages.UndoDeployHandler_command));
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(SelectedProject.in(evaluationContext).isPresent());
	}
}
