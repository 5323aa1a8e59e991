// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.List;
import java.util.Set;

/**
 * A {@code .d} file as gcc writes it with {@code -MMD -MP}: make rules whose prerequisites are the source and the
 * headers it included, paths relative to the build folder, spaces escaped with a backslash.
 */
final class DependencyFile {

	private DependencyFile() {
	}

	/**
	 * Every prerequisite the file names, resolved against {@code buildDir}; empty when the file cannot be used (a link,
	 * a pipe or a device, larger than 4 MB, holding no rule, naming something that is not a path here, more than
	 * {@value #MAX_PREREQUISITES} files or a name longer than Linux's PATH_MAX), so that the caller compiles again.
	 *
	 * @throws IOException when the file cannot be read
	 */
	static Optional<Set<Path>> prerequisites(Path dependencyFile, Path buildDir) throws IOException {
		// A link (gcc wrote through it), a pipe or a device is not gcc's own file; a larger one is not either.
		if (Files.isSymbolicLink(dependencyFile) || !Files.isRegularFile(dependencyFile)
				|| Files.size(dependencyFile) > MAX_SIZE) {
			return Optional.empty();
		}
		// Bytes gcc wrote for names in another encoding become replacement characters: such a name is not found, and
		// the object is compiled again, never skipped.
		String text = new String(Files.readAllBytes(dependencyFile), StandardCharsets.UTF_8).replace("\\\r\n", " ")
				.replace("\\\n", " ");
		Set<Path> prerequisites = new LinkedHashSet<>();
		boolean anyRule = false;
		for (String rule : text.split("\\R")) {
			int colon = ruleColon(rule);
			if (colon >= 0) {
				anyRule = true;
				for (String word : words(rule.substring(colon + 1))) {
					if (word.length() > MAX_NAME || prerequisites.size() >= MAX_PREREQUISITES) {
						return Optional.empty(); // each would cost a look-up on every build: compile, which is bounded
					}
					try {
						prerequisites.add(buildDir.resolve(word).normalize());
					} catch (InvalidPathException e) {
						return Optional.empty();
					}
				}
			}
		}
		// gcc writes at least the object's rule: a file without one is not gcc's.
		return anyRule ? Optional.of(prerequisites) : Optional.empty();
	}

	/** Far more than any source's headers make. */
	private static final long MAX_SIZE = 4L * 1024 * 1024;
	/**
	 * Far more headers than a source includes (windows.h and all of xNVSE's headers are a few hundred, and -MMD leaves
	 * out system headers); a source reaching one header through thousands of linked folders names more.
	 */
	static final int MAX_PREREQUISITES = 10_000;
	/** PATH_MAX on Linux: a longer name cannot be looked up in one call. */
	private static final int MAX_NAME = 4096;

	/** The colon between targets and prerequisites: the first one followed by a blank or the end. */
	private static int ruleColon(String rule) {
		for (int i = rule.indexOf(':'); i >= 0; i = rule.indexOf(':', i + 1)) {
			if (i + 1 == rule.length() || Character.isWhitespace(rule.charAt(i + 1))) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> words(String list) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < list.length(); i++) {
			char c = list.charAt(i);
			if (c == '\\' && i + 1 < list.length() && list.charAt(i + 1) == ' ') {
				word.append(' ');
				i++;
			} else if (Character.isWhitespace(c)) {
				if (!word.isEmpty()) {
					words.add(word.toString());
					word.setLength(0);
				}
			} else {
				word.append(c);
			}
		}
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		return words;
	}
}
