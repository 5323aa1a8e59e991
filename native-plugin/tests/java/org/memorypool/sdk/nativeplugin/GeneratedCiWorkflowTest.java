// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.memorypool.sdk.core.project.ProjectGenerator;
import org.memorypool.sdk.core.project.ProjectSpec;

/**
 * The workflow {@code ./sdk new --ci} writes, run as GitHub Actions runs it, step by step in a workspace laid out as
 * its checkouts leave it ({@code plugin/} the project, {@code memorypool-sdk/} the SDK, whose {@code sdk} here starts
 * this build's core): the run steps in order, each in {@code bash -e}, stopping at the first that fails. GitHub's own
 * actions (checkout, setup-java, upload-artifact) are played by the layout and by checking the upload's path.
 */
class GeneratedCiWorkflowTest {

	private static final Path WORK = NativePlugin.TARGET.resolve("ci-workflow");
	private static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);
	private static final Pattern STEP = Pattern.compile("(?m)^      - (?:name: (.+)|uses: (\\S+))$");
	private static final Pattern RUN = Pattern.compile("(?m)^        run: (.+)$");
	private static final Pattern IF = Pattern.compile("(?m)^        if: (.+)$");
	private static final Pattern UPLOAD_PATHS = Pattern.compile("(?m)^          path: \\|\\n            dist/\\*\\.zip\\n"
			+ "            plugin/Release/GenCi\\.dll\\.debug$");
	/** Steps that prepare GitHub's container, played here by the machine the test runs on. */
	private static final java.util.Set<String> ENVIRONMENT_STEPS = java.util.Set.of("Install git for the checkouts");

	/** A step of the workflow: its name or action, its condition and its shell line, as written. */
	record Step(String title, String condition, String run) {
	}

	@Test
	void aGoodPluginBuildsPassesTheGateAndIsPackaged() throws Exception {
		Path workspace = workspace("good");
		List<String> ran = runWorkflow(workspace, 0);
		assertEquals(List.of("Set up the SDK (MinGW-w64 and its own build, once per run)", "Build the Release configuration",
				"Check the DLL as the game would load it", "Package the archive players install"), ran);
		try (Stream<Path> dist = Files.list(workspace.resolve("dist"))) {
			assertEquals(List.of("GenCi-1.0.0.zip"), dist.map(p -> p.getFileName().toString()).toList(),
					"what upload-artifact's path dist/*.zip uploads");
		}
		assertTrue(Files.isRegularFile(workspace.resolve("plugin/Release/GenCi.dll.debug")), "the debug information uploaded");
	}

	/** A plugin that lost an entry point fails the gate (inspect's exit status 4): nothing is packaged. */
	@Test
	void aDllThatIsNoNvsePluginFailsTheGate() throws Exception {
		Path workspace = workspace("no-exports");
		// xNVSE looks for NVSEPlugin_Query by name: renamed, the DLL still builds.
		for (String file : List.of("plugin/exports.def", "plugin/src/main.cpp")) {
			Path path = workspace.resolve(file);
			Files.writeString(path, Files.readString(path).replace("NVSEPlugin_Query", "OldPlugin_Query"));
		}
		List<String> ran = runWorkflow(workspace, 4); // inspect: one entry point only, xNVSE skips it
		assertEquals("Check the DLL as the game would load it", ran.getLast(), "the step that failed");
		assertTrue(!Files.exists(workspace.resolve("dist")), "nothing packaged after the gate failed");
	}

	private static Path workspace(String name) throws Exception {
		Path workspace = GameFolder.emptied(WORK.resolve(name));
		Path generated = new ProjectGenerator(NativePlugin.API_HEADER, NativePlugin.DIR.resolve("include/nvse_plugin.h"))
				.generate(ProjectSpec.defaults("GenCi", Files.createDirectories(workspace.resolve("generated"))).withCiWorkflow(true));
		// actions/checkout with path: plugin puts the repository, the project at its root, there.
		Files.move(generated, workspace.resolve("plugin"));
		Files.delete(workspace.resolve("generated"));
		Path sdk = Files.createDirectories(workspace.resolve("memorypool-sdk")).resolve("sdk");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Files.writeString(sdk, "#!/bin/bash\nexec '" + java + "' -Dmemorypool.header='" + NativePlugin.API_HEADER + "' -cp '"
				+ System.getProperty("java.class.path") + "' org.memorypool.sdk.core.cli.SdkCommandLine \"$@\"\n");
		Files.setPosixFilePermissions(sdk, PosixFilePermissions.fromString("rwxr-xr-x"));
		return workspace;
	}

	/**
	 * Runs the workflow's steps as GitHub would with MEMORYPOOL_SDK_REPOSITORY set; returns the titles of the run
	 * steps that ran, the last one the one that failed when {@code expectedExit} is not 0.
	 */
	private static List<String> runWorkflow(Path workspace, int expectedExit) throws Exception {
		String workflow = Files.readString(workspace.resolve("plugin/.github/workflows/build.yml"));
		assertTrue(workflow.contains("MEMORYPOOL_SDK_REPOSITORY: ${{ vars.MEMORYPOOL_SDK_REPOSITORY }}"), workflow);
		assertTrue(UPLOAD_PATHS.matcher(workflow).find(), "upload-artifact's paths: " + workflow);
		List<String> ran = new ArrayList<>();
		for (Step step : steps(workflow)) {
			if (step.run() == null) {
				assertTrue(step.title().startsWith("actions/"), "a step GitHub runs that the test cannot: " + step);
				continue;
			}
			if (ENVIRONMENT_STEPS.contains(step.title())) {
				continue;
			}
			if (step.condition() != null) {
				// The only condition: the repository variable is unset; the test sets it.
				assertEquals("env.MEMORYPOOL_SDK_REPOSITORY == ''", step.condition());
				continue;
			}
			ran.add(step.title());
			Command.Result result = Command.run(List.of("bash", "-e", "-c", step.run()), workspace, env -> {
			}, STEP_TIMEOUT, workspace.resolve("logs").resolve(ran.size() + ".log"));
			if (!result.succeeded()) {
				assertTrue(expectedExit != 0, () -> step.title() + " failed:\n" + result.describe());
				assertEquals(expectedExit, result.exitCode(), result::describe);
				return ran;
			}
		}
		assertEquals(0, expectedExit, "every step passed, but one was expected to fail");
		return ran;
	}

	/** The steps in order, read from the two-space YAML the generator writes. */
	private static List<Step> steps(String workflow) {
		List<Step> steps = new ArrayList<>();
		Matcher step = STEP.matcher(workflow);
		List<int[]> starts = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		while (step.find()) {
			starts.add(new int[] { step.start() });
			titles.add(step.group(1) != null ? step.group(1) : step.group(2));
		}
		for (int i = 0; i < starts.size(); i++) {
			String body = workflow.substring(starts.get(i)[0], i + 1 < starts.size() ? starts.get(i + 1)[0] : workflow.length());
			Matcher run = RUN.matcher(body);
			Matcher condition = IF.matcher(body);
			steps.add(new Step(titles.get(i), condition.find() ? condition.group(1) : null, run.find() ? run.group(1) : null));
		}
		assertEquals(11, steps.size(), workflow);
		return steps;
	}
}
