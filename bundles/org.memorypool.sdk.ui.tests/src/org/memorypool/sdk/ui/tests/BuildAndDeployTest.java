// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsoleView;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Screenshots;
import org.memorypool.sdk.tests.support.Widgets;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.build.BuildConsole;
import org.memorypool.sdk.ui.build.HeadlessProjectBuilder;
import org.memorypool.sdk.ui.build.ProjectBuild;
import org.memorypool.sdk.ui.deploy.DeployJob;
import org.memorypool.sdk.ui.preferences.SdkPreferences;
import org.memorypool.sdk.ui.runtime.RuntimeFiles;

/**
 * A project from the new-project wizard, built in this Eclipse without CDT by the SDK's builder (for real, with
 * MinGW-w64), then deployed into a fake game through the Deploy to Game command and undone.
 */
class BuildAndDeployTest {

	private static final Duration BUILD_TIMEOUT = Duration.ofSeconds(180);
	private static final String GCC_MESSAGE = "[‘']undeclaredOnPurpose[’'] was not declared in this scope";

	@TempDir
	Path dir;

	private IWorkbenchPage page;

	@BeforeEach
	void workbench() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		assertNull(Platform.getBundle(HeadlessProjectBuilder.CDT_MANAGED_BUILD), "this test is about an Eclipse without CDT");
	}

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		SdkPreferences.store().setValue(SdkPreferences.GAME_FOLDER, "");
		SdkPreferences.store().setValue(SdkPreferences.MOD_ORGANIZER_MODS, "");
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, null);
		}
	}


	private static String console() {
		return BuildConsole.get().console().getDocument().get();
	}

	private void showConsole() throws Exception {
		IConsoleView view = (IConsoleView) page.showView(IConsoleConstants.ID_CONSOLE_VIEW);
		view.display(BuildConsole.get().console());
		Conditions.processEvents();
	}

	private static List<IMarker> problems(IResource resource) throws Exception {
		return List.of(resource.findMarkers(SdkUi.BUILD_PROBLEM_MARKER, true, IResource.DEPTH_INFINITE));
	}

	private void setContents(IFile file, String text) throws Exception {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
	}

	@Test
	void theBuilderBuildsTheDllAndTurnsGccsErrorsIntoProblemMarkers() throws Exception {
		IProject project = WizardProjects.create(page, "BuildMe");
		assertTrue(List.of(project.getDescription().getBuildSpec()).stream().anyMatch(c -> c.getBuilderName().equals(SdkUi.BUILDER)),
				"the generated .project names the SDK's builder");

		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		assertTrue(Files.isRegularFile(project.getLocation().toPath().resolve("Release/BuildMe.dll")));
		assertTrue(project.getFile("Release/BuildMe.dll").exists(), "the build folder is refreshed");
		assertEquals(List.of(), problems(project), "the generated project builds without a warning");
		Path dll = project.getLocation().toPath().resolve("Release/BuildMe.dll");
		Conditions.waitUntil("the console to show the build", () -> console().contains("Built " + dll));
		String console = console();
		assertTrue(console.contains("Building BuildMe (Release)"), console);
		assertTrue(console.contains("i686-w64-mingw32-g++ ") && console.contains("\"../src/main.cpp\""), console);
		assertTrue(console.contains("-o \"BuildMe.dll\""), "the link command: " + console);
		showConsole();
		Screenshots.save("build-1-console");

		IFile main = project.getFile("src/main.cpp");
		String source = Files.readString(main.getLocation().toPath());
		String broken = source + "\nint brokenOnPurpose = undeclaredOnPurpose;\n";
		int line = (int) broken.lines().count();
		setContents(main, broken);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
		List<IMarker> errors = problems(main).stream()
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
		assertEquals(1, errors.size(), errors.toString());
		IMarker error = errors.get(0);
		assertEquals(line, error.getAttribute(IMarker.LINE_NUMBER, -1));
		// gcc quotes with ‘’ in a UTF-8 locale and with '' in the C locale.
		assertTrue(error.getAttribute(IMarker.MESSAGE, "").matches(GCC_MESSAGE), error.getAttribute(IMarker.MESSAGE, ""));
		assertTrue(error.isSubtypeOf(IMarker.PROBLEM), "the Problems view shows it");
		Conditions.waitUntil("the console to show gcc's error",
				() -> console().contains("main.cpp:" + line + ":") && console().contains("Build failed: "));
		assertTrue(console().lines().anyMatch(l -> l.matches(".*main\\.cpp:" + line + ":\\d+: error: " + GCC_MESSAGE)), console());
		assertFalse(console().contains("Built "), "the console starts over at each build: " + console());

		// Each build brings its console to the top of the stack the Problems view shares: keep the view in front.
		IViewPart problemsView = page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Conditions.waitUntil("the Problems view to list the error", () -> {
			if (!page.isPartVisible(problemsView)) {
				page.bringToTop(problemsView);
			}
			return !Widgets.findAll(page.getWorkbenchWindow().getShell(), Tree.class, t -> topLevelTexts(t).stream()
					.anyMatch(text -> text.matches(".*\\(1 item\\)|.*undeclaredOnPurpose.*"))).isEmpty();
		});
		Screenshots.save("build-2-problems");

		setContents(main, source);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
		assertEquals(List.of(), problems(project), "fixing the error removes its marker");

		project.build(IncrementalProjectBuilder.CLEAN_BUILD, new NullProgressMonitor());
		assertFalse(project.getFile("Release/BuildMe.dll").exists(), "clean deletes the DLL");
	}

	/**
	 * The opcode ledger in the IDE: a command registered before the released ones moves their opcodes, and the build
	 * stops with an error marker on the registration that moved; back in order, the new command is recorded.
	 */
	@Test
	void aMovedOpcodeIsAnErrorMarkerOnItsRegistrationAndANewCommandIsRecorded() throws Exception {
		IProject project = WizardProjects.create(page, "Ledgered");
		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		assertEquals(List.of(), problems(project));
		IFile commands = project.getFile("src/Commands.cpp");
		String source = Files.readString(commands.getLocation().toPath());
		String first = "    /* 0x2000 */ nvse->RegisterTypedCommand(&kCommandInfo_LedgeredGetVersion, kRetnType_Default);\n";
		assertTrue(source.contains(first), source);
		// A new command inserted first: GetVersion and AddNumbers would move.
		String moved = source.replace(first, "    nvse->RegisterCommand(&kCommandInfo_LedgeredAddNumbers);\n" + first);
		setContents(commands, moved);
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener log = (status, plugin) -> logged.add(status);
		Platform.addLogListener(log);
		try {
			project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
		} finally {
			Platform.removeLogListener(log);
		}
		// A build the opcode ledger stopped did not run: the Error Log has it too, with the core's exception.
		IStatus notBuilt = refusals(logged, "Ledgered was not built: The script commands do not match the opcode ledger").stream()
				.findFirst()
				.orElseThrow(() -> new AssertionError("not in the Error Log: " + logged));
		assertTrue(notBuilt.getException() instanceof org.memorypool.sdk.core.build.BuildException, String.valueOf(notBuilt));
		List<IMarker> errors = problems(commands).stream()
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
		assertFalse(errors.isEmpty(), problems(project).toString());
		int line = (int) moved.substring(0, moved.indexOf(first)).lines().count() + 1;
		IMarker getVersion = errors.stream().filter(m -> m.getAttribute(IMarker.MESSAGE, "").startsWith("LedgeredGetVersion"))
				.findFirst().orElseThrow(() -> new AssertionError(errors.toString()));
		assertEquals(line, getVersion.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals("LedgeredGetVersion has opcode 0x2000 in nvse-opcodes.txt but gets 0x2001 here: scripts compiled"
				+ " against it would call another command. Keep the registrations in their order and add new ones at the"
				+ " end; if it was never released, delete its line (and those after it) from the ledger",
				getVersion.getAttribute(IMarker.MESSAGE, ""));
		assertFalse(Files.isRegularFile(project.getLocation().toPath().resolve("Release/src/Commands.o.new")));
		org.eclipse.ui.ide.IDE.openEditor(page, getVersion);
		IViewPart problemsView = page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Conditions.waitUntil("the Problems view to list the ledger's errors", () -> {
			if (!page.isPartVisible(problemsView)) {
				page.bringToTop(problemsView);
			}
			return !Widgets.findAll(page.getWorkbenchWindow().getShell(), Tree.class, t -> topLevelTexts(t).stream()
					.anyMatch(text -> text.matches("Errors \\(\\d+ items?\\)"))).isEmpty();
		});
		Screenshots.save("build-3-ledger-marker");

		// At the end instead, as a second version of AddNumbers: recorded, no marker.
		setContents(commands, source.replace("    // New commands here, at the end.\n", "    nvse->RegisterTypedCommandVersion("
				+ "&kCommandInfo_LedgeredAddNumbers, kRetnType_Default, 2);\n    // New commands here, at the end.\n"));
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
		assertEquals(List.of(), problems(project));
		assertTrue(Files.readString(project.getLocation().toPath().resolve("nvse-opcodes.txt")).endsWith(
				"0x2000 LedgeredGetVersion\n0x2001 LedgeredAddNumbers\n0x2002 LedgeredAddNumbers\n"));
		assertTrue(project.getFile("nvse-opcodes.txt").isSynchronized(IResource.DEPTH_ZERO), "the workspace sees the ledger");
	}

	@Test
	void deployToGameCopiesThePluginAndTheRuntimeAndUndoPutsBackWhatWasThere() throws Exception {
		GameLayout game = new GameLayout(Files.createDirectories(dir.resolve("Fallout New Vegas")));
		Files.write(game.exe(), new byte[0]);
		Files.writeString(game.jemalloc(), "an older jemalloc.dll");
		SdkPreferences.store().setValue(SdkPreferences.GAME_FOLDER, game.root().toString());
		IProject project = WizardProjects.create(page, "DeployMe");
		select(project);

		execute(SdkUi.DEPLOY_COMMAND);
		Path dll = project.getLocation().toPath().resolve("Release/DeployMe.dll");
		Path deployed = game.pluginsFolder().resolve("DeployMe.dll");
		assertTrue(Files.isRegularFile(dll), "Deploy built the project first");
		assertEquals(-1, Files.mismatch(dll, deployed));
		assertEquals(-1, Files.mismatch(RuntimeFiles.plugin(), game.memoryPoolPlugin()));
		assertEquals(-1, Files.mismatch(RuntimeFiles.jemalloc(), game.jemalloc()));
		assertEquals("an older jemalloc.dll", Files.readString(game.jemalloc().resolveSibling("jemalloc.dll.bak")));
		assertTrue(Files.isRegularFile(org.memorypool.sdk.core.deploy.PluginProject.journal(project.getLocation().toPath())),
				"the journal lives in the user's state, not in the project");
		assertFalse(project.getFile(".settings/memorypool-last-deploy.properties").exists());
		Conditions.waitUntil("the console to show the deploy", () -> console().contains("Deployed") && console().contains(deployed.toString()));
		String console = console();
		assertTrue(console.contains("added    " + deployed), console);
		assertTrue(console.contains("added    " + game.memoryPoolPlugin()), console);
		assertTrue(console.contains("updated  " + game.jemalloc() + " (previous one kept as jemalloc.dll.bak)"), console);
		assertTrue(console.contains("no nvse_loader.exe"), "the game folder's warning: " + console);
		showConsole();
		Screenshots.save("deploy-1-console");

		execute(SdkUi.UNDO_DEPLOY_COMMAND);
		assertFalse(Files.exists(deployed));
		assertFalse(Files.exists(game.memoryPoolPlugin()));
		assertEquals("an older jemalloc.dll", Files.readString(game.jemalloc()));
		assertFalse(Files.exists(game.jemalloc().resolveSibling("jemalloc.dll.bak")));
		assertFalse(Files.exists(org.memorypool.sdk.core.deploy.PluginProject.journal(project.getLocation().toPath())));
		Conditions.waitUntil("the console to show the undo", () -> console().contains("Undid the last deploy of DeployMe"));
		assertTrue(console().contains("restored " + game.jemalloc()), console());
		Screenshots.save("deploy-2-undone");
	}

	/**
	 * With Mod Organizer 2's mods folder set, Deploy to Game writes nothing into the game: the plugin and the runtime
	 * become mods, enabled in the instance's profile; Undo takes both out again.
	 */
	@Test
	void deployThroughModOrganizerMakesModsEnablesThemAndUndoTakesThemOut() throws Exception {
		GameLayout game = new GameLayout(Files.createDirectories(dir.resolve("Fallout New Vegas")));
		Files.write(game.exe(), new byte[0]);
		Path instance = Files.createDirectories(dir.resolve("MO2"));
		Files.writeString(instance.resolve("ModOrganizer.ini"), "[General]\r\nselected_profile=@ByteArray(Default)\r\n");
		Path mods = Files.createDirectories(instance.resolve("mods"));
		Path modList = Files.createDirectories(instance.resolve("profiles/Default")).resolve("modlist.txt");
		Files.writeString(modList, "# This file was automatically generated by Mod Organizer.\r\n+Other\r\n");
		SdkPreferences.store().setValue(SdkPreferences.GAME_FOLDER, game.root().toString());
		SdkPreferences.store().setValue(SdkPreferences.MOD_ORGANIZER_MODS, mods.toString());
		IProject project = WizardProjects.create(page, "DeployMo2");
		select(project);

		execute(SdkUi.DEPLOY_COMMAND);
		assertTrue(Files.isRegularFile(mods.resolve("DeployMo2/NVSE/Plugins/DeployMo2.dll")));
		assertEquals(-1, Files.mismatch(RuntimeFiles.plugin(), mods.resolve("MemoryPoolNVSE/NVSE/Plugins/MemoryPoolNVSE.dll")));
		assertEquals(-1, Files.mismatch(RuntimeFiles.jemalloc(), mods.resolve("MemoryPoolNVSE/NVSE/Plugins/jemalloc.dll")));
		try (java.util.stream.Stream<Path> inGame = Files.list(game.root())) {
			assertEquals(List.of(game.exe()), inGame.toList(), "nothing is written into the game");
		}
		assertEquals("# This file was automatically generated by Mod Organizer.\r\n+MemoryPoolNVSE\r\n+DeployMo2\r\n"
				+ "+Other\r\n", Files.readString(modList));
		Conditions.waitUntil("the console to show the deploy", () -> console().contains("Deployed"));
		assertTrue(console().contains("enabled  DeployMo2 in " + modList), console());
		showConsole();
		Screenshots.save("deploy-mo2-console");

		execute(SdkUi.UNDO_DEPLOY_COMMAND);
		assertEquals("# This file was automatically generated by Mod Organizer.\r\n+Other\r\n", Files.readString(modList));
		try (java.util.stream.Stream<Path> left = Files.list(mods)) {
			assertEquals(List.of(), left.toList(), "undo removes the mods' files and folders");
		}
	}

	/**
	 * A game folder that is not one: the deploy's job ends with an ERROR status, which the workbench shows (naming the
	 * job) and the Error Log keeps, once; nothing is built or copied.
	 */
	@Test
	void aRefusedDeployShowsItsOneReasonAndChangesNothing() throws Exception {
		Path notTheGame = Files.createDirectories(dir.resolve("Not the game"));
		SdkPreferences.store().setValue(SdkPreferences.GAME_FOLDER, notTheGame.toString());
		IProject project = WizardProjects.create(page, "RefuseMe");
		select(project);
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener log = (status, plugin) -> logged.add(status);
		Platform.addLogListener(log);
		String shown;
		try {
			shown = StatusDialogs.shown(() -> execute(SdkUi.DEPLOY_COMMAND), "Not Deployed: ", "deploy-3-refused", BUILD_TIMEOUT);
			Conditions.waitUntil("the refusal in the Error Log", () -> !refusals(logged, "Not Deployed: ").isEmpty());
			Conditions.processEvents();
		} finally {
			Platform.removeLogListener(log);
		}
		assertTrue(shown.contains("'Deploying RefuseMe' has encountered a problem."), shown);
		assertTrue(shown.contains(notTheGame + " has no FalloutNV.exe"), shown);
		assertEquals(1, refusals(logged, "Not Deployed: ").size(), "logged once: " + logged);
		assertTrue(console().contains("Not Deployed: " + notTheGame + " has no FalloutNV.exe"), console());
		try (var files = Files.list(notTheGame)) {
			assertEquals(0, files.count(), "nothing is copied into a folder that is not the game");
		}
		assertFalse(Files.exists(project.getLocation().toPath().resolve("Release/RefuseMe.dll")), "nothing was built either");
	}

	private static List<IStatus> refusals(List<IStatus> logged, String start) {
		return logged.stream().filter(s -> s.getSeverity() == IStatus.ERROR && SdkUi.PLUGIN_ID.equals(s.getPlugin())
				&& s.getMessage().startsWith(start)).toList();
	}

	@Test
	void aPluginPlayersCannotLoadIsNotDeployedAndTheRefusalReachesTheErrorLog() throws Exception {
		GameLayout game = new GameLayout(Files.createDirectories(dir.resolve("Fallout New Vegas")));
		Files.write(game.exe(), new byte[0]);
		SdkPreferences.store().setValue(SdkPreferences.GAME_FOLDER, game.root().toString());
		IProject project = WizardProjects.create(page, "NeedsMingw");
		// As if the author had dropped the static runtime flags: the DLL then imports MinGW's runtime DLLs.
		IFile cproject = project.getFile(".cproject");
		String settings = new String(cproject.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(settings.contains("-static-libgcc -static-libstdc++ "), "the generated linker flags");
		setContents(cproject, settings.replace("-static-libgcc -static-libstdc++ ", ""));
		select(project);
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener log = (status, plugin) -> logged.add(status);
		Platform.addLogListener(log);
		try {
			String message = StatusDialogs.shown(() -> execute(SdkUi.DEPLOY_COMMAND), "Not Deployed: NeedsMingw.dll imports ",
					"deploy-4-not-loadable", BUILD_TIMEOUT);
			assertTrue(message.contains("NeedsMingw.dll imports ") && message.contains("(MinGW-w64 GCC's runtime), which no player has"),
					message);
			assertTrue(message.contains("to the linker flags (C/C++ Build > Settings > Cross G++ Linker > Miscellaneous > Linker flags)"),
					message);
			Conditions.waitUntil("the refusal in the Error Log",
					() -> !refusals(logged, "Not Deployed: NeedsMingw.dll imports ").isEmpty());
		} finally {
			Platform.removeLogListener(log);
		}
		IStatus refusal = refusals(logged, "Not Deployed: NeedsMingw.dll imports ").get(0);
		assertTrue(refusal.getException() instanceof org.memorypool.sdk.core.deploy.DeployException,
				"the status carries the core's exception: " + refusal.getException());
		assertFalse(Files.exists(game.pluginsFolder()), "nothing was deployed");
		assertFalse(Files.exists(game.memoryPoolPlugin()), "not even the runtime");
		List<IMarker> warnings = problems(project).stream()
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING).toList();
		assertTrue(warnings.stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").startsWith("NeedsMingw.dll imports ")),
				"the build's loadability finding is a warning marker on the project: " + warnings);

		// Where CDT builds, the SDK's builder checks what CDT made (here: the same Release/NeedsMingw.dll).
		ProjectBuild.checkArtifactsOfCdtBuild(project);
		List<String> afterCdt = problems(project).stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
		assertTrue(afterCdt.stream().anyMatch(m -> m.startsWith("Release/NeedsMingw.dll imports ")), afterCdt::toString);
	}

	private static List<String> topLevelTexts(Tree tree) {
		return java.util.Arrays.stream(tree.getItems()).map(i -> i.getText()).toList();
	}

	/** Selects the project in the Project Explorer, as a user does before running a command on it. */
	private void select(IProject project) throws Exception {
		IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(project));
		page.activate(explorer);
		Conditions.processEvents();
		assertEquals(new StructuredSelection(project).toList(),
				((org.eclipse.jface.viewers.IStructuredSelection) explorer.getSite().getSelectionProvider().getSelection()).toList());
	}

	/** Runs a command as its menu item or toolbar button does, then waits for the job it starts. */
	private void execute(String commandId) {
		IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
		try {
			handlers.executeCommand(commandId, null);
		} catch (Exception e) {
			throw new AssertionError(commandId, e);
		}
		Conditions.waitUntil(commandId + " to finish", () -> Job.getJobManager().find(DeployJob.FAMILY).length == 0, BUILD_TIMEOUT);
		Conditions.processEvents();
	}
}
