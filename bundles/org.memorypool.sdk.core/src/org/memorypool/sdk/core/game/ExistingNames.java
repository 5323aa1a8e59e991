// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Paths in a game folder as Windows and Wine find them: a name matches an existing file or folder whatever its case
 * ({@code Data/nvse/plugins}, as many archives and mod managers leave it, is the game's {@code Data\NVSE\Plugins}). On
 * a case-sensitive file system this resolves each name to the entry that exists, so that the SDK never creates a
 * second folder beside the one the game reads.
 */
public final class ExistingNames {

	/**
	 * Folders with more entries than this are searched no further for another case (a plugins folder has dozens, a
	 * game's Data folder hundreds): a lookup costs at most this many entries, however often it is asked.
	 */
	private static final int MAX_ENTRIES = 4096;

	private ExistingNames() {
	}

	/**
	 * {@code base} with each of {@code names} appended, each one the existing entry of that name in any case (the
	 * exact name first), else as given.
	 */
	public static Path resolve(Path base, String... names) {
		Path path = base;
		for (String name : names) {
			path = child(path, name);
		}
		return path;
	}

	/**
	 * Every existing path of {@code names} under {@code base} in any case, sorted: more than one where a case-sensitive
	 * file system (Linux, Wine, Proton) holds folders that Windows would see as one. Each folder is listed up to the
	 * same bound as {@link #resolve}.
	 */
	public static List<Path> allCases(Path base, String... names) {
		List<Path> paths = List.of(base);
		for (String name : names) {
			List<Path> next = new ArrayList<>();
			for (Path folder : paths) {
				try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
					int seen = 0;
					for (Path entry : entries) {
						if (++seen > MAX_ENTRIES) {
							break;
						}
						if (entry.getFileName().toString().equalsIgnoreCase(name)) {
							next.add(entry);
						}
					}
				} catch (IOException e) {
					// Not a folder, or unreadable: nothing of that name in it.
				}
			}
			next.sort(null);
			paths = next;
		}
		return paths;
	}

	private static Path child(Path folder, String name) {
		Path exact = folder.resolve(name);
		if (Files.exists(exact, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(folder)) {
			return exact;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		Path found = null;
		int seen = 0;
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				if (++seen > MAX_ENTRIES) {
					break;
				}
				String entryName = entry.getFileName().toString();
				// The first in name order, so that the answer does not depend on the file system's listing order.
				if (entryName.toLowerCase(Locale.ROOT).equals(lower) && (found == null
						|| entryName.compareTo(found.getFileName().toString()) < 0)) {
					found = entry;
				}
			}
		} catch (IOException e) {
			return exact;
		}
		return found == null ? exact : found;
	}
}
