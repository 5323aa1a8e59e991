// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.TestFiles;

/**
 * Real-world CDT projects (testdata/cases) built for real with {@code ./sdk build}, against what CDT 12.5's headless
 * build printed and made for the same project (the case's right value).
 */
class RealWorldBuildCasesTest {

	@TempDir
	Path dir;

	private final CapturedRun run = new CapturedRun();

	private Path copyCase(String name) throws Exception {
		return TestFiles.copyTestdata("cases/" + name, dir.resolve(name));
	}

	/**
	 * Case 05: CDT 12.5 runs {@code sh ../tools/gen_version.sh} in Release/ before compiling (it writes the header the
	 * source includes) and {@code mkdir -p ../dist && cp StepPlugin.dll ../dist/} after linking.
	 */
	@Test
	void case05PreAndPostBuildStepsRunWhereAndWhenCdtRunsThem() throws Exception {
		Path project = copyCase("05-prebuild-step").resolve("StepPlugin");
		int status = run.run(new SdkCommandLine(List.of(new BuildCommand())), "build", project.toString(), "--config", "Release");
		List<String> lines = run.outLines();
		assertEquals(0, status, lines::toString);
		assertEquals("Building StepPlugin (Release)", lines.get(0));
		assertEquals("sh ../tools/gen_version.sh", lines.get(1), "the pre-build step comes before every compile");
		int link = lines.indexOf(lines.stream().filter(l -> l.contains("-o \"StepPlugin.dll\"")).findFirst().orElseThrow());
		assertEquals("mkdir -p ../dist && cp StepPlugin.dll ../dist/", lines.get(link + 1), "the post-build step follows the link");
		assertEquals("Built " + project.resolve("Release/StepPlugin.dll"), lines.get(lines.size() - 1));
		assertTrue(Files.isRegularFile(project.resolve("src/version_gen.h")), "written by the pre-build step");
		assertEquals(-1, Files.mismatch(project.resolve("Release/StepPlugin.dll"), project.resolve("dist/StepPlugin.dll")));

		// The pre-build step runs in every build, as CDT's makefile runs it; this one rewrites the header, so make would
		// compile and link again, and so does ./sdk build.
		run.clear();
		assertEquals(0, run.run(new SdkCommandLine(List.of(new BuildCommand())), "build", project.toString(), "--config", "Release"));
		assertEquals("sh ../tools/gen_version.sh", run.outLines().get(1));
	}

	/**
	 * Case 04: CDT's MinGW GCC toolchain, as a Windows CDT writes it. On Linux CDT runs the host's g++ with it and makes
	 * an ELF file; the SDK refuses before running anything, says why and how to switch to Cross GCC.
	 */
	@Test
	void case04TheMingwToolchainOutsideWindowsIsRefusedBeforeAnythingRuns() throws Exception {
		Path project = copyCase("04-mingw-toolchain").resolve("MingwPlugin");
		assertEquals(1, run.run(new SdkCommandLine(List.of(new BuildCommand())), "build", project.toString(), "--config", "Release"));
		assertEquals(List.of("Building MingwPlugin (Release)", "Build failed: The configuration Release is not built: it uses CDT's"
				+ " MinGW GCC toolchain (cdt.managedbuild.toolchain.gnu.mingw.so.release), with which CDT runs this machine's g++:"
				+ " outside Windows that makes Linux ELF files, not Windows DLLs: switch the project to Cross GCC (Project >"
				+ " Properties > C/C++ Build > Tool Chain Editor > Current toolchain: Cross GCC, then C/C++ Build > Settings >"
				+ " Cross Settings > Prefix: i686-w64-mingw32-)"), run.outLines());
		assertTrue(Files.notExists(project.resolve("Release")), "nothing ran, nothing was written");
	}

	/**
	 * Case 04's right value: CDT 12.5 reads MinGW GCC's own option ids and builds with MinGW's builder, which is the
	 * internal one, so the compile line has no dependency flags and no quotes; the SDK plans the same line (it only
	 * refuses to run it outside Windows).
	 */
	@Test
	void case04TheMingwSettingsReadAsCdtReadsThem() throws Exception {
		Path project = copyCase("04-mingw-toolchain").resolve("MingwPlugin");
		org.memorypool.sdk.core.build.BuildConfiguration release = org.memorypool.sdk.core.build.CprojectReader.read(project)
				.configuration("Release").orElseThrow();
		assertEquals(List.of(), release.unsupported());
		org.memorypool.sdk.core.build.BuildPlan plan = org.memorypool.sdk.core.build.BuildPlan.of(release, project);
		assertEquals("g++ -std=c++17 -DPLUGIN_BUILD=1 -I" + project.resolve("include") + " -O2 -g -Wall -c"
				+ " -fmessage-length=0 -o src/main.o ../src/main.cpp", plan.compileSteps().get(0).command().text().strip());
	}
}
