// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.osgi.util.NLS;
import org.memorypool.sdk.core.Sentences;
import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.BuildResult;
import org.memorypool.sdk.core.deploy.DeployException;
import org.memorypool.sdk.core.deploy.DeployPlan;
import org.memorypool.sdk.core.deploy.DeployPlanner;
import org.memorypool.sdk.core.deploy.DeployTarget;
import org.memorypool.sdk.core.deploy.Deployer;
import org.memorypool.sdk.core.deploy.ModOrganizerEnabling;
import org.memorypool.sdk.core.deploy.PluginProject;
import org.memorypool.sdk.core.game.GameFolderCheck;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.build.BuildConsole;
import org.memorypool.sdk.ui.build.BuildFailure;
import org.memorypool.sdk.ui.build.ProjectBuild;
import org.memorypool.sdk.ui.preferences.SdkPreferences;
import org.memorypool.sdk.ui.runtime.RuntimeFiles;

/**
 * Deploy to Game and Undo Last Deploy, in the background: what changed goes to the {@link BuildConsole}; a refusal
 * changes nothing, says its one reason there and is the job's ERROR result, which the job framework logs (the Error
 * Log) and the workbench shows through the status manager. Deploying builds first, through the same build as the
 * SDK's builder, so only what is out of date is compiled. The plugin must pass the core's loadability check.
 */
public final class DeployJob extends Job {

	/** The family of every deploy and undo job, for {@link Job#belongsTo} and the tests' waits. */
	public static final Object FAMILY = DeployJob.class;

	private final IProject project;
	private final boolean undo;
	/** Whether the deploy ended with the plugin in the game (copied now, or there already). */
	private volatile boolean deployed;

	private DeployJob(IProject project, boolean undo) {
		super(NLS.bind(undo ? Messages.DeployJob_undoing : Messages.DeployJob_deploying, project.getName()));
		this.project = project;
		this.undo = undo;
		setUser(true);
		// The build writes into the project and its markers; nothing else may build meanwhile.
		setRule(MultiRule.combine(project.getWorkspace().getRuleFactory().buildRule(), project));
	}

	public static DeployJob deploy(IProject project) {
		return new DeployJob(project, false);
	}

	public static DeployJob undo(IProject project) {
		return new DeployJob(project, true);
	}

	/** After the job: whether the game has the plugin as built now; a refusal has said why already. */
	public boolean deployed() {
		return deployed;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		BuildConsole console = BuildConsole.get();
		try {
			return undo ? undo(console, monitor) : deploy(console, monitor);
		} catch (CoreException e) {
			return e.getStatus();
		} finally {
			refreshJournal();
		}
	}

	private IStatus deploy(BuildConsole console, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		Optional<Path> gameFolder = SdkPreferences.gameFolder();
		if (gameFolder.isEmpty()) {
			return refuse(console, Messages.DeployJob_notDeployed, Messages.DeployJob_noGameFolder, null);
		}
		GameFolderCheck check = GameFolderCheck.of(gameFolder.get());
		if (!check.usable()) {
			return refuse(console, Messages.DeployJob_notDeployed, check.errors().get(0), null);
		}
		Path projectDir = project.getLocation().toPath();
		ProjectBuild.Outcome outcome;
		try {
			outcome = ProjectBuild.build(project, console, progress.split(8));
		} catch (BuildFailure e) {
			return refuse(console, Messages.DeployJob_notDeployed, e.getMessage(), e);
		}
		check.warnings().forEach(w -> console.println(NLS.bind(Messages.DeployJob_warning, w)));
		if (!(outcome.result() instanceof BuildResult.Built built)) {
			return switch (outcome.result()) {
			case BuildResult.Failed failed -> refuse(console, Messages.DeployJob_notDeployed,
					NLS.bind(Messages.DeployJob_buildFailedSeeConsole, failed.summary(), BuildConsole.NAME), null);
			case BuildResult.Rejected rejected -> refuse(console, Messages.DeployJob_notDeployed,
					NLS.bind(Messages.DeployJob_buildFailed, rejected.summary()), null);
			default -> Status.CANCEL_STATUS;
			};
		}
		try {
			boolean usesMemoryPool = PluginProject.usesMemoryPool(projectDir, outcome.configuration());
			console.println(PluginProject.describeUse(usesMemoryPool));
			// A deploy a crash interrupted is rolled back first, so that the plan sees the files as they were.
			PluginProject.deployer(projectDir).rollBackInterrupted();
			DeployTarget target = new DeployTarget(new GameLayout(gameFolder.get()), SdkPreferences.modOrganizerMods());
			DeployPlan plan = new DeployPlanner(RuntimeFiles.plugin(), RuntimeFiles.jemalloc()).plan(built.artifact(),
					project.getName(), usesMemoryPool, target);
			progress.split(1);
			if (plan.copies().isEmpty()) {
				// Not applied: an empty deploy would replace the journal and lose the undo of the last real one.
				plan.describe().forEach(console::println);
				ModOrganizerEnabling.enable(target, project.getName(), usesMemoryPool).lines().forEach(console::println);
				console.println(Messages.DeployJob_nothingToDeploy);
				deployed = true;
				return Status.OK_STATUS;
			}
			Deployer deployer = PluginProject.deployer(projectDir);
			List<String> notes = deployer.apply(plan);
			plan.describe().forEach(console::println);
			notes.forEach(console::println);
			ModOrganizerEnabling.enableAndRecord(deployer, target, project.getName(), usesMemoryPool)
					.forEach(console::println);
			console.println(Messages.DeployJob_deployed);
			deployed = true;
			return Status.OK_STATUS;
		} catch (DeployException e) {
			return refuse(console, Messages.DeployJob_notDeployed, e.getMessage(), e);
		}
	}

	private IStatus undo(BuildConsole console, IProgressMonitor monitor) {
		SubMonitor.convert(monitor, getName(), 1);
		console.println(NLS.bind(Messages.DeployJob_undoing, project.getName()));
		try {
			PluginProject.deployer(project.getLocation().toPath()).undo().forEach(console::println);
			console.println(NLS.bind(Messages.DeployJob_undid, project.getName()));
			return Status.OK_STATUS;
		} catch (DeployException e) {
			return refuse(console, Messages.DeployJob_notUndone, e.getMessage(), e);
		}
	}

	/**
	 * Says why in the console, and returns the same as the job's ERROR result (with the exception, when there is one):
	 * the job framework logs it into the Error Log and the workbench's progress service hands it to the status manager,
	 * whose dialog shows it naming this job. So the job shows no dialog of its own, and logs nothing twice.
	 */
	private static IStatus refuse(BuildConsole console, String title, String reason, Throwable cause) {
		// The reason may hold names from the project and the game folder: escaped for the dialog and the log.
		String line = title + ": " + TerminalText.escapeLine(Sentences.starting(reason));
		console.println(line);
		return new Status(IStatus.ERROR, SdkUi.PLUGIN_ID, line, cause);
	}

	/** The journal lives in the project's .settings folder: the workspace should see it come and go. */
	private void refreshJournal() {
		try {
			project.getFolder(".settings").refreshLocal(IResource.DEPTH_ONE, null);
		} catch (CoreException e) {
			// Only the Project Explorer's view of .settings is stale; F5 refreshes it.
		}
	}
}
