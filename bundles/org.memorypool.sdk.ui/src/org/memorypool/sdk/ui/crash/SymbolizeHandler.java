// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.crash;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;

/**
 * Symbolize Crash Log, on a crash log in a plugin project (e.g. a player's CrashLogger.log dropped into it): turns
 * the log's addresses in the project's DLL into functions and source lines ({@link SymbolizeJob}).
 */
public final class SymbolizeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		selectedFile(event.getApplicationContext()).filter(f -> f.getLocation() != null)
				.ifPresent(f -> new SymbolizeJob(f.getLocation().toPath(), f.getProject()).schedule());
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(selectedFile(evaluationContext).isPresent());
	}

	private static Optional<IFile> selectedFile(Object evaluationContext) {
		if (evaluationContext instanceof IEvaluationContext context
				&& context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME) instanceof IStructuredSelection selection
				&& selection.size() == 1) {
			return Optional.ofNullable(Adapters.adapt(selection.getFirstElement(), IFile.class));
		}
		return Optional.empty();
	}
}
