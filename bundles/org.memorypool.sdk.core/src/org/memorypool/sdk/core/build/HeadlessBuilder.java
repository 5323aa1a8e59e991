// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.commands.LedgerCheck;
import org.memorypool.sdk.core.build.BuildPlan.CompileStep;
import org.memorypool.sdk.core.build.BuildPlan.LinkStep;
import org.memorypool.sdk.core.loadability.Finding;
import org.memorypool.sdk.core.loadability.Loadability;
import org.memorypool.sdk.core.loadability.LoadabilityCheck;

/**
 * Builds a configuration without Eclipse, as CDT's managed build would: the same commands in
 * {@code <project>/<configuration>/}, compiling only the sources whose object is out of date and linking only
 * when an input changed.
 */
public final class HeadlessBuilder {

	private static final String MINGW_PREFIX = "i686-w64-mingw32-";
	/** A compile that did not start because another had failed. */
	private static final BuildResult NOT_STARTED = new BuildResult.Canceled();

	private final ToolRunner runner;

	/** A builder that runs the real tools. */
	public HeadlessBuilder() {
		this(new ProcessToolRunner());
	}

	HeadlessBuilder(ToolRunner runner) {
		this.runner = runner;
	}

	/**
	 * Builds {@code configuration} of the project in {@code projectDir}.
	 *
	 * @return the artifact, or the tool that failed with what it printed, or that the build was canceled
	 * @throws BuildException when the build cannot run: a setting or toolchain the SDK's build does not support (before
	 *                        any tool runs), no sources, a tool not installed, a folder not writable
	 */
	public BuildResult build(Path folder, BuildConfiguration configuration, BuildListener listener,
			BuildMonitor monitor) throws BuildException {
		List<BuildOrder.Target> targets = BuildOrder.of(folder, configuration, listener);
		Map<BuildOrder.Target, Path> artifacts = new HashMap<>();
		BuildResult result = null;
		for (BuildOrder.Target target : targets) {
			if (target != targets.get(targets.size() - 1)) {
				listener.referencedProject(target.projectName(), target.configuration().name());
			}
			List<Path> referenced = new ArrayList<>();
			for (BuildOrder.Target reference : target.references()) {
				Path artifact = artifacts.get(reference);
				if (artifact != null) {
					referenced.add(artifact);
				}
			}
			result = buildOne(target.projectDir(), target.configuration(), referenced, listener, monitor);
			if (!(result instanceof BuildResult.Built built)) {
				return result;
			}
			artifacts.put(target, built.artifact());
		}
		return result;
	}

	private BuildResult buildOne(Path projectDir, BuildConfiguration configuration, List<Path> referencedArtifacts,
			BuildListener listener, BuildMonitor monitor) throws BuildException {
		BuildPlan plan;
		try {
			// A referenced project's artifact is a prerequisite of the link, as in CDT's makefile.
			plan = BuildPlan.of(configuration, projectDir).withLinkInputs(referencedArtifacts);
		} catch (IOException e) {
			throw new BuildException("The sources of " + projectDir + " cannot be listed (" + e
					+ "): check that the folder is readable", e);
		}
		Optional<String> escape = BuildPaths.problem(plan, projectDir);
		if (escape.isPresent()) {
			throw new BuildException("The configuration " + TerminalText.escape(configuration.name()) + " is not built: "
					+ escape.get());
		}
		if (!plan.skipped().isEmpty()) {
			throw new BuildException("The configuration " + configuration.name() + " is not built: " + plan.skipped().get(0)
					+ " is an assembler source with preprocessing (.sx), which CDT assembles and the SDK's build does not:"
					+ " rename it .S (gcc preprocesses .S the same way)");
		}
		if (plan.compileSteps().isEmpty()) {
			throw new BuildException("No C or C++ sources in " + sourceFolders(configuration, projectDir)
					+ ": add one, e.g. src/plugin.cpp, or fix the source folders in the project's Paths and Symbols");
		}
		for (CompileStep step : plan.compileSteps()) {
			if (!Files.isRegularFile(step.source())) {
				throw new BuildException("The configuration " + TerminalText.escape(configuration.name()) + " is not built: "
						+ TerminalText.escape(step.source().toString()) + " is not a file (a pipe or a device stands there),"
						+ " which the compiler would wait on forever: remove it");
			}
		}
		LedgerCheck.Verdict ledger = OpcodeLedgerStep.check(projectDir, plan, listener);
		try {
			BuildResult result = run(plan, configuration, environment(configuration), projectDir, listener, monitor);
			if (result instanceof BuildResult.Built) {
				OpcodeLedgerStep.record(projectDir, ledger, listener);
			}
			return result;
		} catch (IOException e) {
			throw new BuildException("Building in " + plan.buildDir() + " failed: "
					+ FileProblem.of(e, "check that the folder is writable and the disk not full"), e);
		}
	}

