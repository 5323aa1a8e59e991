// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.launch;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.ILaunchable;

/**
 * Makes the debug framework show Run As on resources: its {@code org.eclipse.debug.core.launchable} test asks whether an
 * {@link ILaunchable} adapter is declared for the selection (CDT's launch plug-ins declare one for their own elements,
 * a plain Eclipse for no resource). Declared for every resource, as the test does not ask the factory; the adapter
 * itself is given for the resources of C and C++ projects. Which launches Run As then offers is each shortcut's choice:
 * ours takes projects with the C nature.
 */
public final class LaunchableResources implements IAdapterFactory {

	private static final ILaunchable LAUNCHABLE = new ILaunchable() {
	};

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType == ILaunchable.class && adaptableObject instanceof IResource resource && isC(resource.getProject())) {
			return adapterType.cast(LAUNCHABLE);
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { ILaunchable.class };
	}

	private static boolean isC(IProject project) {
		try {
			return project != null && project.isOpen() && project.hasNature("org.eclipse.cdt.core.cnature");
		} catch (CoreException e) {
			return false;
		}
	}
}
