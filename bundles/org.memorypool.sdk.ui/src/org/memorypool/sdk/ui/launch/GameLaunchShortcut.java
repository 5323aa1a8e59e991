// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.launch;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Run As > Fallout: New Vegas (NVSE) on a project or one of its files: launches the project's configuration of that
 * type, made the first time with the detected command line.
 */
public final class GameLaunchShortcut implements ILaunchShortcut {

	@Override
	public void launch(ISelection selection, String mode) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			project(structured.getFirstElement()).ifPresent(p -> launch(p, mode));
		}
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		project(editor.getEditorInput()).ifPresent(p -> launch(p, mode));
	}

	private static Optional<IProject> project(Object element) {
		return Optional.ofNullable(Adapters.adapt(element, IResource.class)).map(IResource::getProject);
	}

	private static void launch(IProject project, String mode) {
		try {
			DebugUITools.launch(configurationFor(project), mode);
		} catch (CoreException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	/** The project's configuration of this type; a new one, saved, when it has none. */
	public static ILaunchConfiguration configurationFor(IProject project) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(GameLaunchDelegate.TYPE_ID);
		Optional<ILaunchConfiguration> existing = Arrays.stream(manager.getLaunchConfigurations(type)).filter(c -> {
			try {
				return project.getName().equals(c.getAttribute(GameLaunchDelegate.ATTR_PROJECT, ""));
			} catch (CoreException e) {
				return false;
			}
		}).findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		ILaunchConfigurationWorkingCopy copy = type.newInstance(null,
				manager.generateLaunchConfigurationName(project.getName()));
		copy.setAttribute(GameLaunchDelegate.ATTR_PROJECT, project.getName());
		copy.setAttribute(GameLaunchDelegate.ATTR_COMMAND_LINE, "");
		copy.setMappedResources(new IResource[] { project });
		return copy.doSave();
	}
}
