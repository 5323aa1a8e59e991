package org.memorypool.sdk.core.build;

import java.util.List;

/**
 * A configuration's pre-build and post-build steps (the {@code prebuildStep} and {@code postbuildStep} attributes of
 * its {@code <configuration>} in {@code .cproject}, C/C++ Build > Settings > Build Steps), as CDT's generated makefile
 * runs them: shell command lines run with {@code sh -c} in the build folder, the pre-build step at the start of every
 * build, the post-build step after the artifact is linked (not when it was up to date), and a failing step does not
 * stop the build (the makefile prefixes both with {@code -}).
 *
 * @param preBuild  the command line, macros resolved; empty for none
 * @param postBuild the command line, macros resolved; empty for none
 */
public record BuildSteps(String preBuild, String postBuild) {

	/** No steps. */
	public static final BuildSteps NONE = new BuildSteps("", "");

	/** The command that runs {@code step} as make runs a recipe line: {@code sh -c}, printed as written. */
	static ToolCommand command(String step) {
		return new ToolCommand(step, List.of("sh", "-c", step));
	}
}