	/**
	 * The opcode ledger check of {@code configuration}'s sources, for a build the SDK does not run (CDT's): see
	 * {@link OpcodeLedgerStep#checkAfterBuild}.
	 */
	public static LedgerCheck.Verdict checkOpcodeLedger(Path projectDir, BuildConfiguration configuration)
			throws BuildException {
		return OpcodeLedgerStep.checkAfterBuild(projectDir, configuration);
	}

	/**
	 * The environment the configuration's tools and steps run in: this process's, changed as the configuration's build
	 * environment says, with the toolchain's path (Cross Settings > Path) in front of {@code PATH}.
	 */
	static Map<String, String> environment(BuildConfiguration configuration) {
		return withToolchainPath(configuration.environment().apply(System.getenv()), configuration.toolchain().path());
	}

	/** {@code environment} with {@code toolchainPath} (if any) in front of its {@code PATH}. */
	private static Map<String, String> withToolchainPath(Map<String, String> environment, String toolchainPath) {
		Map<String, String> result = new HashMap<>(environment);
		if (!toolchainPath.isEmpty()) {
			String path = result.getOrDefault("PATH", "");
			result.put("PATH", path.isEmpty() ? toolchainPath : toolchainPath + File.pathSeparator + path);
		}
		return result;
	}

	/**
	 * Deletes what building {@code configuration} makes, as CDT's generated {@code make clean} does: the objects, their
	 * {@code .d} files and the artifact, and the record of the commands that made them. Nothing else in the build
	 * folder is touched.
	 *
	 * @return the files deleted
	 * @throws BuildException when an output would lie outside the project, the sources cannot be listed or a file
	 *                        cannot be deleted
	 */
	public List<Path> clean(Path folder, BuildConfiguration configuration) throws BuildException {
		Path projectDir = folder.toAbsolutePath().normalize();
		Optional<String> escape = BuildPaths.problem(configuration, projectDir);
		if (escape.isPresent()) {
			throw new BuildException("The configuration " + TerminalText.escape(configuration.name())
					+ " is not cleaned: " + escape.get());
		}
		List<Path> deleted = new ArrayList<>();
		Path current = null;
		try {
			BuildPlan plan = BuildPlan.of(configuration, projectDir);
			Optional<String> outside = BuildPaths.problem(plan, projectDir);
			if (outside.isPresent()) {
				throw new BuildException("The configuration " + TerminalText.escape(configuration.name())
						+ " is not cleaned: " + outside.get());
			}
			List<Path> outputs = new ArrayList<>();
			for (CompileStep step : plan.compileSteps()) {
				outputs.add(step.object());
				if (step.dependencies() != null) {
					outputs.add(step.dependencies());
				}
			}
			outputs.add(plan.linkStep().output());
			outputs.add(plan.buildDir().resolve(CommandHistory.FILE_NAME));
			for (Path output : outputs) {
				current = output;
				if (Files.deleteIfExists(output)) {
					deleted.add(output);
				}
			}
		} catch (IOException e) {
			throw new BuildException(current == null ? "The sources of " + projectDir + " cannot be listed (" + e + ")"
					: current + " cannot be deleted: " + FileProblem.of(e, "is the plugin loaded by a running game?"), e);
		}
		return deleted;
	}

