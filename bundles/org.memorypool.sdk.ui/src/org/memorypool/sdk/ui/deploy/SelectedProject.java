// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.deploy;

import java.util.Optional;

import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;

/**
 * The project a command applies to: the one of the selected resource (e.g. in the Project Explorer), else the one of
 * the file in the active editor.
 */
final class SelectedProject {

	private SelectedProject() {
	}

	static Optional<IProject> in(Object evaluationContext) {
		if (!(evaluationContext instanceof IEvaluationContext context)) {
			return Optional.empty();
		}
		Optional<IProject> selected = project(context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME));
		return selected.isPresent() ? selected : resource(context.getVariable(ISources.ACTIVE_EDITOR_INPUT_NAME));
	}

	private static Optional<IProject> project(Object selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			return resource(structured.getFirstElement());
		}
		return Optional.empty();
	}

	private static Optional<IProject> resource(Object element) {
		return Optional.ofNullable(Adapters.adapt(element, IResource.class)).map(IResource::getProject)
				.filter(IProject::isOpen);
	}
}
