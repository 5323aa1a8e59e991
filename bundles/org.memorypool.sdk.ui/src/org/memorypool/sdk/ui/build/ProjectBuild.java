// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.BuildException;
import org.memorypool.sdk.core.build.BuildListener;
import org.memorypool.sdk.core.build.BuildMonitor;
import org.memorypool.sdk.core.build.BuildResult;
import org.memorypool.sdk.core.build.CdtProject;
import org.memorypool.sdk.core.build.CdtProjectException;
import org.memorypool.sdk.core.build.CompilerDiagnostic;
import org.memorypool.sdk.core.build.CompilerOutputParser;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.build.HeadlessBuilder;
import org.memorypool.sdk.core.build.ToolCommand;
import org.memorypool.sdk.core.commands.LedgerCheck;
import org.memorypool.sdk.core.commands.OpcodeLedger;
import org.memorypool.sdk.core.commands.SourceProblem;
import org.memorypool.sdk.core.deploy.DeployException;
import org.memorypool.sdk.core.deploy.PluginProject;
import org.memorypool.sdk.core.loadability.Finding;
import org.memorypool.sdk.core.loadability.Loadability;
import org.memorypool.sdk.ui.SdkUi;

/**
 * Builds a workspace project with the core's {@link HeadlessBuilder}: output to the {@link BuildConsole}, what gcc and
 * ld report as {@link SdkUi#BUILD_PROBLEM_MARKER} markers (the last build's only), progress and cancellation through
 * the monitor, and the build folder refreshed afterwards. The builder and Deploy to Game both build through here.
 * <p>
 * The configuration is Release unless the project's preference {@value #CONFIGURATION_KEY} (in
 * {@code .settings/org.memorypool.sdk.ui.prefs}) names another, e.g. {@code buildConfiguration=Debug}.
 */
public final class ProjectBuild {

	/** Project preference of this bundle: the configuration the SDK builds and deploys. */
	public static final String CONFIGURATION_KEY = "buildConfiguration";

	/** How a build that ran ended, and which configuration it built. */
	public record Outcome(BuildConfiguration configuration, BuildResult result) {
	}

	private ProjectBuild() {
	}

	/** The configuration the SDK builds for {@code project}: Release unless the project's preference says otherwise. */
	public static String configurationName(IProject project) {
		return new ProjectScope(project).getNode(SdkUi.PLUGIN_ID).get(CONFIGURATION_KEY, PluginProject.DEFAULT_CONFIGURATION);
	}

	/**
	 * Builds {@link #configurationName} of {@code project}, compiling only what is out of date.
	 *
	 * @throws BuildFailure when the build cannot run; the console and a marker on the project say why
	 */
	public static Outcome build(IProject project, BuildConsole console, IProgressMonitor monitor)
			throws CoreException, BuildFailure {
		return build(project, configurationName(project), console, monitor);
	}

