// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsoleView;
import org.eclipse.ui.console.TextConsole;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.deploy.PluginProject;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.launch.GameProcesses;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Screenshots;
import org.memorypool.sdk.tests.support.Widgets;
import org.memorypool.sdk.ui.launch.GameLaunchDelegate;
import org.memorypool.sdk.ui.launch.GameLaunchShortcut;
import org.memorypool.sdk.ui.launch.GameProcess;
import org.memorypool.sdk.ui.preferences.SdkPreferences;

/**
 * A "Fallout: New Vegas (NVSE)" launch configuration, launched as Run does: the project is built for real and
 * deployed into a fake game folder, whose launcher (the configuration's command line, as a user may set it) starts a
 * stand-in game: a shell named after the game folder's FalloutNV.exe that writes the plugin's log until it is ended.
 * The console shows the log's lines while the game runs, with a link on a source line; Terminate ends the game. The
 * configuration is edited in the Run Configurations dialog, Run As on the project offers it, and launching again
 * while the game runs closes it first when the user says so.
 */
class GameLaunchTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(180);

	@TempDir
	Path dir;

	private IWorkbenchPage page;
	private GameLayout game;

	@BeforeEach
	void workbenchAndGame() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		game = new GameLayout(Files.createDirectories(dir.resolve("Fallout New Vegas")));
		Files.writeString(game.exe(), "MZ");
		Files.writeString(game.nvseLoader(), "MZ");
		Files.writeString(game.root().resolve("launcher.sh"), """
				echo "nvse_loader: starting FalloutNV.exe"
				sh -c 'i=1; while :; do echo "RunMe: frame $i" >> RunMe.log; [ $i = 2 ] && echo "RunMe: check failed at src/main.cpp:3" >> RunMe.log; i=$((i+1)); sleep 0.3; done' "$PWD/FalloutNV.exe" &
				""");
		SdkPreferences.store().setValue(SdkPreferences.GAME_FOLDER, game.root().toString());
	}

	@AfterEach
	void cleanUp() throws Exception {
		GameProcesses.end(games(), Duration.ofSeconds(5));
		DebugPlugin.getDefault().getLaunchManager().removeLaunches(DebugPlugin.getDefault().getLaunchManager().getLaunches());
		for (ILaunchConfiguration configuration : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations()) {
			configuration.delete();
		}
		page.closeAllEditors(false);
		SdkPreferences.store().setValue(SdkPreferences.GAME_FOLDER, "");
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			// The deploy journal lives outside the project and outlives it: the next run's project has the same path.
			Files.deleteIfExists(PluginProject.journal(project.getLocation().toPath()));
			project.delete(true, true, null);
		}
	}

	/** The stand-in game's processes: of this test's folder only. */
	private List<ProcessHandle> games() {
		return GameProcesses.of(game).running();
	}

	private IProject newProject(String name) throws Exception {
		Files.deleteIfExists(PluginProject.journal(ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath()
				.resolve(name)));
		return WizardProjects.create(page, name);
	}

	@Test
	void runStartsTheGameShowsItsLogLiveAndTerminateEndsIt() throws Exception {
		IProject project = newProject("RunMe");
		ILaunchConfigurationWorkingCopy configuration = GameLaunchShortcut.configurationFor(project).getWorkingCopy();
		assertEquals("", configuration.getAttribute(GameLaunchDelegate.ATTR_COMMAND_LINE, "x"), "detected by default");
		configuration.setAttribute(GameLaunchDelegate.ATTR_COMMAND_LINE, "sh launcher.sh");
		ILaunchConfiguration saved = configuration.doSave();
		assertEquals(saved, GameLaunchShortcut.configurationFor(project), "one configuration per project");

		DebugUITools.launch(saved, "run");
		Conditions.waitUntil("the game to run", () -> process().isPresent() && !games().isEmpty(), TIMEOUT);
		assertTrue(Files.isRegularFile(game.pluginsFolder().resolve("RunMe.dll")), "built and deployed first");
		IProcess process = process().orElseThrow();
		// The debug framework makes the process's console a little after the launch.
		Conditions.waitUntil("the run's console", () -> DebugUITools.getConsole(process) != null);
		TextConsole console = (TextConsole) DebugUITools.getConsole(process);
		Conditions.waitUntil("the log's lines in the console", () -> console.getDocument().get().contains(
				"[RunMe.log] RunMe: frame 3"), TIMEOUT);
		String text = console.getDocument().get();
		assertTrue(text.contains("Starting the game: sh launcher.sh (the configuration's command line)"), text);
		assertTrue(text.contains("[launcher] nvse_loader: starting FalloutNV.exe"), text);
		assertEquals(List.of("[RunMe.log] RunMe: frame 1", "[RunMe.log] RunMe: frame 2",
				"[RunMe.log] RunMe: check failed at src/main.cpp:3"),
				text.lines().filter(l -> l.startsWith("[RunMe.log] ")).limit(3).toList(), text);
		Conditions.waitUntil("a link on the source line", () -> console.getHyperlinks().length == 1);
		showConsole(console);
		Screenshots.save("launch-1-running");

		process.terminate();
		Conditions.waitUntil("the run to end", process::isTerminated, TIMEOUT);
		assertEquals(List.of(), games(), "Terminate ended the game");
		Conditions.waitUntil("the console to say so",
				() -> console.getDocument().get().contains("Terminated: the launcher and the game were ended"));
		// The console view paints its document later: wait until it shows the end before the screenshot.
		Conditions.waitUntil("the console view to show the end", () -> Widgets.findAll(page.getWorkbenchWindow().getShell(),
				StyledText.class, t -> t.getText().contains("Terminated: the launcher and the game were ended")).size() > 0);
		Widgets.findAll(page.getWorkbenchWindow().getShell(), StyledText.class, t -> t.getText().contains("Terminated: "))
				.forEach(t -> t.setTopIndex(Math.max(0, t.getLineCount() - 6)));
		Conditions.processEvents();
		Screenshots.save("launch-2-terminated");
	}

	/** Run again while the game runs: the game holds the plugin's DLL, so the launch asks to close it, and does. */
	@Test
	void launchingWhileTheGameRunsOffersToCloseItFirst() throws Exception {
		IProject project = newProject("AgainMe");
		ILaunchConfigurationWorkingCopy configuration = GameLaunchShortcut.configurationFor(project).getWorkingCopy();
		configuration.setAttribute(GameLaunchDelegate.ATTR_COMMAND_LINE, "sh launcher.sh");
		ILaunchConfiguration saved = configuration.doSave();
		DebugUITools.launch(saved, "run");
		Conditions.waitUntil("the game to run", () -> !games().isEmpty(), TIMEOUT);
		long first = games().get(0).pid();

		List<String> asked = new ArrayList<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		whileOpen("The Game Is Running", failure, List.of(dialog -> {
			asked.addAll(texts(dialog));
			Screenshots.save("launch-5-game-running");
			Widgets.button(dialog, "Yes").notifyListeners(SWT.Selection, new Event());
		}));
		DebugUITools.launch(saved, "run");
		Conditions.waitUntil("the first game closed and a new one running", () -> {
			List<Long> running = games().stream().map(ProcessHandle::pid).toList();
			return !running.isEmpty() && !running.contains(first);
		}, TIMEOUT);
		if (failure.get() != null) {
			throw new AssertionError("in the question", failure.get());
		}
		assertTrue(asked.stream().anyMatch(t -> t.contains("(process " + first + ") and holds the plugin's DLL open")),
				String.join(" | ", asked));
	}

	/**
	 * Run Configurations, as a user edits the configuration: the Main tab shows the project and the command line, says
	 * what is wrong with a quote left open (and offers no Apply then), and Apply saves a corrected one.
	 */
	@Test
	void theRunConfigurationsDialogEditsTheCommandLine() throws Exception {
		IProject project = newProject("EditMe");
		ILaunchConfiguration configuration = GameLaunchShortcut.configurationFor(project);
		Shell workbench = page.getWorkbenchWindow().getShell();
		List<String> seen = new ArrayList<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		whileOpen("Run Configurations", failure, List.of(dialog -> {
			assertEquals("EditMe", Widgets.byLabel(dialog, Combo.class, "Project:").getText());
			Text line = Widgets.byLabel(dialog, Text.class, "Command line:");
			assertEquals("", line.getText(), "empty: detected at launch");
			line.setText("wine \"nvse_loader.exe");
		}, dialog -> {
			seen.addAll(texts(dialog));
			Screenshots.save("launch-3-configuration-refused");
			assertFalse(Widgets.button(dialog, "Apply").isEnabled(), "no Apply while the line is wrong");
			Widgets.byLabel(dialog, Text.class, "Command line:").setText("sh launcher.sh --windowed");
		}, dialog -> {
			Screenshots.save("launch-4-configuration");
			Button apply = Widgets.button(dialog, "Apply");
			assertTrue(apply.isEnabled(), String.join(" | ", texts(dialog)));
			apply.notifyListeners(SWT.Selection, new Event());
		}, dialog -> Widgets.button(dialog, "Close").notifyListeners(SWT.Selection, new Event())));
		DebugUITools.openLaunchConfigurationDialogOnGroup(workbench, new StructuredSelection(configuration),
				"org.eclipse.debug.ui.launchGroup.run");
		if (failure.get() != null) {
			throw new AssertionError("in the Run Configurations dialog", failure.get());
		}
		assertTrue(seen.stream().anyMatch(t -> t.contains("The command line has a \" that is not closed: close it")),
				String.join(" | ", seen));
		assertEquals("sh launcher.sh --windowed", GameLaunchShortcut.configurationFor(project)
				.getAttribute(GameLaunchDelegate.ATTR_COMMAND_LINE, ""), "Apply saved the configuration");
	}

	/** Run As on the project in the Project Explorer offers the game, as on any CDT project. */
	@Test
	void runAsOnThePluginProjectOffersTheGame() throws Exception {
		IProject project = newProject("MenuMe");
		IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(project));
		Conditions.processEvents();
		Control tree = Widgets.findAll(explorer.getSite().getShell(), Tree.class, t -> t.isVisible()).stream()
				.filter(t -> t.getSelection().length == 1 && "MenuMe".equals(t.getSelection()[0].getText())).findFirst()
				.orElseThrow();
		Menu context = tree.getMenu();
		context.notifyListeners(SWT.Show, new Event());
		Conditions.processEvents();
		MenuItem runAs = Arrays.stream(context.getItems()).filter(i -> i.getText().replace("&", "").startsWith("Run As"))
				.findFirst().orElseThrow(() -> new AssertionError("no Run As in " + items(context)));
		Menu submenu = runAs.getMenu();
		submenu.notifyListeners(SWT.Show, new Event());
		Conditions.processEvents();
		List<String> offered = items(submenu);
		context.notifyListeners(SWT.Hide, new Event());
		assertTrue(offered.stream().anyMatch(t -> t.contains("Fallout: New Vegas (NVSE)")), String.join(" | ", offered));
	}

	private static List<String> items(Menu menu) {
		return Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "")).toList();
	}

	private static List<String> texts(Shell shell) {
		List<String> texts = new ArrayList<>();
		Widgets.findAll(shell, Label.class, l -> true).forEach(l -> texts.add(l.getText()));
		Widgets.findAll(shell, Text.class, t -> true).forEach(t -> texts.add(t.getText()));
		Widgets.findAll(shell, CLabel.class, l -> l.getText() != null).forEach(l -> texts.add(l.getText()));
		return texts;
	}

	/**
	 * Does each step, a moment apart, on the dialog with this title once it shows (a modal dialog runs its own event
	 * loop, so a timer drives it). A failing step is kept and the dialog closed; the last step must close it.
	 */
	private static void whileOpen(String title, AtomicReference<Throwable> failure, List<Consumer<Shell>> steps) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		Runnable next = new Runnable() {
			int step;

			@Override
			public void run() {
				Optional<Shell> dialog = Arrays.stream(display.getShells())
						.filter(s -> title.equals(s.getText()) && s.isVisible()).findFirst();
				if (dialog.isEmpty()) {
					if (step > 0) {
						return; // closed by the last step
					}
					if (System.nanoTime() < deadline) {
						display.timerExec(100, this);
						return;
					}
					// Whatever opened instead is closed, so that the test fails instead of waiting for ever.
					List<String> open = Arrays.stream(display.getShells()).filter(Shell::isVisible).map(Shell::getText).toList();
					failure.set(new AssertionError("no dialog '" + title + "' opened; open shells: " + open));
					Arrays.stream(display.getShells()).filter(s -> s.isVisible() && s.getParent() != null).forEach(Shell::close);
					return;
				}
				try {
					steps.get(step++).accept(dialog.get());
				} catch (Throwable e) {
					failure.set(e);
					dialog.get().close();
					return;
				}
				if (step < steps.size()) {
					display.timerExec(500, this);
				}
			}
		};
		display.timerExec(100, next);
	}

	private static Optional<IProcess> process() {
		return Arrays.stream(DebugPlugin.getDefault().getLaunchManager().getLaunches()).map(ILaunch::getProcesses)
				.flatMap(Arrays::stream).filter(p -> p instanceof GameProcess).findFirst();
	}

	private void showConsole(IConsole console) throws Exception {
		IConsoleView view = (IConsoleView) page.showView(IConsoleConstants.ID_CONSOLE_VIEW);
		view.display(console);
		Conditions.processEvents();
	}
}
