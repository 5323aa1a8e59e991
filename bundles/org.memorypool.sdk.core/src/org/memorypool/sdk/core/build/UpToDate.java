// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.memorypool.sdk.core.build.BuildPlan.CompileStep;
import org.memorypool.sdk.core.build.BuildPlan.LinkStep;

/** The decisions of CDT's generated makefile: which outputs are older than what they are made from. */
final class UpToDate {

	/** Files a linker takes besides objects: module definitions, archives, objects and compiled resources. */
	private static final List<String> LINK_INPUTS = List.of(".def", ".a", ".lib", ".o", ".obj", ".res");

	private UpToDate() {
	}

	/**
	 * Whether the object must be compiled: it is missing, its command changed, it has no {@code .d} file (so its
	 * headers are unknown), or it is older than its source or a file its {@code .d} file names (with the internal
	 * builder: a header the scanner finds). A header that
	 * has gone counts as changed, as {@code -MP}'s empty rules make it for make.
	 */
	static boolean needsCompile(CompileStep step, Path buildDir, CommandHistory history, IncludeScanner scanner)
			throws IOException {
		if (!Files.exists(step.object()) || step.dependencies() != null && !Files.exists(step.dependencies())
				|| history.changed(step.object(), step.command())) {
			return true;
		}
		FileTime object = Files.getLastModifiedTime(step.object());
		if (isNewer(step.source(), object)) {
			return true;
		}
		if (step.scansIncludes()) {
			Optional<Set<Path>> headers = scanner.headersOf(step.source(), IncludeScanner.includeDirs(step.command(), buildDir));
			return headers.isEmpty() || anyNewer(headers.get(), object);
		}
		if (step.dependencies() == null) {
			return false; // an assembler source: CDT tracks no headers for it
		}
		Optional<Set<Path>> prerequisites = DependencyFile.prerequisites(step.dependencies(), buildDir);
		return prerequisites.isEmpty() || anyNewer(prerequisites.get(), object);
	}

	/**
	 * Whether the link must run: its output is missing, its command changed, or an input is newer or missing. Inputs
	 * are the objects and libraries, and the files the linker flags name (a .def file, an archive, a compiled
	 * resource): CDT's makefile does not track those, so an edited exports.def would not take effect until a clean.
	 */
	static boolean needsLink(LinkStep step, CommandHistory history) throws IOException {
		if (!Files.exists(step.output()) || history.changed(step.output(), step.command())) {
			return true;
		}
		FileTime output = Files.getLastModifiedTime(step.output());
		return anyNewer(step.inputs(), output) || anyNewer(filesNamedBy(step), output);
	}

	/** The arguments of the link command that name an existing link input, relative to the build folder. */
	private static List<Path> filesNamedBy(LinkStep step) {
		Path buildDir = step.output().getParent();
		List<Path> files = new ArrayList<>();
		for (String argument : step.command().arguments()) {
			String lower = argument.toLowerCase(Locale.ROOT);
			if (argument.startsWith("-") || LINK_INPUTS.stream().noneMatch(lower::endsWith)) {
				continue;
			}
			try {
				Path file = buildDir.resolve(argument).normalize();
				if (Files.isRegularFile(file)) {
					files.add(file);
				}
			} catch (InvalidPathException e) {
				// Not a path on this system: nothing to compare.
			}
		}
		return files;
	}

	private static boolean anyNewer(Collection<Path> files, FileTime than) throws IOException {
		for (Path file : files) {
			if (isNewer(file, than)) {
				return true;
			}
		}
		return false;
	}

	/** Missing files count as newer: make remakes what depends on them (or the tool reports them). */
	private static boolean isNewer(Path file, FileTime than) throws IOException {
		return !Files.exists(file) || Files.getLastModifiedTime(file).compareTo(than) > 0;
	}
}
