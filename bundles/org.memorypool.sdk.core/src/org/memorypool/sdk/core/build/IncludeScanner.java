// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The headers a source includes, found without the compiler, for CDT's internal builder: it writes no {@code .d}
 * files and asks CDT's index which headers a source includes. This reads the {@code #include} lines of the source and
 * of every header found, resolving a quoted name against the including file's folder and then the compile's
 * {@code -I} folders, an angled one against the {@code -I} folders; what is found nowhere (the compiler's own headers,
 * which do not change) is left out. Lines inside {@code #if} count as well, so a change there may recompile more than
 * needed, never less. One scanner serves one build: each file is read once, at most {@link #MAX_FILES} files of at
 * most 4 MB each, each name looked up once in each folder, at most {@link #MAX_LOOKUPS} lookups in all (a file of
 * includes times many {@code -I} folders would otherwise cost their product), at most {@link #MAX_BYTES} read in all;
 * past that, or with a larger file among its headers, a source counts as changed.
 */
final class IncludeScanner {

	static final int MAX_FILES = 20_000;
	static final int MAX_LOOKUPS = 200_000;
	private static final long MAX_FILE_SIZE = 4L * 1024 * 1024;
	/**
	 * The most one scanner reads in all: a project's headers are a few MB, and 20,000 links to one 4 MB header made a
	 * build with nothing to do read 80 GB.
	 */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	private final Map<Path, List<Path>> includesOf = new HashMap<>();
	private long bytesRead;
	/** Whether a file exists, by path: one lookup each, however often it is named. */
	private final Map<Path, Boolean> exists = new HashMap<>();

	/** Thrown inside the scanner when it has looked up as many files as it may. */
	private static final class TooManyLookups extends Exception {
		private static final long serialVersionUID = 1L;

		TooManyLookups() {
			super(null, null, false, false);
		}
	}

	/**
	 * Every header {@code source} includes, directly or through other headers; empty when there are more than the bound
	 * allows, so that the caller assumes a change rather than miss one.
	 *
	 * @param includeDirs the compile's {@code -I} folders, absolute, in order
	 * @throws IOException when a file that exists cannot be read
	 */
	Optional<Set<Path>> headersOf(Path source, List<Path> includeDirs) throws IOException {
		try {
			return headersWithin(source, includeDirs);
		} catch (TooManyLookups e) {
			return Optional.empty();
		}
	}

	private Optional<Set<Path>> headersWithin(Path source, List<Path> includeDirs) throws IOException, TooManyLookups {
		Set<Path> headers = new LinkedHashSet<>();
		Deque<Path> pending = new ArrayDeque<>(List.of(source));
		while (!pending.isEmpty()) {
			List<Path> included = directIncludes(pending.pop(), includeDirs);
			if (included == null) {
				return Optional.empty();
			}
			for (Path header : included) {
				if (headers.add(header)) {
					if (headers.size() > MAX_FILES) {
						return Optional.empty();
					}
					pending.push(header);
				}
			}
		}
		return Optional.of(headers);
	}

	/**
	 * The headers {@code file}'s own lines include; null once the scanner has read as many files as it may, or for a
	 * file too large to read.
	 */
	private List<Path> directIncludes(Path file, List<Path> includeDirs) throws IOException, TooManyLookups {
		List<Path> known = includesOf.get(file);
		if (known != null) {
			return known;
		}
		if (includesOf.size() >= MAX_FILES) {
			return null; // past the bound: unknown
		}
		List<Path> found = new ArrayList<>();
		if (Files.isRegularFile(file)) {
			long size = Files.size(file);
			if (size > MAX_FILE_SIZE || bytesRead + size > MAX_BYTES) {
				return null; // not read: unknown
			}
			bytesRead += size;
			for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
				String name = includedName(line);
				if (name != null) {
					resolve(name.substring(1), name.charAt(0) == '"' ? file.getParent() : null, includeDirs)
							.ifPresent(found::add);
				}
			}
		}
		includesOf.put(file, found);
		return found;
	}

	/** The name of an {@code #include} line with its opening quote or bracket, e.g. {@code "a.h}; null for other lines. */
	static String includedName(String line) {
		int i = skipBlanks(line, 0);
		if (i >= line.length() || line.charAt(i) != '#') {
			return null;
		}
		i = skipBlanks(line, i + 1);
		if (!line.startsWith("include", i)) {
			return null;
		}
		i = skipBlanks(line, i + "include".length());
		if (i >= line.length() || line.charAt(i) != '"' && line.charAt(i) != '<') {
			return null;
		}
		int end = line.indexOf(line.charAt(i) == '"' ? '"' : '>', i + 1);
		return end <= i + 1 ? null : line.substring(i, end);
	}

	private static int skipBlanks(String line, int from) {
		int i = from;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}

	private Optional<Path> resolve(String name, Path first, List<Path> includeDirs) throws TooManyLookups {
		try {
			if (first != null && isFile(first.resolve(name))) {
				return Optional.of(first.resolve(name).normalize());
			}
			for (Path dir : includeDirs) {
				if (isFile(dir.resolve(name))) {
					return Optional.of(dir.resolve(name).normalize());
				}
			}
		} catch (InvalidPathException e) {
			// Not a file name on this system: nothing to track.
		}
		return Optional.empty();
	}

	private boolean isFile(Path path) throws TooManyLookups {
		Boolean known = exists.get(path);
		if (known != null) {
			return known;
		}
		if (exists.size() >= MAX_LOOKUPS) {
			throw new TooManyLookups();
		}
		boolean file = Files.isRegularFile(path);
		exists.put(path, file);
		return file;
	}

	/** The {@code -I} folders of a compile command, resolved against the folder it runs in. */
	static List<Path> includeDirs(ToolCommand command, Path buildDir) {
		List<Path> dirs = new ArrayList<>();
		List<String> arguments = command.arguments();
		for (int i = 1; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			String dir = argument.equals("-I") && i + 1 < arguments.size() ? arguments.get(++i)
					: argument.startsWith("-I") ? argument.substring(2) : null;
			if (dir != null && !dir.isEmpty()) {
				try {
					dirs.add(buildDir.resolve(dir).normalize());
				} catch (InvalidPathException e) {
					// Not a folder on this system.
				}
			}
		}
		return dirs;
	}
}
