// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Creates an NVSE plugin project from a {@link ProjectSpec}: a CDT Cross GCC shared-library project with the
 * plugin's sources and copies of the runtime's headers. The project appears complete or not at all: it is
 * written into a temporary folder next to it and renamed into place, and an existing folder is never touched.
 */
public final class ProjectGenerator {

	private final Path memoryPoolHeader;
	private final Path nvseHeader;

	/**
	 * @param memoryPoolHeader the runtime's {@code MemoryPool.h}, copied into projects that use MemoryPool
	 * @param nvseHeader the runtime's {@code nvse_plugin.h}, copied into every project
	 */
	public ProjectGenerator(Path memoryPoolHeader, Path nvseHeader) {
		this.memoryPoolHeader = memoryPoolHeader;
		this.nvseHeader = nvseHeader;
	}

	/**
	 * Creates the project folder {@link ProjectSpec#projectDir()}.
	 *
	 * @return the project folder
	 * @throws ProjectException when the spec has a problem ({@link ProjectValidator}), a header is missing or
	 *         writing fails; nothing is left on disk then
	 */
	public Path generate(ProjectSpec spec) throws ProjectException {
		Optional<String> problem = ProjectValidator.problem(spec, name -> false);
		if (problem.isPresent()) {
			throw new ProjectException(problem.get());
		}
		Map<String, String> files = ProjectFiles.of(spec);
		Map<String, Path> headers = new LinkedHashMap<>();
		headers.put(ProjectFiles.NVSE_HEADER, nvseHeader);
		if (spec.useMemoryPool()) {
			headers.put(ProjectFiles.MEMORYPOOL_HEADER, memoryPoolHeader);
		}
		Path parent = spec.parentDir().toAbsolutePath().normalize();
		Path target = parent.resolve(spec.name());
		Path temporary = createTemporaryFolder(parent, spec.name());
		try {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Path path = temporary.resolve(file.getKey());
				Files.createDirectories(path.getParent());
				Files.writeString(path, file.getValue());
			}
			for (Map.Entry<String, Path> header : headers.entrySet()) {
				copyHeader(header.getValue(), temporary.resolve(header.getKey()));
			}
			// Checked again: the folder may have appeared since the spec was validated.
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				throw new ProjectException(target + " already exists: choose another project name or folder");
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			return target;
		} catch (ProjectException e) {
			throw cleanedUp(temporary, e);
		} catch (IOException e) {
			throw cleanedUp(temporary, new ProjectException("Creating " + target + " failed (" + e
					+ "): check that " + parent + " is writable and the disk not full; nothing was created", e));
		}
	}

	/** A new hidden folder in {@code parent}; created, not taken from {@code createTempDirectory}, for the default permissions. */
	private static Path createTemporaryFolder(Path parent, String name) throws ProjectException {
		while (true) {
			Path folder = parent.resolve("." + name + ".new-" + Integer.toUnsignedString(ThreadLocalRandom.current().nextInt(), 36));
			try {
				return Files.createDirectory(folder);
			} catch (FileAlreadyExistsException e) {
				// Another name, then.
			} catch (IOException e) {
				throw new ProjectException("Cannot create a folder in " + parent + " (" + e
						+ "): check that it is writable and the disk not full", e);
			}
		}
	}

	private static void copyHeader(Path header, Path copy) throws IOException, ProjectException {
		if (!Files.isRegularFile(header)) {
			throw new ProjectException("The SDK's header " + header + " is missing: reinstall the SDK, or run ./sdk"
					+ " from a complete checkout");
		}
		Files.createDirectories(copy.getParent());
		Files.copy(header, copy);
	}

	/** {@code failure}, after deleting the temporary folder; says so when that fails too. */
	private static ProjectException cleanedUp(Path temporary, ProjectException failure) {
		try (Stream<Path> walk = Files.walk(temporary)) {
			List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
			for (Path path : paths) {
				Files.deleteIfExists(path);
			}
			return failure;
		} catch (IOException e) {
			ProjectException both = new ProjectException(failure.getMessage() + "; the unfinished project in "
					+ temporary + " could not be deleted (" + e + "): delete it yourself", failure);
			both.addSuppressed(e);
			return both;
		}
	}
}