	/**
	 * Builds the configuration {@code configName} of {@code project}, compiling only what is out of date: what the
	 * export builds, whichever configuration the SDK's builder and deploys use.
	 *
	 * @throws BuildFailure when the build cannot run (e.g. the project has no such configuration); the console and a
	 *                      marker on the project say why
	 */
	public static Outcome build(IProject project, String configName, BuildConsole console, IProgressMonitor monitor)
			throws CoreException, BuildFailure {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.ProjectBuild_building, project.getName()), 100);
		project.deleteMarkers(SdkUi.BUILD_PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
		console.startOver();
		Path projectDir = project.getLocation().toPath();
		BuildConfiguration configuration;
		try {
			CdtProject cdtProject = CprojectReader.read(projectDir);
			configuration = PluginProject.configuration(cdtProject, configName);
		} catch (CdtProjectException | DeployException e) {
			throw failure(project, console, e.getMessage(), e);
		}
		String building = NLS.bind(Messages.ProjectBuild_buildingConfiguration, project.getName(), configuration.name());
		console.println(building);
		progress.setTaskName(building);
		ConsoleListener listener = new ConsoleListener(console, new CompilerOutputParser(projectDir.resolve(configuration.name())));
		BuildResult result;
		try {
			result = new HeadlessBuilder().build(projectDir, configuration, listener, new ProgressAdapter(progress.split(90)));
		} catch (BuildException e) {
			// The opcode ledger's problems were printed as diagnostics before the build stopped: on their lines too.
			for (CompilerDiagnostic diagnostic : listener.diagnostics) {
				mark(project, diagnostic);
			}
			throw failure(project, console, e.getMessage(), e);
		} finally {
			project.getFolder(configuration.name()).refreshLocal(IResource.DEPTH_INFINITE, progress.newChild(10));
			project.getFile(OpcodeLedger.FILE_NAME).refreshLocal(IResource.DEPTH_ZERO, null);
		}
		for (CompilerDiagnostic diagnostic : listener.diagnostics) {
			mark(project, diagnostic);
		}
		switch (result) {
		case BuildResult.Built built -> {
			// What matters only to NVSE warns: a project may build a helper DLL.
			for (Finding finding : built.findings()) {
				marker(project, IMarker.SEVERITY_WARNING, built.artifact().getFileName() + " " + finding.line(), 0);
			}
			console.println(NLS.bind(Messages.ProjectBuild_built, built.artifact()));
		}
		case BuildResult.Rejected rejected -> {
			String failure = NLS.bind(Messages.ProjectBuild_buildFailed, rejected.summary());
			console.println(failure);
			marker(project, IMarker.SEVERITY_ERROR, failure, 0);
		}
		case BuildResult.Failed failed -> {
			console.println(NLS.bind(Messages.ProjectBuild_buildFailed, failed.summary()));
			if (listener.diagnostics.stream().noneMatch(d -> d.severity() == CompilerDiagnostic.Severity.ERROR)) {
				marker(project, IMarker.SEVERITY_ERROR,
						NLS.bind(Messages.ProjectBuild_buildFailedSeeConsole, failed.summary(), BuildConsole.NAME), 0);
			}
		}
		case BuildResult.Canceled canceled -> console.println(Messages.ProjectBuild_buildCanceled);
		}
		return new Outcome(configuration, result);
	}

	/**
	 * After CDT's managed build, which the SDK does not run: the loadability check on every configuration's artifact,
	 * as problem markers on the project (an error where it is no Windows DLL for i386, else a warning). What cannot be
	 * read is left to CDT, which reports its own problems.
	 */
	public static void checkArtifactsOfCdtBuild(IProject project) throws CoreException {
		project.deleteMarkers(SdkUi.BUILD_PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
		checkOpcodeLedger(project);
		Map<String, Loadability> checked;
		try {
			checked = PluginProject.checkArtifacts(project.getLocation().toPath());
		} catch (CdtProjectException | IOException e) {
			return;
		}
		for (Map.Entry<String, Loadability> artifact : checked.entrySet()) {
			Loadability loadability = artifact.getValue();
			for (Finding finding : loadability.findings()) {
				marker(project, finding.problem().failsBuild() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING,
						artifact.getKey() + "/" + loadability.fileName() + " " + finding.line(), 0);
			}
		}
	}

	/**
	 * The opcode ledger check for a build CDT ran: its problems as markers on their lines (an error cannot stop CDT's
	 * build, which has run, but stays in the Problems view), new commands recorded in the ledger.
	 */
	private static void checkOpcodeLedger(IProject project) throws CoreException {
		Path projectDir = project.getLocation().toPath();
		try {
			BuildConfiguration configuration = PluginProject.configuration(CprojectReader.read(projectDir), configurationName(project));
			LedgerCheck.Verdict verdict = HeadlessBuilder.checkOpcodeLedger(projectDir, configuration);
			for (SourceProblem problem : verdict.problems()) {
				int severity = problem.error() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING;
				Optional<IFile> file = workspaceFile(project, problem.file());
				if (file.isPresent()) {
					marker(file.get(), severity, problem.message(), problem.line());
				} else {
					marker(project, severity, problem.file() + ":" + problem.line() + ": " + problem.message(), 0);
				}
			}
			if (!verdict.added().isEmpty()) {
				project.getFile(OpcodeLedger.FILE_NAME).refreshLocal(IResource.DEPTH_ZERO, null);
			}
		} catch (CdtProjectException | DeployException | BuildException e) {
			marker(project, IMarker.SEVERITY_ERROR, e.getMessage(), 0);
		}
	}

	/**
	 * Deletes what building {@link #configurationName} made.
	 *
	 * @throws BuildFailure when it cannot (no readable .cproject, a name that leads outside the project...); the console
	 *                      and a marker on the project say why
	 */
	public static void clean(IProject project, BuildConsole console, IProgressMonitor monitor)
			throws CoreException, BuildFailure {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.ProjectBuild_cleaning, project.getName()), 2);
		project.deleteMarkers(SdkUi.BUILD_PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
		console.startOver();
		Path projectDir = project.getLocation().toPath();
		try {
			BuildConfiguration configuration = PluginProject.configuration(CprojectReader.read(projectDir), configurationName(project));
			console.println(NLS.bind(Messages.ProjectBuild_cleaningConfiguration, project.getName(), configuration.name()));
			try {
				new HeadlessBuilder().clean(projectDir, configuration)
						.forEach(f -> console.println(NLS.bind(Messages.ProjectBuild_deleted, f)));
			} finally {
				project.getFolder(configuration.name()).refreshLocal(IResource.DEPTH_INFINITE, progress.newChild(1));
			}
		} catch (CdtProjectException | DeployException | BuildException e) {
			throw failure(project, console, e.getMessage(), e);
		}
	}

	private static BuildFailure failure(IProject project, BuildConsole console, String reason, Throwable cause)
			throws CoreException {
		console.println(NLS.bind(Messages.ProjectBuild_buildFailed, reason));
		marker(project, IMarker.SEVERITY_ERROR, reason, 0);
		return new BuildFailure(reason, cause);
	}

	/** On the file and line gcc named, or on the project when the message names no file of the workspace. */
	private static void mark(IProject project, CompilerDiagnostic diagnostic) throws CoreException {
		int severity = switch (diagnostic.severity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case NOTE -> IMarker.SEVERITY_INFO;
		};
		Optional<IFile> file = diagnostic.file().flatMap(path -> workspaceFile(project, path));
		if (file.isPresent()) {
			marker(file.get(), severity, diagnostic.message(), diagnostic.line());
		} else {
			String where = diagnostic.file().map(p -> p + (diagnostic.line() > 0 ? ":" + diagnostic.line() : "") + ": ").orElse("");
			marker(project, severity, where + diagnostic.message(), 0);
		}
	}

	/** The workspace file at {@code path}, the one in {@code project} first when it is linked into several. */
	private static Optional<IFile> workspaceFile(IProject project, Path path) {
		IFile[] files = project.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
		return Arrays.stream(files).filter(IFile::exists)
				.min(Comparator.comparing((IFile f) -> !f.getProject().equals(project)));
	}

	private static void marker(IResource resource, int severity, String message, int line) throws CoreException {
		IMarker marker = resource.createMarker(SdkUi.BUILD_PROBLEM_MARKER);
		marker.setAttribute(IMarker.SEVERITY, severity);
		// Compiler output names files from the project: no control character reaches the Problems view.
		marker.setAttribute(IMarker.MESSAGE, TerminalText.escapeLine(message));
		if (line > 0) {
			marker.setAttribute(IMarker.LINE_NUMBER, line);
		}
	}

	/** Prints the build as CDT's console does, and collects what gcc and ld report. */
	private static final class ConsoleListener implements BuildListener {

		private final BuildConsole console;
		private final CompilerOutputParser parser;
		private final List<CompilerDiagnostic> diagnostics = new ArrayList<>();

		ConsoleListener(BuildConsole console, CompilerOutputParser parser) {
			this.console = console;
			this.parser = parser;
		}

		@Override
		public void warning(String message) {
			console.println(NLS.bind(Messages.ProjectBuild_warning, message));
		}

		@Override
		public void command(ToolCommand command) {
			console.println(command.text());
		}

		@Override
		public void output(String line) {
			console.println(line);
			parser.parse(line).ifPresent(diagnostics::add);
		}

		@Override
		public void referencedProject(String projectName, String configurationName) {
			console.println(NLS.bind(Messages.ProjectBuild_incrementalBuild, configurationName, projectName));
		}
	}

	/** An Eclipse progress monitor as the core's {@link BuildMonitor}: one unit of work per command. */
	private static final class ProgressAdapter implements BuildMonitor {

		private final SubMonitor progress;

		ProgressAdapter(SubMonitor progress) {
			this.progress = progress;
		}

		@Override
		public void begin(int commands) {
			progress.setWorkRemaining(commands);
		}

		@Override
		public void starting(String description) {
			progress.subTask(description);
		}

		@Override
		public void done() {
			progress.worked(1);
		}

		@Override
		public boolean isCanceled() {
			return progress.isCanceled();
		}
	}
}
