// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.memorypool.sdk.core.build.ArtifactType;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.CdtProject;
import org.memorypool.sdk.core.build.CdtProjectException;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.deploy.PluginProject;
import org.memorypool.sdk.ui.SdkUi;

/**
 * A project the export offers: open, a CDT project or one the SDK's builder builds (as generated projects are), with at
 * least one configuration that links a DLL, as its {@code .cproject} says.
 *
 * @param project        the workspace project
 * @param location       its folder on disk
 * @param configurations the names of its configurations that link a shared library, in the order of the .cproject
 */
record ExportableProject(IProject project, Path location, List<String> configurations) {

	/** CDT's C nature, which its C++ projects have too. */
	static final String CDT_NATURE = "org.eclipse.cdt.core.cnature";

	ExportableProject {
		configurations = List.copyOf(configurations);
	}

	/** Release, as {@code ./sdk package} packages by default, when the project has it; else its first DLL configuration. */
	String defaultConfiguration() {
		return configurations.contains(PluginProject.DEFAULT_CONFIGURATION) ? PluginProject.DEFAULT_CONFIGURATION
				: configurations.get(0);
	}

	/** Where building {@code configuration} puts the DLL, and so the archive unless another folder is chosen. */
	Path buildFolder(String configuration) {
		return location.resolve(configuration);
	}

	/**
	 * The workspace's projects that may be plugin projects, from the workspace's model only (nothing is read from disk):
	 * open, with CDT's nature or the SDK's builder, in the workspace's order.
	 */
	static List<IProject> candidates() {
		List<IProject> candidates = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen() && project.getLocation() != null && isCOrBuiltBySdk(project)) {
				candidates.add(project);
			}
		}
		return candidates;
	}

	private static boolean isCOrBuiltBySdk(IProject project) {
		try {
			return project.hasNature(CDT_NATURE) || Arrays.stream(project.getDescription().getBuildSpec())
					.map(ICommand::getBuilderName).anyMatch(SdkUi.BUILDER::equals);
		} catch (CoreException e) {
			return false;
		}
	}

	/**
	 * Reads each candidate's .cproject (disk: call it off the UI thread) and keeps those with a configuration that links a
	 * DLL; a project whose files cannot be read is left out, as its build would fail.
	 */
	static List<ExportableProject> read(List<IProject> candidates) {
		List<ExportableProject> found = new ArrayList<>();
		for (IProject project : candidates) {
			Path location = project.getLocation().toPath();
			try {
				CdtProject cdt = CprojectReader.read(location);
				List<String> dlls = cdt.configurations().stream()
						.filter(c -> c.artifactType() == ArtifactType.SHARED_LIBRARY).map(BuildConfiguration::name).toList();
				if (!dlls.isEmpty()) {
					found.add(new ExportableProject(project, location, dlls));
				}
			} catch (CdtProjectException e) {
				// Not a managed-build project the SDK can build: not offered.
			}
		}
		return found;
	}
}
