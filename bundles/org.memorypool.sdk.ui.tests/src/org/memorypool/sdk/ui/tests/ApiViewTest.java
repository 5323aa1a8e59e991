// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.api.ApiHeaderParser;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Screenshots;
import org.memorypool.sdk.tests.support.Widgets;
import org.memorypool.sdk.ui.api.ApiView;
import org.memorypool.sdk.ui.api.RuntimeStateSection;
import org.memorypool.sdk.ui.api.ScriptCommandsSection;
import org.memorypool.sdk.ui.preferences.SdkPreferences;
import org.memorypool.sdk.ui.runtime.RuntimeFiles;

/** Window > Show View > MemoryPool API, used as a mod developer would while writing a plugin. */
class ApiViewTest {

	@TempDir
	Path dir;

	private IWorkbenchPage page;
	private Shell shell;
	private ApiView view;

	@BeforeEach
	void openView() throws Exception {
		SdkPreferences.store().setValue(SdkPreferences.GAME_FOLDER, "");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		shell = page.getWorkbenchWindow().getShell();
		view = (ApiView) page.showView(ApiView.ID);
		readsDone();
	}

	/** Waits for the view's reads from disk, which run in jobs, and for the widgets they update. */
	private static void readsDone() {
		Conditions.waitUntil("the view's reads", () -> Job.getJobManager().find(ApiView.READS).length == 0);
		Conditions.processEvents();
	}

	@AfterEach
	void closeEverything() {
		page.closeAllEditors(false);
		page.hideView(view);
		SdkPreferences.store().setValue(SdkPreferences.GAME_FOLDER, "");
	}

	private Table table() {
		return Widgets.byData(shell, Table.class, ApiView.TABLE);
	}

	private String label(String key) {
		return Widgets.byData(shell, Label.class, key).getText();
	}

	@Test
	void listsEveryFunctionOfTheShippedHeaderAndFilters() throws Exception {
		int functions = ApiHeaderParser.parse(RuntimeFiles.header()).functions().size();
		assertEquals(functions, table().getItemCount());
		Text filter = Widgets.byData(shell, Text.class, ApiView.FILTER);
		filter.setText("calloc");
		Conditions.processEvents();
		assertEquals(1, table().getItemCount());
		assertEquals("MemoryPoolCalloc", table().getItem(0).getText(0));
		table().setSelection(0);
		table().notifyListeners(SWT.Selection, null);
		Conditions.processEvents();
		String details = Widgets.byData(shell, Text.class, ApiView.DETAILS).getText();
		assertTrue(details.startsWith("void* MemoryPoolCalloc(size_t count, size_t size)\n\nAllocates a zero-filled block"), details);
		assertTrue(details.contains("\n\nSince: 2.0.0"), details);
		Screenshots.save("api-view-filtered");
		filter.setText("");
		Conditions.processEvents();
		assertEquals(functions, table().getItemCount());
	}

	@Test
	void doubleClickInsertsTheCallAndTheIncludeIntoTheEditor() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("ApiViewTest");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("main.cpp");
		String source = "#include <windows.h>\n\nvoid f() {\n    void* p = ;\n}\n";
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = IDE.openEditor(page, file, "org.eclipse.ui.DefaultTextEditor").getAdapter(ITextEditor.class);
		editor.selectAndReveal(source.indexOf(';'), 0);
		page.activate(view);

