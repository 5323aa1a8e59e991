// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The projects in the folder that holds a project, by the name their {@code .project} gives: where a workspace keeps
 * the projects that {@code ${workspace_loc:/<name>}} and project references name. Read once, on first use.
 */
final class SiblingProjects {

	/** Folders beside the project looked at; a larger parent folder is not a workspace of projects. */
	private static final int MAX_SIBLINGS = 2000;

	private final Path projectDir;
	private Map<String, Path> byName;

	SiblingProjects(Path projectDir) {
		this.projectDir = projectDir;
	}

	/** The folder of the project named {@code name} beside this one, or null. */
	Path find(String name) {
		if (byName == null) {
			byName = new HashMap<>();
			Path parent = projectDir.getParent();
			if (parent != null) {
				int looked = 0;
				try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, Files::isDirectory)) {
					for (Path folder : folders) {
						if (++looked > MAX_SIBLINGS) {
							break;
						}
						ProjectNames.read(folder.resolve(".project")).ifPresent(n -> byName.putIfAbsent(n, folder));
					}
				} catch (IOException e) {
					// An unreadable parent folder has no sibling projects to offer.
				}
			}
		}
		return byName.get(name);
	}
}
