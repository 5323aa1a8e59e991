// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The project's linked files and folders ({@code .project}'s {@code <linkedResources>}): a name inside the project
 * that stands for a file or folder elsewhere. CDT builds their sources as if they were in the project, naming
 * objects after the link's folder and the target's file name, and passes the target's absolute path to the compiler.
 *
 * @param links each link's project-relative name ({@code /} separated) and the absolute path it stands for
 */
public record LinkedResources(Map<String, Path> links) {

	/** No linked resources. */
	public static final LinkedResources NONE = new LinkedResources(Map.of());

	public LinkedResources {
		links = Map.copyOf(links);
	}

	/**
	 * Where the project-relative {@code path} really is, when it is a link or lies inside a linked folder; empty for
	 * the project's own files.
	 */
	public Optional<Path> target(String path) {
		Path target = links.get(path);
		if (target != null) {
			return Optional.of(target);
		}
		String best = null;
		for (String link : links.keySet()) {
			if (path.startsWith(link + "/") && (best == null || link.length() > best.length())) {
				best = link;
			}
		}
		return best == null ? Optional.empty() : Optional.of(links.get(best).resolve(path.substring(best.length() + 1)));
	}
}
