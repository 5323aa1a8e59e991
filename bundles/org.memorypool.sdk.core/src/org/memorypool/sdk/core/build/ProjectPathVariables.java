// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Eclipse's path variables as a {@code .project}'s linked resources use them: {@code PROJECT_LOC},
 * {@code PARENT-<n>-<VARIABLE>} (the n-th folder above it), {@code WORKSPACE_LOC} (the folder that holds the project,
 * where a workspace of sibling projects is), and the project's own {@code <variableList>}, whose values may use the
 * others as {@code ${NAME}}. Locations are URIs: {@code %7B} and the like are decoded.
 */
final class ProjectPathVariables {

	/** How deep variables may refer to variables before it counts as a cycle. */
	private static final int MAX_DEPTH = 32;

	private final Path projectDir;
	private final Map<String, String> projectVariables;

	/** @param projectVariables the {@code <variableList>}'s names and values, as written */
	ProjectPathVariables(Path projectDir, Map<String, String> projectVariables) {
		this.projectDir = projectDir;
		this.projectVariables = Map.copyOf(projectVariables);
	}

	/** The absolute path a link's {@code <location>} or {@code <locationURI>} names; empty when it cannot be resolved. */
	Optional<Path> resolve(String location) {
		return resolve(location, new HashSet<>());
	}

	private Optional<Path> resolve(String location, Set<String> resolving) {
		String decoded;
		try {
			decoded = URLDecoder.decode(location.replace("+", "%2B"), StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		if (decoded.startsWith("file:")) {
			decoded = decoded.substring("file:".length());
		}
		if (decoded.startsWith("${")) {
			int end = decoded.indexOf('}');
			if (end < 0) {
				return Optional.empty();
			}
			decoded = decoded.substring(2, end) + decoded.substring(end + 1);
		}
		try {
			if (decoded.startsWith("/")) {
				return Optional.of(projectDir.getFileSystem().getPath(decoded).normalize());
			}
			int slash = decoded.indexOf('/');
			String variable = slash < 0 ? decoded : decoded.substring(0, slash);
			String rest = slash < 0 ? "" : decoded.substring(slash + 1);
			return variable(variable, resolving).map(base -> (rest.isEmpty() ? base : base.resolve(rest)).normalize());
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	private Optional<Path> variable(String name, Set<String> resolving) {
		return variable(name, resolving, 0);
	}

	/** {@code nesting} counts PARENT- prefixes: thousands of them in a file would otherwise overflow the stack. */
	private Optional<Path> variable(String name, Set<String> resolving, int nesting) {
		if (nesting > MAX_DEPTH) {
			return Optional.empty();
		}
		if (name.equals("PROJECT_LOC")) {
			return Optional.of(projectDir);
		}
		if (name.equals("WORKSPACE_LOC")) {
			return Optional.ofNullable(projectDir.getParent());
		}
		if (name.startsWith("PARENT-")) {
			int dash = name.indexOf('-', "PARENT-".length());
			if (dash < 0) {
				return Optional.empty();
			}
			int levels;
			try {
				levels = Integer.parseInt(name.substring("PARENT-".length(), dash));
			} catch (NumberFormatException e) {
				return Optional.empty();
			}
			Optional<Path> base = variable(name.substring(dash + 1), resolving, nesting + 1);
			for (int i = 0; i < levels && base.isPresent(); i++) {
				base = Optional.ofNullable(base.get().getParent());
			}
			return base;
		}
		String value = projectVariables.get(name);
		if (value == null || resolving.size() >= MAX_DEPTH || !resolving.add(name)) {
			return Optional.empty();
		}
		try {
			return resolve(value, resolving);
		} finally {
			resolving.remove(name);
		}
	}
}
