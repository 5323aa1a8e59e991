// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.stream.Stream;

/**
 * Finds the C and C++ files a configuration builds, in the order of CDT's generated makefile: CDT walks the
 * project depth-first with each folder's members sorted by name, notes each folder when it meets the folder's
 * first source, and includes the folders' {@code subdir.mk} files in reverse of that order; the objects are
 * compiled and linked in that order.
 */
final class SourceFiles {

	private SourceFiles() {
	}

	/**
	 * The project-relative paths ({@code /} separators) of the sources in {@code entries}.
	 *
	 * @param skipped gets the project-relative paths of files CDT would build with a tool the SDK does not run
	 */
	static List<String> find(Path projectDir, List<SourceEntry> entries, List<String> skipped) throws IOException {
		return find(projectDir, entries, LinkedResources.NONE, skipped);
	}

	/**
	 * As {@link #find(Path, List, List)}, with the project's linked files and folders walked where their names put
	 * them; the paths returned are the names inside the project.
	 */
	static List<String> find(Path projectDir, List<SourceEntry> entries, LinkedResources linked, List<String> skipped)
			throws IOException {
		SequencedMap<String, List<String>> byFolder = new LinkedHashMap<>();
		walk(projectDir, "", entries, linked, byFolder, skipped);
		List<String> sources = new ArrayList<>();
		byFolder.reversed().values().forEach(sources::addAll);
		return sources;
	}

	private static void walk(Path dir, String relative, List<SourceEntry> entries, LinkedResources linked,
			SequencedMap<String, List<String>> byFolder, List<String> skipped) throws IOException {
		// The folder's own members, and the links whose names put them in it, by name.
		SequencedMap<String, Path> members = new LinkedHashMap<>();
		if (dir != null && Files.isDirectory(dir)) {
			try (Stream<Path> list = Files.list(dir)) {
				list.filter(p -> !p.getFileName().toString().startsWith("."))
						.forEach(p -> members.put(p.getFileName().toString(), p));
			}
		}
		linked.links().forEach((link, target) -> {
			int slash = link.lastIndexOf('/');
			if ((slash < 0 ? "" : link.substring(0, slash)).equals(relative)) {
				members.put(link.substring(slash + 1), target);
			}
		});
		for (String name : members.keySet().stream().sorted().toList()) {
			Path member = members.get(name);
			String path = relative.isEmpty() ? name : relative + "/" + name;
			if (Files.isDirectory(member, LinkOption.NOFOLLOW_LINKS)) {
				if (mayHoldSources(path, entries)) {
					walk(member, path, entries, linked, byFolder, skipped);
				}
			} else if (isBuilt(path, entries)) {
				if (Language.ofSource(name) != null || isAssembler(name)) {
					byFolder.computeIfAbsent(relative, f -> new ArrayList<>()).add(path);
				} else if (name.endsWith(".sx")) {
					skipped.add(path);
				}
			}
		}
	}

	/** The Cross GCC Assembler's inputs: {@code .s} and {@code .S}. */
	static boolean isAssembler(String fileName) {
		return fileName.endsWith(".s") || fileName.endsWith(".S");
	}

	/**
	 * Whether a folder is a source folder, inside one or on the way to one: the others (build output, a Wine
	 * prefix whose drive links lead to the whole file system) are never walked. Links are not followed either.
	 */
	private static boolean mayHoldSources(String folder, List<SourceEntry> entries) {
		return entries.stream().anyMatch(e -> e.folder().isEmpty() || e.folder().equals(folder)
				|| e.folder().startsWith(folder + "/") || folder.startsWith(e.folder() + "/"));
	}

	/** Whether the most specific entry holding the file does not exclude it. */
	private static boolean isBuilt(String path, List<SourceEntry> entries) {
		SourceEntry entry = entries.stream().filter(e -> e.folder().isEmpty() || path.startsWith(e.folder() + "/"))
				.max(Comparator.comparingInt(e -> e.folder().length())).orElse(null);
		if (entry == null) {
			return false;
		}
		String inEntry = entry.folder().isEmpty() ? path : path.substring(entry.folder().length() + 1);
		return entry.exclusions().stream().noneMatch(exclusion -> excludes(exclusion, inEntry));
	}

	/** An exclusion names a file, or a folder and all below it; {@code *} and {@code **} work as in CDT. */
	private static boolean excludes(String exclusion, String path) {
		String pattern = exclusion.endsWith("/") ? exclusion.substring(0, exclusion.length() - 1) : exclusion;
		if (path.equals(pattern) || path.startsWith(pattern + "/")) {
			return true;
		}
		if (pattern.contains("*") || pattern.contains("?")) {
			// The file, or a folder it lies in.
			for (int end = path.length(); end > 0; end = path.lastIndexOf('/', end - 1)) {
				if (ExclusionPattern.matches(pattern, path.substring(0, end))) {
					return true;
				}
			}
		}
		return false;
	}
}
