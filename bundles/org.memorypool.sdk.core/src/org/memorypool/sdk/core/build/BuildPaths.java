// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.memorypool.sdk.core.RealPaths;
import org.memorypool.sdk.core.TerminalText;

/**
 * Keeps every file a build or clean writes or deletes inside the project's folder: the configuration's name becomes
 * the build folder, the artifact's prefix, name and extension its file name, and a cloned project can say anything
 * there ({@code ../../outside}). Names are resolved with the rules of the file system the project is on, so a name
 * Windows cannot hold is refused there; a folder on the way that is a link leading out counts as outside.
 */
final class BuildPaths {

	private BuildPaths() {
	}

	/**
	 * What would put an output of {@code configuration} outside {@code projectDir}, as one line that says how to fix
	 * it; empty when everything lies inside.
	 */
	static Optional<String> problem(BuildConfiguration configuration, Path projectDir) {
		String configurationName = TerminalText.escape(configuration.name());
		Optional<Path> buildDir = inside(projectDir, projectDir, configuration.name());
		if (buildDir.isEmpty() && lexicallyInside(projectDir, configuration.name())) {
			return Optional.of("the build folder " + TerminalText.escape(projectDir + "/" + configuration.name()) + " is a link"
					+ " (or lies behind one) leading out of the project, or not a folder: delete it, and the build makes it again");
		}
		if (buildDir.isEmpty()) {
			return Optional.of("the configuration's name \"" + configurationName + "\" is not a folder name inside the"
					+ " project (its build folder would be " + TerminalText.escape(projectDir + "/" + configuration.name())
					+ "): rename the configuration (C/C++ Build > Manage Configurations)");
		}
		String artifact = configuration.artifactFileName();
		if (artifact.indexOf('"') >= 0) {
			return Optional.of("the artifact \"" + TerminalText.escape(artifact) + "\" has a double quote, which CDT's"
					+ " makefile cannot quote and Windows cannot hold in a file name: fix it in C/C++ Build > Settings > Build"
					+ " Artifact");
		}
		if (inside(projectDir, buildDir.get(), artifact).isEmpty() && lexicallyInside(buildDir.get(), artifact)) {
			return Optional.of(TerminalText.escape(buildDir.get() + "/" + artifact) + " is a link leading out of the project:"
					+ " delete it, and the build makes the artifact again");
		}
		if (inside(projectDir, buildDir.get(), artifact).isEmpty()) {
			return Optional.of("the artifact \"" + TerminalText.escape(artifact) + "\" (prefix, name and extension) is not a"
					+ " file name inside the build folder " + buildDir.get() + ": fix it in C/C++ Build > Settings > Build"
					+ " Artifact");
		}
		return Optional.empty();
	}

	/**
	 * An output of {@code plan} (object, dependency file, artifact) that would be written outside {@code projectDir}
	 * because a folder on its way is a link leading out (a cloned project may hold {@code Release/src -> /etc}), as one
	 * line; empty when every output lies inside.
	 */
	static Optional<String> problem(BuildPlan plan, Path projectDir) {
		Set<Path> folders = new LinkedHashSet<>();
		plan.compileSteps().forEach(step -> folders.add(step.object().getParent()));
		folders.add(plan.linkStep().output().getParent());
		Path root = projectDir.toAbsolutePath().normalize();
		for (Path folder : folders) {
			if (!folder.normalize().startsWith(root) || !RealPaths.staysInside(root, folder)) {
				return Optional.of("the build would write into " + folder + ", which leads outside the project " + root
						+ ": delete that folder or link and build again");
			}
		}
		return Optional.empty();
	}

	/** Whether {@code name} names something strictly inside {@code base} before any link is followed. */
	private static boolean lexicallyInside(Path base, String name) {
		try {
			Path folder = base.toAbsolutePath().normalize();
			Path resolved = folder.resolve(name.replace('\\', '/')).normalize();
			return name.chars().noneMatch(c -> c < 0x20) && resolved.startsWith(folder) && !resolved.equals(folder);
		} catch (InvalidPathException e) {
			return false;
		}
	}

	/**
	 * {@code name} resolved against {@code base} when the result lies strictly inside it, and inside {@code root} also
	 * after following the links on the way that exist (the result itself included); empty otherwise.
	 */
	static Optional<Path> inside(Path root, Path base, String name) {
		if (name.isEmpty() || name.chars().anyMatch(c -> c < 0x20)) {
			return Optional.empty();
		}
		Path folder = base.toAbsolutePath().normalize();
		Path resolved;
		try {
			// Both separators: the same project opened on Windows would take a backslash as one.
			resolved = folder.resolve(name.replace('\\', '/')).normalize();
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
		if (!resolved.startsWith(folder) || resolved.equals(folder)) {
			return Optional.empty();
		}
		return RealPaths.staysInside(root, resolved) ? Optional.of(resolved) : Optional.empty();
	}
}
