// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a path that lies in a folder by name also lies there once links are followed: a project or game folder
 * someone else made may hold a link where the SDK writes ({@code Release -> /etc}, a plugins folder leading elsewhere).
 */
public final class RealPaths {

	private RealPaths() {
	}

	/**
	 * The deepest of {@code path} and the folders above it, up to {@code root}, that exists (a link counts as existing),
	 * when its real path leaves {@code root}'s; empty when it stays inside. {@code path} must lie in {@code root} by name.
	 *
	 * @throws IOException when {@code root} or that entry cannot be resolved (a link to nowhere, no permission)
	 */
	public static Optional<Path> leadingOut(Path root, Path path) throws IOException {
		Path normalRoot = root.toAbsolutePath().normalize();
		Path realRoot = normalRoot.toRealPath();
		for (Path entry = path.toAbsolutePath().normalize(); entry != null && entry.startsWith(normalRoot);
				entry = entry.getParent()) {
			if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
				return entry.toRealPath().startsWith(realRoot) ? Optional.empty() : Optional.of(entry);
			}
		}
		return Optional.empty();
	}

	/** As {@link #leadingOut}, as a yes or no: an entry that cannot be resolved counts as leading out. */
	public static boolean staysInside(Path root, Path path) {
		try {
			return leadingOut(root, path).isEmpty();
		} catch (IOException e) {
			return false;
		}
	}
}
