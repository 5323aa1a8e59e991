// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.game.ModOrganizerInstance;
import org.memorypool.sdk.core.launch.GameProcesses;
import org.memorypool.sdk.core.launch.GameSession;
import org.memorypool.sdk.core.launch.LaunchCommand;
import org.memorypool.sdk.core.launch.LaunchDetector;
import org.memorypool.sdk.core.logs.GameLogs;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.deploy.DeployJob;
import org.memorypool.sdk.ui.preferences.SdkPreferences;

/**
 * Launches "Fallout: New Vegas (NVSE)" configurations: builds and deploys the project as Deploy to Game does, starts
 * the game through NVSE with the configuration's command line (empty: the one {@link LaunchDetector} finds for the
 * game folder and Mod Organizer 2 of the preferences), and shows the run as a {@link GameProcess}. A game already
 * running holds the plugin's DLL: the user is asked to close it first.
 */
public final class GameLaunchDelegate extends LaunchConfigurationDelegate {

	public static final String TYPE_ID = "org.memorypool.sdk.ui.launch.game";
	/** The project's name. */
	public static final String ATTR_PROJECT = SdkUi.PLUGIN_ID + ".launch.project";
	/** The command line; empty for the detected one. */
	public static final String ATTR_COMMAND_LINE = SdkUi.PLUGIN_ID + ".launch.commandLine";
	private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

	@Override
	public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
		// Deploying builds the plugin with the SDK's build, only what is out of date: no workspace build first.
		return false;
	}

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		String projectName = configuration.getAttribute(ATTR_PROJECT, "");
		IProject project = projectName.isBlank() ? null : ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (project == null || !project.isOpen()) {
			throw abort(NLS.bind(Messages.GameLaunchDelegate_noOpenProject, projectName));
		}
		Path game = SdkPreferences.gameFolder().orElseThrow(() -> abort(Messages.GameLaunchDelegate_noGameFolder));
		GameLayout layout = new GameLayout(game);
		Optional<ModOrganizerInstance> mo2 = SdkPreferences.modOrganizerMods()
				.flatMap(mods -> ModOrganizerInstance.ofMods(mods, ModOrganizerInstance.instancesFolderOfThisMachine()));
		List<String> notes = new ArrayList<>();
		String line = configuration.getAttribute(ATTR_COMMAND_LINE, "");
		LaunchCommand command;
		try {
			command = line.isBlank() ? LaunchDetector.forThisMachine().detect(layout, mo2, notes)
					: LaunchCommand.parse(line, game, Messages.GameLaunchDelegate_configurationCommandLine);
		} catch (IllegalArgumentException e) {
			throw abort(NLS.bind(Messages.GameLaunchDelegate_commandLineProblem, e.getMessage()));
		}
		// Before the deploy: a launch that cannot start changes nothing in the game.
		Optional<String> problem = GameSession.programProblem(command);
		if (problem.isPresent()) {
			throw abort(problem.get());
		}
		try {
			if (!closeRunningGame(GameProcesses.of(layout))) {
				return;
			}
			DeployJob deploy = DeployJob.deploy(project);
			deploy.schedule();
			deploy.join();
			if (!deploy.deployed() || monitor.isCanceled()) {
				// The deploy has shown why.
				return;
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		GameSession session = new GameSession(command, GameLogs.of(layout, project.getName(),
				mo2.map(ModOrganizerInstance::overwrite)).files(), GameProcesses.of(layout));
		try {
			session.start();
		} catch (IOException e) {
			throw abort(e.getMessage());
		}
		List<String> header = new ArrayList<>();
		notes.forEach(n -> header.add(NLS.bind(Messages.GameLaunchDelegate_note, n)));
		header.add(NLS.bind(Messages.GameLaunchDelegate_starting, command.commandLine(), command.origin()));
		new GameProcess(launch, session, NLS.bind(Messages.GameLaunchDelegate_processLabel, project.getName()), header);
	}

	/** When the game runs: asks whether to close it, and closes it. False when it stays. */
	private static boolean closeRunningGame(GameProcesses game) throws InterruptedException, CoreException {
		List<ProcessHandle> running = game.running();
		if (running.isEmpty()) {
			return true;
		}
		AtomicBoolean close = new AtomicBoolean();
		if (PlatformUI.isWorkbenchRunning()) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			String question = NLS.bind(Messages.GameLaunchDelegate_gameRunning, running.get(0).pid());
			display.syncExec(() -> close.set(
					MessageDialog.openQuestion(display.getActiveShell(), Messages.GameLaunchDelegate_gameRunningTitle, question)));
		}
		if (!close.get()) {
			return false;
		}
		List<ProcessHandle> left = GameProcesses.end(running, CLOSE_GRACE);
		if (!left.isEmpty()) {
			throw abort(NLS.bind(Messages.GameLaunchDelegate_wouldNotClose, left.get(0).pid()));
		}
		return true;
	}

	private static CoreException abort(String message) {
		return new CoreException(
				new Status(IStatus.ERROR, SdkUi.PLUGIN_ID, NLS.bind(Messages.GameLaunchDelegate_cannotLaunch, message)));
	}
}
