package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.memorypool.sdk.core.HostOs;
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
		Path projectDir = folder.toAbsolutePath().normalize();
		Optional<String> refusal = configuration.toolchain().refusal(HostOs.current() == HostOs.WINDOWS);
		if (refusal.isPresent()) {
			throw new BuildException("The configuration " + configuration.name() + " is not built: " + refusal.get());
		}
		// What CDT would do and this build cannot is refused before any tool runs, never dropped.
		List<String> unsupported = configuration.unsupported();
		if (!unsupported.isEmpty()) {
			unsupported.forEach(listener::warning);
			throw new BuildException("The configuration " + configuration.name() + " is not built: "
					+ (unsupported.size() == 1 ? unsupported.get(0)
							: unsupported.size() + " of its settings cannot be built as CDT builds them (each is above); the"
									+ " first: " + unsupported.get(0)));
		}
		BuildPlan plan;
		try {
			plan = BuildPlan.of(configuration, projectDir);
		} catch (IOException e) {
			throw new BuildException("The sources of " + projectDir + " cannot be listed (" + e
					+ "): check that the folder is readable", e);
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
		try {
			return run(plan, configuration.artifactType(), configuration.steps(), configuration.parallelJobs(),
					configuration.toolchain().path(), projectDir, listener, monitor);
		} catch (IOException e) {
			throw new BuildException("Building in " + plan.buildDir() + " failed (" + e
					+ "): check that the folder is writable and the disk not full", e);
		}
	}

	/**
	 * Deletes what building {@code configuration} makes, as CDT's generated {@code make clean} does: the objects, their
	 * {@code .d} files and the artifact, and the record of the commands that made them. Nothing else in the build
	 * folder is touched.
	 *
	 * @return the files deleted
	 * @throws BuildException when the sources cannot be listed or a file cannot be deleted
	 */
	public List<Path> clean(Path folder, BuildConfiguration configuration) throws BuildException {
		Path projectDir = folder.toAbsolutePath().normalize();
		List<Path> deleted = new ArrayList<>();
		Path current = null;
		try {
			BuildPlan plan = BuildPlan.of(configuration, projectDir);
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
					: current + " cannot be deleted (" + e + "): is the plugin loaded by a running game?", e);
		}
		return deleted;
	}

	private BuildResult run(BuildPlan plan, ArtifactType artifactType, BuildSteps buildSteps, int jobs, String toolchainPath,
			Path projectDir, BuildListener listener, BuildMonitor monitor) throws IOException, BuildException {
		// Before deciding what is out of date: the pre-build step may write a header the sources include.
		if (!buildSteps.preBuild().isEmpty()) {
			Files.createDirectories(plan.buildDir());
			if (runStep(buildSteps.preBuild(), "pre-build", plan.buildDir(), toolchainPath, listener, monitor)) {
				return new BuildResult.Canceled();
			}
		}
		CommandHistory history = CommandHistory.load(plan.buildDir());
		List<CompileStep> toCompile = new ArrayList<>();
		for (CompileStep step : plan.compileSteps()) {
			if (UpToDate.needsCompile(step, plan.buildDir(), history)) {
				toCompile.add(step);
			}
		}
		LinkStep link = plan.linkStep();
		boolean toLink = !toCompile.isEmpty() || UpToDate.needsLink(link, history);
		checkInstalled(toCompile, toLink ? link : null, toolchainPath);
		monitor.begin(toCompile.size() + (toLink ? 1 : 0));
		Steps steps = new Steps(plan.buildDir(), toolchainPath, history, new SerialMonitor(monitor));
		List<Path> compiled = new ArrayList<>();
		try {
			BuildResult compileFailure = jobs > 1 && toCompile.size() > 1
					? compileInParallel(toCompile, jobs, steps, projectDir, listener, compiled)
					: compileInOrder(toCompile, steps, projectDir, listener, compiled);
			if (compileFailure != null) {
				return compileFailure;
			}
			if (toLink) {
				BuildResult failure = steps.run(link.command(), link.output(), "Linking " + link.output().getFileName(),
						listener);
				if (failure != null) {
					return failure;
				}
				if (!buildSteps.postBuild().isEmpty()
						&& runStep(buildSteps.postBuild(), "post-build", plan.buildDir(), toolchainPath, listener, monitor)) {
					return new BuildResult.Canceled();
				}
			}
		} finally {
			history.save();
		}
		return checkArtifact(link.output(), artifactType, compiled, toLink, listener);
	}

	private static BuildResult compileInOrder(List<CompileStep> toCompile, Steps steps, Path projectDir,
			BuildListener listener, List<Path> compiled) throws IOException {
		for (CompileStep step : toCompile) {
			Files.createDirectories(step.object().getParent());
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
			BuildListener listener) throws IOException {
		Loadability loadability = LoadabilityCheck.forPlayers().check(artifact);
		List<Finding> errors = loadability.buildErrors();
		if (!errors.isEmpty()) {
			return new BuildResult.Rejected(artifact, errors);
		}
		List<Finding> findings = type == ArtifactType.EXECUTABLE ? List.of() : loadability.findings();
		findings.forEach(f -> listener.warning(loadability.fileName() + " " + f.line()));
		return new BuildResult.Built(artifact, compiled, linked, findings);
	}

	/**
	 * Runs a pre- or post-build step as CDT's makefile does ({@link BuildSteps}): a failure is reported and the build
	 * goes on.
	 *
	 * @return whether the monitor canceled the build meanwhile
	 */
	private boolean runStep(String step, String which, Path buildDir, String toolchainPath, BuildListener listener,
			BuildMonitor monitor) throws IOException {
		if (monitor.isCanceled()) {
			return true;
		}
		monitor.starting("Running the " + which + " step");
		ToolCommand command = BuildSteps.command(step);
		listener.command(command);
		int exitCode = runner.run(command, buildDir, toolchainPath, listener::output, monitor::isCanceled);
		if (monitor.isCanceled()) {
			return true;
		}
		if (exitCode != 0) {
			listener.warning("the " + which + " step exited with code " + exitCode + "; as CDT's makefile does, the build"
					+ " goes on (fix the step in C/C++ Build > Settings > Build Steps)");
		}
		return false;
	}

	/** Runs the commands of one build, recording each in the history and reporting it; safe to call from threads. */
	private final class Steps {

		private final Path buildDir;
		private final String toolchainPath;
		private final CommandHistory history;
		private final BuildMonitor monitor;

		Steps(Path buildDir, String toolchainPath, CommandHistory history, BuildMonitor monitor) {
			this.buildDir = buildDir;
			this.toolchainPath = toolchainPath;
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
			int exitCode = runner.run(command, buildDir, toolchainPath, line -> {
				printed.append(line).append('\n');
				listener.output(line);
			}, monitor::isCanceled);
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

	private void checkInstalled(List<CompileStep> toCompile, LinkStep link, String toolchainPath)
			throws BuildException {
		Set<String> executables = new LinkedHashSet<>();
		toCompile.forEach(step -> executables.add(step.command().executable()));
		if (link != null) {
			executables.add(link.command().executable());
		}
		for (String executable : executables) {
			if (!runner.isAvailable(executable, toolchainPath)) {
				throw new BuildException(executable + " is not installed: it is not on PATH"
						+ (toolchainPath.isEmpty() ? "" : " nor in the toolchain path " + toolchainPath) + ". "
						+ (executable.startsWith(MINGW_PREFIX)
								? "Install MinGW-w64 with 'sudo apt-get install g++-mingw-w64-i686' (./sdk installs it),"
								: "Install the compiler that provides it,")
						+ " or set the toolchain path in the project's C/C++ Build > Settings > Cross Settings");
			}
		}
	}

	private static String sourceFolders(BuildConfiguration configuration, Path projectDir) {
		return String.join(", ", configuration.sourceEntries().stream()
				.map(e -> projectDir.resolve(e.folder()).normalize().toString()).toList());
	}
}
