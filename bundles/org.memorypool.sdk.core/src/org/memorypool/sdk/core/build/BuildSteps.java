package org.memorypool.sdk.core.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configuration's pre-build and post-build steps (the {@code prebuildStep} and {@code postbuildStep} attributes of
 * its {@code <configuration>} in {@code .cproject}, C/C++ Build > Settings > Build Steps), run in the build folder as
 * CDT 12.5 runs them:
 * <ul>
 * <li>with its makefile (external) builder, each step is a recipe line of the generated makefile's {@code pre-build}
 * or {@code post-build} rule, which {@code all} runs before and after {@code main-build} on every build: make expands
 * it ({@link MakeRecipe}), echoes it and runs it with {@code sh -c}; a failing step does not stop the build (the
 * makefile prefixes it with {@code -});</li>
 * <li>with its internal builder, a step is split at {@code ;} into commands, each run as one program with its
 * arguments, without a shell; a failing pre-build step ends the build there.</li>
 * </ul>
 *
 * @param preBuild  the command line, CDT's macros resolved; empty for none
 * @param postBuild the command line, CDT's macros resolved; empty for none
 */
public record BuildSteps(String preBuild, String postBuild) {

	/** No steps. */
	public static final BuildSteps NONE = new BuildSteps("", "");

	/** What the shell would do and a program run without one does not: CDT's internal builder runs steps so. */
	private static final Pattern SHELL_OPERATOR = Pattern.compile("&&|\\|\\||[|<>`]|\\$\\(");

	/**
	 * The commands that run {@code step} (the rule {@code target}, {@code pre-build} or {@code post-build}), as they
	 * print and run.
	 *
	 * @param makeVariables the variables CDT's makefile defines that a step may use, e.g. {@code RM}
	 * @param environment the environment the build runs in
	 * @throws IllegalArgumentException when make would expand something this build cannot (see {@link MakeRecipe})
	 */
	static List<ToolCommand> commands(String step, String target, boolean internalBuilder,
			Map<String, String> makeVariables, Map<String, String> environment) {
		if (step.isBlank()) {
			return List.of();
		}
		if (!internalBuilder) {
			String line = MakeRecipe.expand(step.strip(), makeVariables, environment, target);
			return List.of(new ToolCommand(line, List.of("sh", "-c", line)));
		}
		List<ToolCommand> commands = new ArrayList<>();
		for (String part : step.strip().split(";")) {
			List<String> words = ShellWords.split(part);
			if (!words.isEmpty()) {
				// Printed as the internal builder prints every command: each argument followed by a blank.
				commands.add(new ToolCommand(String.join(" ", words) + " ", words));
			}
		}
		return commands;
	}

	/**
	 * Why the internal builder would not do what {@code step} says, or empty: it runs steps without a shell, so an
	 * operator of the shell reaches the program as an argument.
	 */
	static Optional<String> internalBuilderProblem(String step, String which) {
		Matcher operator = SHELL_OPERATOR.matcher(step);
		if (!operator.find()) {
			return Optional.empty();
		}
		return Optional.of("the " + which + " step uses the shell's '" + operator.group() + "', but CDT's internal builder"
				+ " runs steps without a shell (it passes '" + operator.group() + "' to the program as an argument, and a"
				+ " failing pre-build step ends its build): select the external builder (C/C++ Build > Builder type), or"
				+ " put the commands in a script and run it with sh");
	}

	/** The variables of CDT's generated makefile that a step may use, for {@code configuration} built in {@code buildDir}. */
	static Map<String, String> makeVariables(BuildConfiguration configuration, Path buildDir) {
		return Map.of("RM", "rm -rf", "BUILD_ARTIFACT_NAME", configuration.artifactName(), "BUILD_ARTIFACT_EXTENSION",
				configuration.artifactExtension(), "BUILD_ARTIFACT_PREFIX", configuration.outputPrefix(), "BUILD_ARTIFACT",
				configuration.artifactFileName(), "MAKE", "make", "SHELL", "/bin/sh", "CURDIR", buildDir.toString());
	}
}
