// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * @param preBuildDescription what the makefile echoes before the pre-build step ({@code preannouncebuildStep}), as
 *        written: CDT resolves no build macro in it, so make expands what looks like a variable; empty for none
 * @param postBuildDescription the same for the post-build step ({@code postannouncebuildStep})
 */
public record BuildSteps(String preBuild, String postBuild, String preBuildDescription, String postBuildDescription) {

	/** No steps. */
	public static final BuildSteps NONE = new BuildSteps("", "");

	/** Steps without descriptions. */
	public BuildSteps(String preBuild, String postBuild) {
		this(preBuild, postBuild, "", "");
	}

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
	 * operator of the shell outside quotes reaches the program as an argument, and it splits steps at every {@code ;},
	 * also one inside quotes.
	 */
	static Optional<String> internalBuilderProblem(String step, String which) {
		String fix = ": select the external builder (C/C++ Build > Builder type), or put the commands in a script and run"
				+ " it with sh";
		char quote = 0;
		for (int i = 0; i < step.length(); i++) {
			char c = step.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				} else if (c == ';') {
					return Optional.of("the " + which + " step has a ';' inside quotes, but CDT's internal builder splits"
							+ " steps at every ';' before it reads quotes" + fix);
				}
				continue;
			}
			String operator = c == '\'' || c == '"' ? null
					: step.startsWith("&&", i) ? "&&" : step.startsWith("$(", i) ? "$(" : "|<>`".indexOf(c) >= 0 ? String.valueOf(c)
							: null;
			if (c == '\'' || c == '"') {
				quote = c;
			} else if (operator != null) {
				return Optional.of("the " + which + " step uses the shell's '" + operator + "', but CDT's internal builder"
						+ " runs steps without a shell (it passes '" + operator + "' to the program as an argument"
						+ (which.equals("pre-build") ? ", and a failing pre-build step ends its build)" : ")") + fix);
			}
		}
		return Optional.empty();
	}

	/** The variables of CDT's generated makefile that a step may use, for {@code configuration} built in {@code buildDir}. */
	static Map<String, String> makeVariables(BuildConfiguration configuration, Path buildDir) {
		return Map.of("RM", "rm -rf", "BUILD_ARTIFACT_NAME", configuration.artifactName(), "BUILD_ARTIFACT_EXTENSION",
				configuration.artifactExtension(), "BUILD_ARTIFACT_PREFIX", configuration.outputPrefix(), "BUILD_ARTIFACT",
				configuration.artifactFileName(), "MAKE", "make", "SHELL", "/bin/sh", "CURDIR", buildDir.toString());
	}
}
