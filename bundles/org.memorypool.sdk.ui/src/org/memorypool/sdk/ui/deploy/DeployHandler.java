// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.deploy;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Deploy to Game: builds the selected project when it is out of date, then copies it into the game. */
public final class DeployHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		SelectedProject.in(event.getApplicationContext()).ifPresentOrElse(p -> DeployJob.deploy(p).schedule(),
				() -> NoProject.say(HandlerUtil.getActiveShell(event), Messages.DeployHandler_command));
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(SelectedProject.in(evaluationContext).isPresent());
	}
}
