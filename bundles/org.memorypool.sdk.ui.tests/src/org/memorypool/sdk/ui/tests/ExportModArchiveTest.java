// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.tests.support.Conditions;
import org.memorypool.sdk.tests.support.Screenshots;
import org.memorypool.sdk.tests.support.Widgets;
import org.memorypool.sdk.tests.support.WizardDriver;
import org.memorypool.sdk.ui.SdkUi;
import org.memorypool.sdk.ui.build.BuildConsole;
import org.memorypool.sdk.ui.export.ExportModArchiveWizard;
import org.memorypool.sdk.ui.export.ModArchiveExportJob;

/**
 * File > Export... > Fallout: New Vegas > NVSE Plugin Mod Archive, driven as an author does before a release: the
 * page, Finish, and the zip the job builds and writes (the project is built for real, with MinGW-w64).
 */
class ExportModArchiveTest {

	private static final Duration BUILD_TIMEOUT = Duration.ofSeconds(180);

	@TempDir
	Path dir;

	private IWorkbenchPage page;
	private WizardDriver driver;
	private ExportModArchiveWizard wizard;

	@BeforeEach
	void workbench() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (driver != null) {
			driver.close();
		}
		page.closeAllEditors(false);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, null);
		}
	}

	/** Opens the export wizard as File > Export... does, on {@code selected}, and waits for its list of projects. */
	private WizardDriver open(IProject selected) throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(ExportModArchiveWizard.ID);
		assertNotNull(descriptor, "the export wizard is not registered");
		assertEquals(SdkUi.EXPORT_WIZARD_CATEGORY, descriptor.getCategory().getId());
		assertEquals("Fallout: New Vegas", descriptor.getCategory().getLabel());
		assertEquals("NVSE Plugin Mod Archive", descriptor.getLabel());
		wizard = (ExportModArchiveWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(selected));
		driver = WizardDriver.open(page.getWorkbenchWindow().getShell(), wizard);
		Conditions.waitUntil("the page to list the plugin projects", () -> projects().isEnabled() && projects().getItemCount() > 0);
		return driver;
	}

	private Combo projects() {
		return Widgets.byLabel(driver.shell(), Combo.class, "Plugin project:");
	}

	private Combo configurations() {
		return Widgets.byLabel(driver.shell(), Combo.class, "Configuration:");
	}

	private Button buildFolder() {
		return Widgets.find(driver.shell(), Button.class, b -> b.getText().startsWith("&Write it into the configuration"),
				"build folder");
	}

	private Text outputFolder() {
		return Widgets.byLabel(driver.shell(), Text.class, "Output folder:");
	}

	private void check(Button button, boolean selected) {
		button.setSelection(selected);
		button.notifyListeners(SWT.Selection, null);
		Conditions.processEvents();
	}

	private ModArchiveExportJob finish() {
		driver.finish();
		ModArchiveExportJob job = wizard.job();
		assertNotNull(job, "Finish started no export");
		Conditions.waitUntil("the export to finish", () -> Job.getJobManager().find(ModArchiveExportJob.FAMILY).length == 0,
				BUILD_TIMEOUT);
		Conditions.processEvents();
		return job;
	}

	private static String console() {
		return BuildConsole.get().console().getDocument().get();
	}

	@Test
	void finishBuildsTheSelectedProjectAndWritesTheZipPlayersInstall() throws Exception {
		WizardProjects.create(page, "AlsoAPlugin");
		IProject project = WizardProjects.create(page, "ExportMe");
		IProject plain = ResourcesPlugin.getWorkspace().getRoot().getProject("NotAPlugin");
		plain.create(null);
		plain.open(null);
		Path projectDir = project.getLocation().toPath();

		open(project);
		assertEquals(List.of("AlsoAPlugin", "ExportMe"), List.of(projects().getItems()), "only the plugin projects");
		assertEquals("ExportMe", projects().getText(), "the selected project comes first");
		assertEquals(List.of("Debug", "Release"), List.of(configurations().getItems()).stream().sorted().toList());
		assertEquals("Release", configurations().getText());
		assertTrue(buildFolder().getSelection(), "the build folder, as ./sdk package writes it");
		assertEquals(projectDir.resolve("Release").toString(), outputFolder().getText());
		assertFalse(outputFolder().isEnabled());
		assertTrue(driver.canFinish());

		check(buildFolder(), false);
		assertTrue(outputFolder().isEnabled());
		outputFolder().setText("dist");
		Conditions.processEvents();
		assertFalse(driver.canFinish(), "a relative folder");
		assertTrue(driver.errorMessage().startsWith("dist is not a full path"), driver.errorMessage());
		Path dist = dir.resolve("dist");
		outputFolder().setText(dist.toString());
		Conditions.processEvents();
		assertTrue(driver.canFinish(), driver.errorMessage());
		// GTK paints the changed widgets a moment later.
		driver.shell().update();
		long painted = System.nanoTime() + Duration.ofMillis(500).toNanos();
		Conditions.waitUntil("the page to be painted", () -> System.nanoTime() > painted);
		Screenshots.save("export-1-page");

		ModArchiveExportJob job = finish();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		Path zip = dist.resolve("ExportMe-1.0.0.zip");
		assertEquals(zip, job.archive().orElseThrow());
		try (Stream<Path> files = Files.list(dist)) {
			assertEquals(List.of(zip), files.toList(), "the archive alone, no part file");
		}
		Path dll = projectDir.resolve("Release/ExportMe.dll");
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			List<String> names = archive.stream().map(ZipEntry::getName).toList();
			assertEquals(List.of("NVSE/Plugins/ExportMe.dll", "ExportMe-README.txt"), names);
			assertTrue(Arrays.equals(Files.readAllBytes(dll), archive.getInputStream(archive.getEntry(names.get(0))).readAllBytes()),
					"the DLL just built");
			String readme = new String(archive.getInputStream(archive.getEntry(names.get(1))).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(readme.startsWith("ExportMe 1.0.0 - an NVSE plugin for Fallout: New Vegas"), readme);
			assertTrue(readme.contains("the MemoryPool runtime"), "the generated plugin uses MemoryPool: " + readme);
		}
		Conditions.waitUntil("the console to say what was written", () -> console().contains("Wrote " + zip));
		assertTrue(console().contains("Building ExportMe (Release)"), console());
		assertTrue(console().contains("the MemoryPool runtime is a requirement named in the readme, not inside"), console());

		// The folder is remembered for the next export.
		open(project);
		assertFalse(buildFolder().getSelection());
		assertEquals(dist.toString(), outputFolder().getText());
		check(buildFolder(), true);
		assertEquals(projectDir.resolve("Release").toString(), outputFolder().getText());
		driver.cancel();
	}

	/**
	 * A project that does not build: no archive, one line in the console, and an ERROR status that the workbench shows
	 * and the Error Log records.
	 */
	@Test
	void aProjectThatDoesNotBuildWritesNoArchiveAndReportsAnErrorStatus() throws Exception {
		IProject project = WizardProjects.create(page, "BrokenExport");
		IFile main = project.getFile("src/main.cpp");
		String source = new String(main.getContents().readAllBytes(), StandardCharsets.UTF_8);
		main.setContents(new ByteArrayInputStream((source + "\nint brokenOnPurpose = undeclaredOnPurpose;\n")
				.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);

		open(project);
		check(buildFolder(), true);
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener log = (status, plugin) -> logged.add(status);
		Platform.addLogListener(log);
		List<ModArchiveExportJob> jobs = new ArrayList<>();
		String shown;
		try {
			shown = StatusDialogs.shown(() -> jobs.add(finish()), "Not Exported: The build failed: ", "export-2-refused",
					BUILD_TIMEOUT);
			Conditions.waitUntil("the refusal in the Error Log", () -> logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR
					&& SdkUi.PLUGIN_ID.equals(s.getPlugin()) && s.getMessage().startsWith("Not Exported: The build failed: ")));
		} finally {
			Platform.removeLogListener(log);
		}
		assertTrue(shown.contains("'Exporting BrokenExport as a mod archive' has encountered a problem."), shown);
		assertEquals(1, logged.stream().filter(s -> s.getMessage().startsWith("Not Exported: ")).count(), "logged once: " + logged);
		IStatus result = jobs.get(0).getResult();
		assertEquals(IStatus.ERROR, result.getSeverity());
		assertEquals(SdkUi.PLUGIN_ID, result.getPlugin());
		assertTrue(result.getMessage().startsWith("Not Exported: The build failed: i686-w64-mingw32-g++ exited with code 1"),
				result.getMessage());
		assertTrue(jobs.get(0).archive().isEmpty());
		try (Stream<Path> files = Files.walk(project.getLocation().toPath())) {
			assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".zip")).toList(), "no archive anywhere");
		}
		assertTrue(console().lines().anyMatch(l -> l.startsWith("Not Exported: The build failed: ")), console());
	}
}
