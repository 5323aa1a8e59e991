// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsoleView;
import org.eclipse.ui.console.IHyperlink;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memorypool.sdk.core.crash.SymbolizeException;
import org.memorypool.sdk.core.pe.PeMapping;
import org.memorypool.sdk.core.pe.PeReader;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Screenshots;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.crash.CrashConsole;
import org.memorypool.sdk.ui.crash.SymbolizeJob;

/**
 * A player's crash log dropped into a plugin project, symbolized from its context menu: the console names the
 * function and line of the crash and of the call that led there, and its link opens the source at the crash.
 * The plugin is built for real by the SDK's builder (Release: the debug information beside the DLL).
 */
class CrashLogTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(180);
	private static final long LOADED_AT = 0x3B700000L;

	private IWorkbenchPage page;

	@BeforeEach
	void workbench() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, null);
		}
	}


	private static void write(IFile file, String text) throws Exception {
		ByteArrayInputStream contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(contents, IResource.FORCE, null);
		} else {
			file.create(contents, IResource.FORCE, null);
		}
	}

	private static String run(Path dir, String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), output);
		return output;
	}

	private static long address(String objdumpLine) {
		String line = objdumpLine.strip();
		return Long.parseLong(line.substring(0, line.indexOf(':')), 16);
	}

	@Test
	void aCrashLogInTheProjectIsSymbolizedAndItsLinkOpensTheLine() throws Exception {
		IProject project = WizardProjects.create(page, "CrashMe");
		write(project.getFile("src/Crash.h"), "#pragma once\ndouble CrashWhenUnlucky(float a);\n");
		write(project.getFile("src/Crash.cpp"), """
				#include "Crash.h"

				volatile int* g_nowhere = nullptr;

				__attribute__((noinline)) double CrashWhenUnlucky(float a)
				{
				    if (a == 13) {
				        *g_nowhere = 42;
				    }
				    return a;
				}
				""");
		IFile commands = project.getFile("src/Commands.cpp");
		String source = Files.readString(commands.getLocation().toPath());
		String sum = "*result = static_cast<double>(a) + static_cast<double>(b);";
		assertTrue(source.contains(sum));
		write(commands, "#include \"Crash.h\"\n" + source.replace(sum, "*result = CrashWhenUnlucky(a) + b;"));
		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		Path dll = project.getLocation().toPath().resolve("Release/CrashMe.dll");
		assertTrue(Files.isRegularFile(dll.resolveSibling("CrashMe.dll.debug")), "the Release build keeps it beside the DLL");

		// The game loaded the plugin at LOADED_AT; the crash logger wrote the write's address and the call's return.
		PeMapping mapping = PeReader.mapping(PeReader.load(dll), dll.toString());
		String code = run(dll.getParent(), "i686-w64-mingw32-objdump", "-d", "--no-show-raw-insn", dll.toString());
		long crash = address(code.substring(code.indexOf("<__Z16CrashWhenUnluckyf>:")).lines()
				.filter(l -> l.contains("movl") && l.contains("$0x2a,(%")).findFirst().orElseThrow()) - mapping.imageBase();
		List<String> lines = code.lines().toList();
		long returnAddress = -1;
		for (int i = 0; i < lines.size() - 1; i++) {
			if (lines.get(i).contains("call") && lines.get(i).contains("<__Z16CrashWhenUnluckyf>")) {
				returnAddress = address(lines.get(i + 1)) - mapping.imageBase();
			}
		}
		IFile log = project.getFile("CrashLogger.log");
		write(log, String.format("""
				Exception: EXCEPTION_ACCESS_VIOLATION (C0000005)
				Calltrace:
				 0x0019F504 |                      CrashMe (0x%08X) |                                          |
				 0x0019F550 |                      CrashMe (0x%08X) |                                          |
				 0x0019F6A0 |                    FalloutNV (0x00930E8D) |                                          |
				Module bases:
				 0x%08X - 0x%08X | 156.00 KiB | CrashMe | 1.0.0.0 | C:/Games/FNV/Data/NVSE/Plugins/CrashMe.dll
				""", LOADED_AT + crash, LOADED_AT + returnAddress, LOADED_AT, LOADED_AT + mapping.sizeOfImage()));

		IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(log));
		page.activate(explorer);
		Conditions.processEvents();
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(SdkUi.SYMBOLIZE_COMMAND, null);
		Conditions.waitUntil("the crash log to be symbolized", () -> Job.getJobManager().find(SymbolizeJob.FAMILY).length == 0
				&& CrashConsole.get().console().getDocument().get().contains("Commands.cpp"), TIMEOUT);

		int crashLine = lineOf(project.getFile("src/Crash.cpp"), "*g_nowhere = 42;");
		String console = CrashConsole.get().console().getDocument().get();
		assertTrue(console.contains(String.format("line 3: CrashMe.dll+0x%X, where it crashed%n", crash)
				+ "    CrashWhenUnlucky(float) at src/Crash.cpp:" + crashLine), console);
		assertTrue(console.contains("    Cmd_CrashMeAddNumbers_Execute at src/Commands.cpp:" + lineOf(commands, "CrashWhenUnlucky(a)")), console);
		IConsoleView view = (IConsoleView) page.showView(IConsoleConstants.ID_CONSOLE_VIEW);
		view.display(CrashConsole.get().console());
		Conditions.waitUntil("a link on each source line", () -> CrashConsole.get().console().getHyperlinks().length == 2);
		Conditions.processEvents();
		Screenshots.save("crash-1-symbolized");

		IHyperlink first = Arrays.stream(CrashConsole.get().console().getHyperlinks())
				.min((a, b) -> Integer.compare(CrashConsole.get().console().getRegion(a).getOffset(),
						CrashConsole.get().console().getRegion(b).getOffset())).orElseThrow();
		first.linkActivated();
		Conditions.processEvents();
		IEditorPart editor = page.getActiveEditor();
		assertEquals("Crash.cpp", editor.getEditorInput().getName());
		ITextSelection selection = (ITextSelection) ((ITextEditor) editor).getSelectionProvider().getSelection();
		assertEquals(crashLine - 1, selection.getStartLine(), "the link selects the crash's line");
		Screenshots.save("crash-2-source");
	}

	/**
	 * A crash log in a project never built: nothing to symbolize with. One line in the console, and the job's ERROR
	 * status, shown by the workbench and kept in the Error Log with the core's exception.
	 */
	@Test
	void aProjectNeverBuiltCannotSymbolizeAndSaysWhy() throws Exception {
		IProject project = WizardProjects.create(page, "NeverBuilt");
		IFile log = project.getFile("CrashLogger.log");
		write(log, "Calltrace:\n 0x0019F504 |                   NeverBuilt (0x3B701234) |                                          |\n");
		IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(log));
		page.activate(explorer);
		Conditions.processEvents();
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		String expected = "Cannot symbolize: the project NeverBuilt has no built DLL";
		String shown;
		try {
			shown = StatusDialogs.shown(() -> {
				try {
					page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(SdkUi.SYMBOLIZE_COMMAND, null);
				} catch (Exception e) {
					throw new AssertionError(e);
				}
			}, expected, "crash-3-not-built", TIMEOUT);
			Conditions.waitUntil("the failure in the Error Log", () -> logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR
					&& SdkUi.PLUGIN_ID.equals(s.getPlugin()) && s.getMessage().startsWith(expected)));
		} finally {
			Platform.removeLogListener(listener);
		}
		assertTrue(shown.contains("'Symbolizing CrashLogger.log' has encountered a problem."), shown);
		IStatus status = logged.stream().filter(s -> s.getMessage().startsWith(expected)).findFirst().orElseThrow();
		assertTrue(status.getException() instanceof SymbolizeException, String.valueOf(status.getException()));
		Conditions.waitUntil("the console to say why", () -> CrashConsole.get().console().getDocument().get().contains(expected));
	}

	private static int lineOf(IFile file, String text) throws Exception {
		List<String> lines = Files.readAllLines(file.getLocation().toPath());
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}
}
