// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.osgi.util.NLS;
import org.memorypool.sdk.core.Sentences;
import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.BuildResult;
import org.memorypool.sdk.core.deploy.DeployException;
import org.memorypool.sdk.core.deploy.ModArchive;
import org.memorypool.sdk.core.deploy.PluginProject;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.build.BuildConsole;
import org.memorypool.sdk.ui.build.BuildFailure;
import org.memorypool.sdk.ui.build.ProjectBuild;

/**
 * File > Export... > NVSE Plugin Mod Archive, after Finish: builds the chosen configuration as Deploy to Game builds
 * ({@link ProjectBuild}, only what is out of date), then {@link ModArchive#pack} checks the DLL as the game would and
 * writes {@code <Name>-<version>.zip}, as {@code ./sdk package} does. Everything goes to the {@link BuildConsole}; a
 * refusal is one line there and the job's ERROR result, which the job framework logs (Error Log) and the workbench shows
 * through the status manager. Cancellation is honored during the build and between the steps.
 */
public final class ModArchiveExportJob extends Job {

	/** The family of every export, for {@link Job#belongsTo} and the tests' waits. */
	public static final Object FAMILY = ModArchiveExportJob.class;

	private final IProject project;
	private final String configuration;
	private final Optional<Path> outputFolder;
	/** The workspace's folders at the output folder (or their nearest existing parents), refreshed after writing. */
	private final List<IContainer> refreshed;
	private volatile Path archive;

	/**
	 * @param project       the plugin's project
	 * @param configuration the configuration to build, e.g. Release
	 * @param outputFolder  where the archive goes; empty for the configuration's build folder, beside the DLL
	 */
	public ModArchiveExportJob(IProject project, String configuration, Optional<Path> outputFolder) {
		super(NLS.bind(Messages.ModArchiveExportJob_exporting, project.getName()));
		this.project = project;
		this.configuration = configuration;
		this.outputFolder = outputFolder;
		Path target = outputFolder.orElse(project.getLocation().toPath().resolve(configuration));
		this.refreshed = workspaceContainers(project.getWorkspace().getRoot(), target);
		setUser(true);
		// The build writes into the project and its markers, as the SDK's builder and Deploy to Game do.
		IResourceRuleFactory rules = project.getWorkspace().getRuleFactory();
		List<ISchedulingRule> rule = new ArrayList<>(List.of(rules.buildRule(), project));
		refreshed.forEach(c -> rule.add(rules.refreshRule(c)));
		setRule(MultiRule.combine(rule.toArray(ISchedulingRule[]::new)));
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** After the job: the archive it wrote; empty when it was refused or canceled. */
	public Optional<Path> archive() {
		return Optional.ofNullable(archive);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		BuildConsole console = BuildConsole.get();
		try {
			ProjectBuild.Outcome outcome;
			try {
				outcome = ProjectBuild.build(project, configuration, console, progress.split(7));
			} catch (BuildFailure e) {
				return refuse(console, e.getMessage(), e);
			}
			if (!(outcome.result() instanceof BuildResult.Built built)) {
				return switch (outcome.result()) {
				case BuildResult.Failed failed -> refuse(console,
						NLS.bind(Messages.ModArchiveExportJob_buildFailedSeeConsole, failed.summary(), BuildConsole.NAME), null);
				case BuildResult.Rejected rejected -> refuse(console,
						NLS.bind(Messages.ModArchiveExportJob_buildFailed, rejected.summary()), null);
				default -> canceled(console);
				};
			}
			Path dll = built.artifact();
			progress.split(1).subTask(NLS.bind(Messages.ModArchiveExportJob_packaging, dll.getFileName()));
			boolean usesMemoryPool = PluginProject.usesMemoryPool(project.getLocation().toPath(), outcome.configuration());
			progress.split(1);
			Path written = ModArchive.pack(dll, usesMemoryPool, outputFolder.orElse(dll.getParent()),
					w -> console.println(NLS.bind(Messages.ModArchiveExportJob_warning, w)));
			archive = written;
			console.println(ModArchive.describeWritten(written, dll, usesMemoryPool));
			refresh(progress.split(1));
			return Status.OK_STATUS;
		} catch (DeployException e) {
			return refuse(console, e.getMessage(), e);
		} catch (OperationCanceledException e) {
			return canceled(console);
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	/**
	 * One line in the console, and the same as the job's ERROR result: the job framework logs it and the workbench
	 * shows it (the status manager's dialog naming this job), so the job shows no dialog of its own.
	 */
	private static IStatus refuse(BuildConsole console, String reason, Throwable cause) {
		// The reason may hold names from the project and the file system: escaped for the console and the log.
		String line = Messages.ModArchiveExportJob_notExported + ": " + TerminalText.escapeLine(Sentences.starting(reason));
		console.println(line);
		return new Status(IStatus.ERROR, SdkUi.PLUGIN_ID, line, cause);
	}

	private static IStatus canceled(BuildConsole console) {
		console.println(Messages.ModArchiveExportJob_canceled);
		return Status.CANCEL_STATUS;
	}

	/** The workspace sees the archive (or its folder) appear; a failure leaves only the Project Explorer stale. */
	private void refresh(IProgressMonitor monitor) {
		for (IContainer container : refreshed) {
			try {
				container.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			} catch (CoreException e) {
				// F5 refreshes it.
			}
		}
	}

	/** The existing workspace folders at {@code folder}, or, where it is not one yet, their nearest existing parent. */
	private static List<IContainer> workspaceContainers(IWorkspaceRoot root, Path folder) {
		List<IContainer> containers = new ArrayList<>();
		for (IContainer container : root.findContainersForLocationURI(folder.toUri())) {
			IContainer existing = container;
			while (existing != null && !existing.exists()) {
				existing = existing.getParent();
			}
			if (existing != null && existing.getType() != IResource.ROOT && !containers.contains(existing)) {
				containers.add(existing);
			}
		}
		return containers;
	}
}
