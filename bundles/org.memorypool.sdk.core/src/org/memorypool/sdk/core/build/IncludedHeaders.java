// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * What a built configuration's sources included, as gcc recorded it in their {@code .d} files: this counts headers
 * included through other headers, and not headers that merely lie in the project.
 */
public final class IncludedHeaders {

	private IncludedHeaders() {
	}

	/**
	 * Whether a source of {@code plan} included a file named {@code fileName} when it was last compiled.
	 *
	 * @throws IOException when a {@code .d} file exists but cannot be read
	 */
	public static boolean anyIncludes(BuildPlan plan, String fileName) throws IOException {
		IncludeScanner scanner = new IncludeScanner();
		for (BuildPlan.CompileStep step : plan.compileSteps()) {
			if (step.dependencies() == null) {
				// CDT's internal builder writes no .d file: the #include lines are all there is to read.
				if (includesDirectly(step.source(), fileName) || step.scansIncludes() && scanner
						.headersOf(step.source(), IncludeScanner.includeDirs(step.command(), plan.buildDir()))
						.orElse(Set.of()).stream().anyMatch(header -> header.getFileName().toString().equals(fileName))) {
					return true;
				}
				continue;
			}
			// No .d file: the source was never compiled, so it included nothing yet.
			if (Files.isRegularFile(step.dependencies()) && DependencyFile.prerequisites(step.dependencies(), plan.buildDir())
					.orElse(Set.of()).stream().map(Path::getFileName).anyMatch(name -> name != null && name.toString().equals(fileName))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a source has an {@code #include} line naming {@code fileName}; sources larger than 4 MB are not read. */
	private static boolean includesDirectly(Path source, String fileName) throws IOException {
		if (!Files.isRegularFile(source) || Files.size(source) > MAX_SOURCE) {
			return false;
		}
		try (var lines = Files.lines(source, StandardCharsets.ISO_8859_1)) {
			return lines.map(String::strip).anyMatch(l -> l.startsWith("#") && l.contains("include")
					&& (l.contains("\"" + fileName + "\"") || l.contains("<" + fileName + ">") || l.contains("/" + fileName)));
		}
	}

	private static final long MAX_SOURCE = 4L * 1024 * 1024;
}
