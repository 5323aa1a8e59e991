// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.TestFiles;
import org.memorypool.sdk.core.pe.PeReader;
import org.memorypool.sdk.core.pe.PeVersion;

/**
 * The command lines of projects that real CDT 12.5 built (testdata/cdt-recorded, its README says how), against the
 * commands ./sdk build plans for the same files: character for character, blanks included, apart from the
 * project's and the workspace's paths.
 */
class CdtRecordedCommandsTest {

	/** The environment CDT ran with (what the recordings depend on): {@code ${env_var:NVSE_SDK}} resolves to it. */
	private static final Map<String, String> ENVIRONMENT = Map.of("NVSE_SDK", "/opt/nvse-sdk", "LANGUAGE", "en_GB:en");

	@TempDir
	Path workspace;

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "macros, Release, cdt-console.txt", "macros, Debug, cdt-console-Debug.txt", "parallel, Release, cdt-console.txt",
			"steps-libs, Release, cdt-console.txt", "order, Release, cdt-console.txt", "order, Debug, cdt-console-Debug.txt", "resconfig, Release, cdt-console.txt",
			"linked, Release, cdt-console.txt", "internal, Release, cdt-console.txt", "refs, Release, cdt-console.txt",
			"refs, Debug, cdt-console-Debug.txt", "Lib, Release, cdt-console.txt", "libint, Release, cdt-console.txt",
			"env, Release, cdt-console.txt", "cplug, Release, cdt-console.txt", "cplug, Debug, cdt-console-Debug.txt",
			"cexe, Release, cdt-console.txt", "mingwexe, Release, cdt-console.txt", "mingwso, Release, cdt-console.txt",
			"absent, Release, cdt-console.txt", "absent, Debug, cdt-console-Debug.txt", "GenSplit, Release, cdt-console.txt",
			"GenVersion, Release, cdt-console.txt" })
	void theCommandsAreCdts(String project, String configurationName, String console) throws Exception {
		copyRecordings();
		Path projectDir = workspace.resolve(project);
		BuildConfiguration configuration = CprojectReader.read(projectDir, ENVIRONMENT::get).configuration(configurationName)
				.orElseThrow();
		assertEquals(List.of(), configuration.unsupported(), "every setting understood");
		List<String> ours = new ArrayList<>();
		// Referenced projects' configurations first, as CDT builds them.
		// (MinGW GCC's projects: what CDT's plan is, although this host refuses to run the toolchain.)
		List<BuildOrder.Target> targets = configuration.references().isEmpty()
				? List.of(new BuildOrder.Target(projectDir, project, configuration))
				: BuildOrder.of(projectDir, configuration, new NoListener());
		for (BuildOrder.Target target : targets) {
			BuildConfiguration built = target.configuration();
			BuildPlan plan = BuildPlan.of(built, target.projectDir());
			Map<String, String> environment = built.environment().apply(ENVIRONMENT);
			Map<String, String> makeVariables = BuildSteps.makeVariables(built, plan.buildDir());
			BuildSteps.commands(built.steps().preBuild(), "pre-build", built.internalBuilder(), makeVariables, environment)
					.forEach(c -> ours.add(c.text()));
			plan.compileSteps().forEach(step -> ours.add(step.command().text()));
			ours.add(plan.linkStep().command().text());
			BuildSteps.commands(built.steps().postBuild(), "post-build", built.internalBuilder(), makeVariables, environment)
					.forEach(c -> ours.add(c.text()));
		}
		List<String> cdt = cdtCommands(workspace.resolve(project).resolve(console), projectDir, ours);
		if (configuration.parallelJobs() == 1) {
			assertEquals(cdt, ours);
		} else {
			// make -j prints compiles in the order they start, which varies from run to run: compare them as a set.
			assertEquals(sortedCompiles(cdt), sortedCompiles(ours));
			assertEquals(cdt.stream().filter(l -> !isCompile(l)).toList(), ours.stream().filter(l -> !isCompile(l)).toList());
		}
	}

	/**
	 * A generated project's Release build as CDT built it: the post-build step keeps the debug information in a file
	 * beside the DLL, on every build, and leaves that file alone once the DLL has none; the step's description is
	 * echoed as CDT's makefile echoes it, its CDT macro left to make, which knows no such variable.
	 */
	@org.junit.jupiter.api.Test
	void thePostBuildStepRunsAndItsDescriptionEchoesAsInCdtsMakefileOnEveryBuild() throws Exception {
		copyRecordings();
		Path projectDir = workspace.resolve("GenSplit");
		Path dll = projectDir.resolve("Release/GenSplit.dll");
		Path debug = projectDir.resolve("Release/GenSplit.dll.debug");
		String announce = "Keeping the debug information in .debug, beside the DLL";
		String step = "if i686-w64-mingw32-objdump -h \"GenSplit.dll\" | grep -q debug_info; then i686-w64-mingw32-objcopy"
				+ " --only-keep-debug \"GenSplit.dll\" \"GenSplit.dll.debug\" && i686-w64-mingw32-objcopy --strip-debug"
				+ " --add-gnu-debuglink=\"GenSplit.dll.debug\" \"GenSplit.dll\"; fi";
		for (String console : List.of("cdt-console.txt", "cdt-console-again.txt")) {
			List<String> cdt = Files.readAllLines(projectDir.resolve(console));
			assertEquals(List.of(announce, step), cdt.subList(cdt.indexOf(announce), cdt.indexOf(announce) + 2), console);
			List<String> ours = buildRelease(projectDir);
			assertEquals(List.of(announce, step), ours.subList(ours.indexOf(announce), ours.indexOf(announce) + 2), console);
			assertTrue(Files.size(debug) > Files.size(dll), "the debug information is beside the DLL: " + Files.size(debug));
		}
		byte[] kept = Files.readAllBytes(debug);
		new HeadlessBuilder().build(projectDir, CprojectReader.read(projectDir, ENVIRONMENT::get).configuration("Release")
				.orElseThrow(), new NoListener(), BuildMonitor.NONE);
		assertArrayEquals(kept, Files.readAllBytes(debug), "a build that links nothing leaves the debug file alone");
	}

	/**
	 * A generated project's version resource as CDT built it: the pre-build step, after its description, runs the
	 * toolchain's windres ({@code ${gnu_tool_prefix}} resolved to the Cross GCC prefix) before anything is compiled, on
	 * every build, and replaces version.o only when windres made something new; the link takes version.o after the
	 * objects, where CDT puts user objects; a second build compiles and links nothing, leaving version.o and the DLL as
	 * they were; the DLL carries the version of PluginVersion.h.
	 */
	@org.junit.jupiter.api.Test
	void theVersionResourceIsCompiledBeforeEveryBuildAndLinkedOnlyWhenItChanged() throws Exception {
		copyRecordings();
		Path projectDir = workspace.resolve("GenVersion");
		Path dll = projectDir.resolve("Release/GenVersion.dll");
		Path versionObject = projectDir.resolve("Release/version.o");
		String announce = "Compiling the version resource";
		String step = "i686-w64-mingw32-windres -c 65001 -O coff -o version.res.o ../src/version.rc"
				+ " && { cmp -s version.res.o version.o || cp version.res.o version.o; }";
		String link = "i686-w64-mingw32-g++ -static-libgcc -static-libstdc++ ../exports.def -shared -o \"GenVersion.dll\""
				+ " ./src/Commands.o ./src/Log.o ./src/MemoryPoolClient.o ./src/main.o    version.o";
		byte[] built = null;
		FileTime versionObjectTime = null;
		for (String console : List.of("cdt-console.txt", "cdt-console-again.txt")) {
			boolean again = console.equals("cdt-console-again.txt");
			List<String> cdt = Files.readAllLines(projectDir.resolve(console));
			List<String> ours = buildRelease(projectDir);
			for (List<String> lines : List.of(cdt, ours)) {
				String who = (lines == cdt ? "CDT, " : "the SDK, ") + console;
				int at = lines.indexOf(announce);
				assertTrue(at >= 0, who + ": " + lines);
				assertEquals(List.of(announce, step), lines.subList(at, at + 2), who);
				assertTrue(lines.subList(0, at).stream().noneMatch(l -> l.startsWith("i686-w64-mingw32-")),
						who + ": the pre-build step runs first");
				assertEquals(again ? 0 : 1, lines.stream().filter(link::equals).count(), who + ": " + lines);
				long compiles = lines.stream().filter(l -> l.startsWith("i686-w64-mingw32-g++ ") && isCompile(l)).count();
				assertEquals(again ? 0 : 4, compiles, who + ": compiles");
			}
			assertEquals(again, cdt.contains("make[1]: Nothing to be done for 'main-build'."), console);
			byte[] dllBytes = Files.readAllBytes(dll);
			assertEquals(new PeVersion(1, 0, 0, 0), PeReader.fileVersion(dllBytes, "GenVersion.dll").orElseThrow());
			if (!again) {
				built = dllBytes;
				versionObjectTime = Files.getLastModifiedTime(versionObject);
			} else {
				assertArrayEquals(built, dllBytes, "a build that links nothing leaves the DLL alone");
				assertEquals(versionObjectTime, Files.getLastModifiedTime(versionObject),
						"an unchanged version resource leaves version.o alone");
			}
		}
	}

	/** Builds {@code projectDir}'s Release configuration as ./sdk build does: what it printed, in order. */
	private static List<String> buildRelease(Path projectDir) throws Exception {
		List<String> ours = new ArrayList<>();
		BuildConfiguration release = CprojectReader.read(projectDir, ENVIRONMENT::get).configuration("Release").orElseThrow();
		BuildResult result = new HeadlessBuilder().build(projectDir, release, new BuildListener() {
			@Override
			public void warning(String message) {
				ours.add(message);
			}

			@Override
			public void command(ToolCommand command) {
				ours.add(command.text());
			}

			@Override
			public void output(String line) {
				ours.add(line);
			}
		}, BuildMonitor.NONE);
		assertTrue(result instanceof BuildResult.Built, ours::toString);
		return ours;
	}

	/**
	 * CDT's command lines: the tools', not what they printed ("i686-w64-mingw32-ar: creating libLib.a"), and the lines
	 * that are among {@code ours} (the build steps', which can be anything), its paths replaced by this copy's.
	 */
	private List<String> cdtCommands(Path console, Path projectDir, List<String> ours) throws IOException {
		return Files.readAllLines(console).stream()
				.map(l -> l.replace("<proj>", projectDir.toString()).replace("<workspace>", workspace.toString()))
				.filter(l -> (l.startsWith("i686-w64-mingw32-") || l.startsWith("g++ ") || l.startsWith("gcc "))
						&& !l.matches("i686-w64-mingw32-[a-z+]+: .*")
						|| !l.isBlank() && ours.contains(l))
				.toList();
	}

	/** Listens to nothing: only the build order is wanted. */
	private static final class NoListener implements BuildListener {

		@Override
		public void warning(String message) {
		}

		@Override
		public void command(ToolCommand command) {
		}

		@Override
		public void output(String line) {
		}
	}

	private static boolean isCompile(String command) {
		return command.contains(" -c ");
	}

	private static List<String> sortedCompiles(List<String> commands) {
		return commands.stream().filter(CdtRecordedCommandsTest::isCompile).sorted().toList();
	}

	/** The recorded projects and the folders beside them, as they sat in CDT's workspace. */
	private void copyRecordings() throws IOException {
		TestFiles.copyTestdata("cdt-recorded", workspace);
	}
}
