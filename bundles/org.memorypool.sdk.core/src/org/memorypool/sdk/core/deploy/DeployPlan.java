// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a deploy will do, worked out before anything is touched.
 *
 * @param copies    files to copy, new or replacing a different one
 * @param unchanged targets that already hold exactly the file to deploy
 * @param warnings  what the loadability check found that does not stop the game loading the plugin, one line each
 * @param roots     the folders every copy lies in: the game's folder, and Mod Organizer 2's mods folder when used;
 *                  the journal keeps them, and undo touches nothing outside them
 */
public record DeployPlan(List<FileCopy> copies, List<Path> unchanged, List<String> warnings, List<Path> roots) {

	public DeployPlan {
		copies = List.copyOf(copies);
		unchanged = List.copyOf(unchanged);
		warnings = List.copyOf(warnings);
		roots = List.copyOf(roots);
		for (FileCopy copy : copies) {
			if (roots.stream().noneMatch(root -> copy.target().normalize().startsWith(root.normalize()))) {
				throw new IllegalArgumentException(copy.target() + " lies in none of " + roots);
			}
		}
	}

	/** One line per file, as the console and the command line report it. */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		copies.forEach(c -> lines.add((c.replaces() ? "updated  " : "added    ") + c.target()
				+ (c.replaces() ? " (previous one kept as " + c.backup().getFileName() + ")" : "")));
		unchanged.forEach(u -> lines.add("unchanged " + u));
		warnings.forEach(w -> lines.add("warning: " + w));
		return lines;
	}
}
