// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.junit.jupiter.api.Test;

/**
 * README invites users to import native-plugin/ into Eclipse as a CDT project. The reactor builds and tests it before
 * this module, so this is the folder as ./sdk test leaves it: nothing in it may lead Eclipse's resource tree out of
 * the project (a Wine prefix's drive Z: links to "/", and walking it overflowed Eclipse's stack).
 */
class NativePluginImportTest {

	/** tycho-surefire runs the tests in this module's folder. */
	private static final Path NATIVE_PLUGIN = Path.of("../../native-plugin").toAbsolutePath().normalize();

	@Test
	void nativePluginHoldsNoSymbolicLinkAfterTheTests() throws Exception {
		assertTrue(Files.isRegularFile(NATIVE_PLUGIN.resolve(".cproject")), NATIVE_PLUGIN + " is not the runtime's CDT project");
		assertTrue(Files.isDirectory(NATIVE_PLUGIN.resolve("target")), "the native tests ran before this module and left target/");
		try (Stream<Path> files = Files.walk(NATIVE_PLUGIN)) {
			List<Path> links = files.filter(Files::isSymbolicLink).limit(10).toList();
			assertEquals(List.of(), links, "symbolic links Eclipse would follow when it imports native-plugin");
		}
	}

	@Test
	void nativePluginImportsAndRefreshesAsAnEclipseProject() throws Exception {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProjectDescription description = workspace.loadProjectDescription(IPath.fromPath(NATIVE_PLUGIN.resolve(".project")));
		description.setLocation(IPath.fromPath(NATIVE_PLUGIN));
		IProject project = workspace.getRoot().getProject(description.getName());
		try {
			project.create(description, null);
			project.open(null);
			project.refreshLocal(IResource.DEPTH_INFINITE, null);
			assertTrue(project.getFile("include/MemoryPool.h").exists());
			assertTrue(project.getFolder("target").exists(), "what the tests left is part of the imported project");
		} finally {
			// The project's files are the repository's: only the workspace's record of them goes.
			if (project.exists()) {
				project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
			}
		}
		assertTrue(Files.isRegularFile(NATIVE_PLUGIN.resolve("include/MemoryPool.h")), "the sources are still there");
	}
}
