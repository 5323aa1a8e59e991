// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * Installs the SDK from the update site the build produced into a copy of the vanilla IDE, with that IDE's own
 * p2 director, then starts the IDE's workbench and checks that the SDK is there and healthy.
 */
@TestInstance(Lifecycle.PER_CLASS)
class UpdateSiteInstallTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private final Path repository = Path.of(System.getProperty("sdk.repository")).toAbsolutePath();
	private final Path product = Path.of(System.getProperty("sdk.product")).toAbsolutePath();
	private final Path work = Path.of(System.getProperty("sdk.work")).toAbsolutePath();
	private final Path screenshots = Path.of(System.getProperty("sdk.screenshots")).toAbsolutePath();
	private IdeInstallation ide;

	@BeforeAll
	void installFromTheUpdateSite() throws Exception {
		IdeInstallation vanilla = IdeInstallation.at(product);
		assertEquals(List.of(), vanilla.bundleNames(IdeCommand.BUNDLE_PREFIX), "the vanilla IDE must not contain the SDK");
		ide = IdeInstallation.copyOf(vanilla, work.resolve("ide"));
		ide.install(repository.toUri(), IdeCommand.FEATURE_IU, TIMEOUT);
	}

	@Test
	void theFeatureIsAnInstalledRoot() throws Exception {
		List<String> roots = ide.installedRoots(TIMEOUT);
		assertTrue(roots.stream().anyMatch(r -> r.startsWith(IdeCommand.FEATURE_IU + "/0.1.0.")), "installed roots: " + roots);
	}

	@Test
	void exactlyTheShippedBundlesAreInstalled() {
		assertEquals(List.of("org.memorypool.sdk.core", "org.memorypool.sdk.runtime", "org.memorypool.sdk.ui"),
				ide.bundleNames(IdeCommand.BUNDLE_PREFIX));
	}

	@Test
	void theRuntimeIsInstalledUnpackedWithItsDllsAndHeaders() throws Exception {
		Path runtime = ide.bundle("org.memorypool.sdk.runtime").orElseThrow();
		assertTrue(Files.isDirectory(runtime), runtime + " must be a folder, so that the DLLs can be deployed from it");
		for (String file : List.of("win32/x86/MemoryPoolNVSE.dll", "win32/x86/jemalloc.dll", "include/MemoryPool.h", "include/nvse_plugin.h")) {
			Path installed = runtime.resolve("runtime").resolve(file);
			assertTrue(Files.size(installed) > 0, installed + " is missing or empty");
		}
		byte[] dll = Files.readAllBytes(runtime.resolve("runtime/win32/x86/MemoryPoolNVSE.dll"));
		assertEquals('M', dll[0]);
		assertEquals('Z', dll[1]);
	}

	@Test
	void theWorkbenchStartsWithTheSdkActiveAndNoErrors() throws Exception {
		assertTrue(Screen.available(), "this test opens the IDE's window and needs a display: run it under xvfb-run, as ./sdk test does");
		Path workspace = Files.createTempDirectory(work, "workspace");
		try (RunningIde running = RunningIde.start(ide, workspace, true)) {
			Screen.waitForWindow("Eclipse", Duration.ofMinutes(2), running);
			Thread.sleep(3000); // let the workbench paint before the screenshot
			Screen.screenshot(screenshots.resolve("installed-ide.png"));
			SmokeCheck check = new SmokeCheck(ide, running, workspace);
			List<String> problems = check.run(IdeCommand.BUNDLE_PREFIX);
			assertEquals(List.of(), problems);
			List<String> report = check.report();
			assertTrue(report.contains("org.memorypool.sdk.core ACTIVE") && report.contains("org.memorypool.sdk.ui ACTIVE"), "report: " + report);
			assertTrue(report.stream().anyMatch(l -> l.startsWith("org.memorypool.sdk.ui contributes to ") && l.contains("org.eclipse.ui.newWizards")),
					"report: " + report);
		}
	}

	@Test
	void theSmokeCheckReportsASdkBundleThatDoesNotResolve() throws Exception {
		IdeInstallation broken = IdeInstallation.copyOf(ide, work.resolve("broken-ide"));
		Files.delete(broken.bundle("org.memorypool.sdk.core").orElseThrow());
		Path workspace = Files.createTempDirectory(work, "workspace");
		try (RunningIde running = RunningIde.start(broken, workspace, false)) {
			List<String> problems = new SmokeCheck(broken, running, workspace).run(IdeCommand.BUNDLE_PREFIX);
			assertTrue(problems.stream().anyMatch(p -> p.startsWith("org.memorypool.sdk.ui did not resolve:") && p.contains("org.memorypool.sdk.core")),
					"problems: " + problems);
		}
	}

	@Test
	void installingFromAMissingRepositoryFailsWithP2sReason() {
		InstallException e = assertThrows(InstallException.class,
				() -> ide.install(work.resolve("no-such-repository").toUri(), IdeCommand.FEATURE_IU, TIMEOUT));
		assertTrue(e.getMessage().startsWith("p2 director could not install " + IdeCommand.FEATURE_IU), e.getMessage());
	}
}