	private BuildResult run(BuildPlan plan, BuildConfiguration configuration, Map<String, String> environment,
			Path projectDir, BuildListener listener, BuildMonitor monitor) throws IOException, BuildException {
		int jobs = configuration.parallelJobs();
		Map<String, String> makeVariables = BuildSteps.makeVariables(configuration, plan.buildDir());
		List<ToolCommand> preBuild = BuildSteps.commands(configuration.steps().preBuild(), "pre-build",
				configuration.internalBuilder(), makeVariables, environment);
		List<ToolCommand> postBuild = BuildSteps.commands(configuration.steps().postBuild(), "post-build",
				configuration.internalBuilder(), makeVariables, environment);
		// Before deciding what is out of date: the pre-build step may write a header the sources include.
		if (!preBuild.isEmpty()) {
			Files.createDirectories(plan.buildDir());
			describe(configuration.steps().preBuildDescription(), "pre-build", configuration, makeVariables, environment, listener);
			BuildResult stop = runStep(preBuild, "pre-build", configuration.internalBuilder(), plan.buildDir(), environment,
					listener, monitor);
			if (stop != null) {
				return stop;
			}
		}
		List<Path> outputs = new ArrayList<>();
		plan.compileSteps().forEach(step -> outputs.add(step.object()));
		outputs.add(plan.linkStep().output());
		CommandHistory history = CommandHistory.load(plan.buildDir(), outputs);
		List<CompileStep> toCompile = new ArrayList<>();
		IncludeScanner scanner = new IncludeScanner();
		for (CompileStep step : plan.compileSteps()) {
			if (UpToDate.needsCompile(step, plan.buildDir(), history, scanner)) {
				toCompile.add(step);
			}
		}
		LinkStep link = plan.linkStep();
		boolean toLink = !toCompile.isEmpty() || UpToDate.needsLink(link, history);
		checkInstalled(toCompile, toLink ? link : null, environment, configuration.toolchain().path());
		monitor.begin(toCompile.size() + (toLink ? 1 : 0));
		Steps steps = new Steps(plan.buildDir(), environment, history, new SerialMonitor(monitor));
		List<Path> compiled = new ArrayList<>();
		try {
			BuildResult compileFailure = jobs > 1 && toCompile.size() > 1
					? compileInParallel(toCompile, jobs, steps, projectDir, listener, compiled)
					: compileInOrder(toCompile, steps, projectDir, listener, compiled);
			if (compileFailure != null) {
				return compileFailure;
			}
			if (toLink) {
				clearForWriting(link.output());
				BuildResult failure = steps.run(link.command(), link.output(), "Linking " + link.output().getFileName(),
						listener);
				if (failure != null) {
					return failure;
				}
			}
			// CDT 12.5's makefile runs post-build after main-build on every build; its internal builder after a link.
			if (!postBuild.isEmpty() && (toLink || !configuration.internalBuilder())) {
				describe(configuration.steps().postBuildDescription(), "post-build", configuration, makeVariables, environment,
						listener);
				BuildResult stop = runStep(postBuild, "post-build", configuration.internalBuilder(), plan.buildDir(),
						environment, listener, monitor);
				if (stop != null) {
					return stop;
				}
			}
		} finally {
			saveRecord(history, listener);
		}
		return checkArtifact(link.output(), configuration.artifactType(), compiled, toLink, listener);
	}

	/**
	 * Saves the record of the build's commands; when something stands in its way, says so and goes on: without a record
	 * the next build makes everything again, which is slow but right.
	 */
	private static void saveRecord(CommandHistory history, BuildListener listener) {
		try {
			history.save();
		} catch (IOException e) {
			String inTheWay = e instanceof FileSystemException f && f.getFile() != null
					? TerminalText.escapeLine(f.getFile()) : CommandHistory.FILE_NAME + " in the build folder";
			listener.warning("the record of this build's commands cannot be written (" + e.getClass().getSimpleName()
					+ "): the next build makes everything again; remove what stands at " + inTheWay);
		}
	}

	private static void clearForWriting(CompileStep step) throws IOException {
		clearForWriting(step.object());
		if (step.dependencies() != null) {
			clearForWriting(step.dependencies());
		}
	}

