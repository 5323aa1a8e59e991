package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
		for (BuildPlan.CompileStep step : plan.compileSteps()) {
			// No .d file: the source was never compiled, so it included nothing yet.
			if (step.dependencies() != null && Files.isRegularFile(step.dependencies()) && DependencyFile.prerequisites(step.dependencies(), plan.buildDir())
					.stream().map(Path::getFileName).anyMatch(name -> name.toString().equals(fileName))) {
				return true;
			}
		}
		return false;
	}
}