		int row = 0;
		while (!table().getItem(row).getText(0).equals("MemoryPoolMalloc")) {
			row++;
		}
		table().setSelection(row);
		table().notifyListeners(SWT.Selection, null);
		table().notifyListeners(SWT.DefaultSelection, null); // what a double-click sends
		Conditions.processEvents();

		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		assertEquals("#include <windows.h>\n#include \"MemoryPool.h\"\n\nvoid f() {\n    void* p = MemoryPoolMalloc(size);\n}\n", text);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("size", selection.getText(), "the arguments are selected, ready to be typed over");
		Screenshots.save("api-view-insert-call");
		editor.doRevertToSaved();
	}

	@Test
	void aHeaderThatCannotBeParsedShowsItsErrorInsteadOfAnEmptyList() throws Exception {
		Path bad = Files.writeString(dir.resolve("MemoryPool.h"), "void* MemoryPoolMalloc(size_t size;\n");
		view.load(bad);
		readsDone();
		Label error = Widgets.byData(shell, Label.class, ApiView.ERROR);
		assertEquals("MemoryPool.h cannot be read as an API: MemoryPool.h:1: this '(' is never closed", error.getText());
		assertTrue(error.isVisible(), "the error is shown");
		assertTrue(!table().isVisible(), "the empty table is not");
		Screenshots.save("api-view-parse-error");
	}

	@Test
	void theRuntimeSectionLinksToThePreferenceWhenNoGameFolderIsSet() {
		String text = Widgets.byData(shell, Link.class, RuntimeStateSection.GAME).getText();
		assertTrue(text.startsWith("No game folder is configured. <a>Set it in Preferences</a>"), text);
	}

	@Test
	void theRuntimeSectionShowsWhatIsDeployedAndWhatTheLogSays() throws Exception {
		GameLayout game = new GameLayout(Files.createDirectories(dir.resolve("Fallout New Vegas")));
		Files.writeString(game.exe(), "MZ");
		Files.createDirectories(game.pluginsFolder());
		Files.copy(RuntimeFiles.plugin(), game.memoryPoolPlugin());
		Files.writeString(game.memoryPoolLog(), "[2026-11-25 10:00:01] MemoryPoolNVSE: Allocator: system fallback (jemalloc.dll missing)\r\n");
		SdkPreferences.store().setValue(SdkPreferences.GAME_FOLDER, game.root().toString());
		Conditions.waitUntil("the runtime section to show the game folder",
				() -> !label(RuntimeStateSection.PLUGIN).isEmpty());
		assertEquals("deployed, the same as this SDK ships", label(RuntimeStateSection.PLUGIN));
		assertEquals("⚠ not deployed", label(RuntimeStateSection.JEMALLOC));
		assertEquals("system fallback (jemalloc.dll missing)", label(RuntimeStateSection.LAST_RUN));
		Screenshots.save("api-view-runtime");
	}

	/**
	 * The view reads MemoryPool.h, the game folder and the opcode ledger in jobs, never on the UI thread: while the UI
	 * thread holds the rules of those reads, each part says it is reading; once it lets go, the jobs (on threads of the
	 * job manager) read and the parts show what they found.
	 */
	@Test
	void theViewReadsTheDiskInJobsAndSaysItIsReadingMeanwhile() throws Exception {
		GameLayout game = new GameLayout(Files.createDirectories(dir.resolve("Fallout New Vegas")));
		Files.writeString(game.exe(), "MZ");
		Files.createDirectories(game.pluginsFolder());
		Files.copy(RuntimeFiles.plugin(), game.memoryPoolPlugin());
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("ReadLater");
		project.create(null);
		project.open(null);
		project.getFile("nvse-opcodes.txt").create(new ByteArrayInputStream("range 0x3B00-0x3BFF\n0x3B00 RlGetVersion\n"
				.getBytes(StandardCharsets.UTF_8)), true, null);
		Path header = RuntimeFiles.header();
		List<Thread> readers = new CopyOnWriteArrayList<>();
		IJobChangeListener running = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				if (event.getJob().belongsTo(ApiView.READS)) {
					readers.add(Thread.currentThread());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(running);
		ISchedulingRule reads = MultiRule.combine(new ISchedulingRule[] { ApiView.HEADER_READS, RuntimeStateSection.READS,
				ScriptCommandsSection.READS });
		Job.getJobManager().beginRule(reads, null);
		try {
			SdkPreferences.store().setValue(SdkPreferences.GAME_FOLDER, game.root().toString());
			view.load(header);
			org.eclipse.ui.IViewPart explorer = page.showView(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER);
			((org.eclipse.ui.part.ISetSelectionTarget) explorer).selectReveal(new org.eclipse.jface.viewers.StructuredSelection(project));
			page.activate(view);
			Conditions.waitUntil("the commands section to say it reads",
					() -> label(ScriptCommandsSection.STATUS).equals("Reading nvse-opcodes.txt..."));
			Conditions.waitUntil("the runtime section to say it reads", () -> Widgets.byData(shell, Link.class,
					RuntimeStateSection.GAME).getText().equals("Reading " + game.root() + "..."));
			assertEquals("Reading MemoryPool.h...", view.getContentDescription());
			assertEquals("", label(RuntimeStateSection.PLUGIN));
			assertEquals(0, Widgets.byData(shell, Table.class, ScriptCommandsSection.TABLE).getItemCount());
			assertTrue(readers.isEmpty(), "no read ran while the UI thread held their rules: " + readers);
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
			Conditions.processEvents();
			Screenshots.save("api-view-reading");
		} finally {
			Job.getJobManager().endRule(reads);
		}
		try {
			Conditions.waitUntil("the runtime section to show the game folder", () -> !label(RuntimeStateSection.PLUGIN).isEmpty());
			Conditions.waitUntil("the ledger's command",
					() -> Widgets.byData(shell, Table.class, ScriptCommandsSection.TABLE).getItemCount() == 1);
			readsDone();
			Screenshots.save("api-view-read");
		} finally {
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
			Job.getJobManager().removeJobChangeListener(running);
			project.delete(true, true, null);
		}
		assertEquals("deployed, the same as this SDK ships", label(RuntimeStateSection.PLUGIN));
		assertEquals(ApiHeaderParser.parse(header).functions().size(), table().getItemCount());
		assertTrue(view.getContentDescription().endsWith(" functions in " + header), view.getContentDescription());
		assertFalse(readers.isEmpty(), "the reads ran in jobs");
		Thread ui = Display.getCurrent().getThread();
		assertTrue(readers.stream().noneMatch(t -> t == ui), "a read ran on the UI thread: " + readers);
		assertTrue(readers.size() >= 3, "the header, the game folder and the ledger: " + readers);
	}

	/**
	 * The view lists the commands of the project selected in the Project Explorer, from its opcode ledger, and follows
	 * the ledger when a build (here: an edit) appends a command.
	 */
	@Test
	void theSelectedProjectsScriptCommandsAreListedWithTheirOpcodes() throws Exception {
		org.eclipse.core.resources.IProject project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
				.getProject("LedgerView");
		try {
			project.create(null);
			project.open(null);
			org.eclipse.core.resources.IFile ledger = project.getFile("nvse-opcodes.txt");
			ledger.create(new ByteArrayInputStream("range 0x3A00-0x3AFF\n0x3A00 LvGetVersion\n0x3A01 LvAddNumbers\n"
					.getBytes(StandardCharsets.UTF_8)), true, null);
			org.eclipse.ui.IViewPart explorer = page.showView(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER);
			((org.eclipse.ui.part.ISetSelectionTarget) explorer).selectReveal(new org.eclipse.jface.viewers.StructuredSelection(project));
			page.activate(view);
			Table commands = Widgets.byData(shell, Table.class, org.memorypool.sdk.ui.api.ScriptCommandsSection.TABLE);
			Conditions.waitUntil("the ledger's two commands", () -> commands.getItemCount() == 2);
			assertEquals("0x3A00", commands.getItem(0).getText(0));
			assertEquals("LvAddNumbers", commands.getItem(1).getText(1));
			assertEquals("2 commands in the range 0x3A00-0x3AFF, as nvse-opcodes.txt records them.",
					label(org.memorypool.sdk.ui.api.ScriptCommandsSection.STATUS));
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
			Conditions.processEvents();
			Screenshots.save("api-view-commands");
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

			ledger.setContents(new ByteArrayInputStream("range 0x3A00-0x3AFF\n0x3A00 LvGetVersion\n0x3A01 LvAddNumbers\n0x3A02 LvNew\n"
					.getBytes(StandardCharsets.UTF_8)), true, false, null);
			Conditions.waitUntil("the appended command", () -> commands.getItemCount() == 3);
			assertEquals("LvNew", commands.getItem(2).getText(1));
		} finally {
			project.delete(true, true, null);
		}
	}
}