	/**
	 * Deletes a file the build is about to write when it is a link or not a regular file: gcc and ld write through a
	 * link (a cloned project may hold one leading out of it) and wait forever on a pipe. A folder with something in it
	 * stays, and the failure says so.
	 */
	private static void clearForWriting(Path file) throws IOException {
		if (Files.isSymbolicLink(file)
				|| Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			Files.delete(file);
		}
	}

	private static BuildResult compileInOrder(List<CompileStep> toCompile, Steps steps, Path projectDir,
			BuildListener listener, List<Path> compiled) throws IOException {
		for (CompileStep step : toCompile) {
			Files.createDirectories(step.object().getParent());
			clearForWriting(step);
			BuildResult failure = steps.run(step.command(), step.object(), "Compiling " + projectDir.relativize(step.source()),
					listener);
			if (failure != null) {
				return failure;
			}
			compiled.add(step.source());
		}
		return null;
	}

	/**
	 * Compiles up to {@code jobs} sources at a time, as CDT's parallel build does ({@code make -j}). Each command's
	 * console output (its line, then what the tool printed) goes out whole when it finishes, never interleaved with
	 * another's. After a failure no further compile starts; those running finish; the first failure is the result.
	 */
	private static BuildResult compileInParallel(List<CompileStep> toCompile, int jobs, Steps steps, Path projectDir,
			BuildListener listener, List<Path> compiled) throws IOException {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, toCompile.size()));
		AtomicBoolean stop = new AtomicBoolean();
		List<Future<BuildResult>> results = new ArrayList<>();
		try {
			for (CompileStep step : toCompile) {
				results.add(pool.submit(() -> {
					if (stop.get()) {
						return NOT_STARTED;
					}
					Files.createDirectories(step.object().getParent());
					clearForWriting(step);
					RecordedOutput recorded = new RecordedOutput();
					BuildResult result = steps.run(step.command(), step.object(),
							"Compiling " + projectDir.relativize(step.source()), recorded);
					synchronized (listener) {
						recorded.replayTo(listener);
					}
					if (result != null) {
						stop.set(true);
					}
					return result;
				}));
			}
			BuildResult failure = null;
			for (int i = 0; i < results.size(); i++) {
				BuildResult result = results.get(i).get();
				if (result == null) {
					compiled.add(toCompile.get(i).source());
				} else if (result != NOT_STARTED && failure == null) {
					failure = result;
				}
			}
			return failure;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while compiling", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdown();
		}
	}

	/** What one command printed, kept until it finishes, so that parallel commands' output is not interleaved. */
	private static final class RecordedOutput implements BuildListener {

		private final List<Consumer<BuildListener>> events = new ArrayList<>();

		@Override
		public void warning(String message) {
			events.add(l -> l.warning(message));
		}

		@Override
		public void command(ToolCommand command) {
			events.add(l -> l.command(command));
		}

		@Override
		public void output(String line) {
			events.add(l -> l.output(line));
		}

		void replayTo(BuildListener listener) {
			events.forEach(e -> e.accept(listener));
		}
	}

	/** The build's monitor for commands running at once: one call at a time, as Eclipse's monitors need. */
	private record SerialMonitor(BuildMonitor monitor) implements BuildMonitor {

		@Override
		public synchronized void begin(int commands) {
			monitor.begin(commands);
		}

		@Override
		public synchronized void starting(String description) {
			monitor.starting(description);
		}

		@Override
		public synchronized void done() {
			monitor.done();
		}

		@Override
		public boolean isCanceled() {
			return monitor.isCanceled();
		}
	}

	/**
	 * The loadability check on what the build made, after every build (also one that ran no tool), so that its
	 * findings are never out of date: no Windows image for i386 fails the build; what matters only to NVSE is a
	 * warning, and for a program only the first kind counts.
	 */
	private static BuildResult checkArtifact(Path artifact, ArtifactType type, List<Path> compiled, boolean linked,
			BuildListener listener) throws IOException, BuildException {
		if (!Files.exists(artifact)) {
			// MinGW's ld names a program without an extension <name>.exe; CDT's makefile does not look.
			Path exe = artifact.resolveSibling(artifact.getFileName() + ".exe");
			throw new BuildException("The linker reported success but wrote no " + artifact.getFileName()
					+ (Files.exists(exe) ? ": MinGW's linker adds .exe to a program named without an extension, so it wrote "
							+ exe.getFileName() + "; set the artifact extension to exe (C/C++ Build > Settings > Build Artifact)"
							: ": check the linker flags in C/C++ Build > Settings (an -o among them writes elsewhere)"));
		}
		if (type == ArtifactType.STATIC_LIBRARY) {
			// An archive of objects for other projects to link; only what they link is loaded by anyone.
			return new BuildResult.Built(artifact, compiled, linked, List.of());
		}
		Loadability loadability = LoadabilityCheck.forPlayers().check(artifact);
		List<Finding> errors = loadability.buildErrors();
		if (!errors.isEmpty()) {
			return new BuildResult.Rejected(artifact, errors);
		}
		List<Finding> findings = type == ArtifactType.EXECUTABLE ? List.of() : loadability.findings();
		findings.forEach(f -> listener.warning(loadability.fileName() + " " + f.line()));
		return new BuildResult.Built(artifact, compiled, linked, findings);
	}

	/** A step's description, which CDT's makefile echoes before the step. */
	/**
	 * Prints a step's description as CDT 12.5's makefile echoes it: written into the makefile as it stands (CDT
	 * resolves no build macro in it, recorded), so make expands it; its internal builder prints none.
	 */
	private static void describe(String description, String target, BuildConfiguration configuration,
			Map<String, String> makeVariables, Map<String, String> environment, BuildListener listener) {
		if (description.isEmpty() || configuration.internalBuilder()) {
			return;
		}
		String echoed;
		try {
			echoed = MakeRecipe.expand(description, makeVariables, environment, target);
		} catch (IllegalArgumentException e) {
			echoed = description;
		}
		listener.output(echoed);
	}

	/**
	 * Runs a pre- or post-build step's commands as CDT's builder does ({@link BuildSteps}): with the makefile builder a
	 * failure is reported and the build goes on; with the internal builder a failing pre-build step ends the build.
	 *
	 * @return null to go on, else how the build ends
	 */
	private BuildResult runStep(List<ToolCommand> commands, String which, boolean internalBuilder, Path buildDir,
			Map<String, String> environment, BuildListener listener, BuildMonitor monitor) throws IOException {
		for (ToolCommand command : commands) {
			if (monitor.isCanceled()) {
				return new BuildResult.Canceled();
			}
			monitor.starting("Running the " + which + " step");
			listener.command(command);
			StringBuilder printed = new StringBuilder();
			int exitCode = runOrReason(command, buildDir, environment, line -> {
				printed.append(line).append('\n');
				listener.output(line);
			}, monitor, printed);
			if (monitor.isCanceled()) {
				return new BuildResult.Canceled();
			}
			if (exitCode == 0) {
				continue;
			}
			if (internalBuilder && which.equals("pre-build")) {
				return new BuildResult.Failed(command, exitCode, printed.toString());
			}
			listener.warning("the " + which + " step " + (exitCode == BuildResult.Failed.NOT_STARTED ? "could not be started"
					: "exited with code " + exitCode) + "; as CDT's "
					+ (internalBuilder ? "internal builder" : "makefile") + " does, the build goes on (fix the step in"
					+ " C/C++ Build > Settings > Build Steps)");
			if (internalBuilder) {
				return null;
			}
		}
		return null;
	}

	/**
	 * Runs {@code command}; when the system cannot start it (no such program, an argument or environment too long for
	 * exec), says why on {@code output}, as make does, and returns {@link BuildResult.Failed#NOT_STARTED}. What the tool
	 * printed goes to {@code output}; {@code printed} holds the reason for a tool not started.
	 */
	private int runOrReason(ToolCommand command, Path buildDir, Map<String, String> environment, Consumer<String> output,
			BuildMonitor monitor, StringBuilder printed) {
		try {
			return runner.run(command, buildDir, environment, output, monitor::isCanceled);
		} catch (IOException e) {
			String reason = e.getMessage() == null ? e.toString() : e.getMessage();
			if (reason.contains("error=7,") || reason.contains("error: 7 ") || reason.contains("Argument list too long")) {
				// E2BIG: the arguments and environment together exceed what exec takes (about 2 MB on Linux).
				reason += ": the command line is longer than the system allows: shorten the build variables, macros or"
						+ " options that make it long";
			} else if (reason.contains("error=2,") || reason.contains("error: 2 ")) {
				reason += ": install it, or put its folder on PATH (the toolchain's path in the project, or the SDK's"
						+ " Toolchain preferences)";
			}
			printed.setLength(0);
			output.accept(reason);
			return BuildResult.Failed.NOT_STARTED;
		}
	}

	/** Runs the commands of one build, recording each in the history and reporting it; safe to call from threads. */
	private final class Steps {

		private final Path buildDir;
		private final Map<String, String> environment;
		private final CommandHistory history;
		private final BuildMonitor monitor;

		Steps(Path buildDir, Map<String, String> environment, CommandHistory history, BuildMonitor monitor) {
			this.buildDir = buildDir;
			this.environment = environment;
			this.history = history;
			this.monitor = monitor;
		}

		/**
		 * Runs {@code command}, which makes {@code output}, reporting to {@code listener}; null when it succeeded, else
		 * how the build ends.
		 */
		BuildResult run(ToolCommand command, Path output, String description, BuildListener listener) throws IOException {
			if (monitor.isCanceled()) {
				return new BuildResult.Canceled();
			}
			monitor.starting(description);
			listener.command(command);
			StringBuilder printed = new StringBuilder();
			int exitCode = runOrReason(command, buildDir, environment, line -> {
				printed.append(line).append('\n');
				listener.output(line);
			}, monitor, printed);
			if (monitor.isCanceled()) {
				// A tool stopped half-way may leave a truncated output that looks up to date.
				history.failed(output);
				Files.deleteIfExists(output);
				return new BuildResult.Canceled();
			}
			if (exitCode != 0) {
				history.failed(output);
				return new BuildResult.Failed(command, exitCode, printed.toString());
			}
			history.made(output, command);
			monitor.done();
			return null;
		}
	}

	private void checkInstalled(List<CompileStep> toCompile, LinkStep link, Map<String, String> environment,
			String toolchainPath) throws BuildException {
		Set<String> executables = new LinkedHashSet<>();
		toCompile.forEach(step -> executables.add(step.command().executable()));
		if (link != null) {
			executables.add(link.command().executable());
		}
		Map<String, String> nativeEnvironment = withToolchainPath(System.getenv(), toolchainPath);
		for (String executable : executables) {
			if (runner.isAvailable(executable, environment)) {
				continue;
			}
			if (!environment.equals(nativeEnvironment) && runner.isAvailable(executable, nativeEnvironment)) {
				throw new BuildException(executable + " is installed, but the configuration's build environment hides it:"
						+ " its PATH (" + TerminalText.escape(environment.getOrDefault("PATH", "none")) + ") does not lead to"
						+ " it. Fix PATH in C/C++ Build > Environment (prepend or append to it rather than replace it)");
			}
			throw new BuildException(executable + " is not installed: it is not on PATH"
					+ (toolchainPath.isEmpty() ? "" : " nor in the toolchain path " + toolchainPath) + ". "
					+ (executable.startsWith(MINGW_PREFIX)
							? "Install MinGW-w64 with 'sudo apt-get install g++-mingw-w64-i686' (./sdk installs it),"
							: "Install the compiler that provides it,")
					+ " or set the toolchain path in the project's C/C++ Build > Settings > Cross Settings");
		}
	}


	private static String sourceFolders(BuildConfiguration configuration, Path projectDir) {
		return String.join(", ", configuration.sourceEntries().stream()
				.map(e -> projectDir.resolve(e.folder()).normalize().toString()).toList());
	}
}
