// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.memorypool.sdk.core.TerminalText;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.TestFiles;
import org.memorypool.sdk.core.loadability.LoadabilityCheck;
import org.memorypool.sdk.core.loadability.Verdict;

/**
 * Projects real CDT 12.5 built (testdata/cdt-recorded) built for real with {@code ./sdk build}: a plugin that
 * references a static library project, and a plugin whose configuration sets its own build environment.
 */
class ReferencesAndEnvironmentBuildTest {

	@TempDir
	Path workspace;

	private final CapturedRun run = new CapturedRun();

	private int build(Path project, String configuration) {
		run.clear();
		return run.run(new SdkCommandLine(List.of(new BuildCommand())), "build", project.toString(), "--config", configuration);
	}

	/**
	 * refs (Release) references Lib's active configuration (its first, Debug): as CDT did, Lib's Debug is built first,
	 * then refs links its library; a change in Lib's sources rebuilds Lib and relinks refs, nothing else.
	 */
	@Test
	void aReferencedStaticLibraryIsBuiltFirstAndItsChangeRelinks() throws Exception {
		TestFiles.copyTestdata("cdt-recorded", workspace);
		Path refs = workspace.resolve("refs");
		assertEquals(0, build(refs, "Release"), run.outLines()::toString);
		List<String> lines = run.outLines();
		assertEquals("**** Incremental Build of configuration Debug for project Lib ****", lines.get(1), lines::toString);
		assertTrue(lines.contains("i686-w64-mingw32-ar -r -P  \"libLib.a\" ./src/lib.o   "), lines::toString);
		assertTrue(lines.contains("i686-w64-mingw32-g++ -L\"" + workspace.resolve("Lib/Debug")
				+ "\" -static-libgcc -static-libstdc++ -shared -o \"refs.dll\" ./src/main.o    -lLib"), lines::toString);
		assertEquals("Built " + refs.resolve("Release/refs.dll"), lines.get(lines.size() - 1));
		assertTrue(Files.isRegularFile(workspace.resolve("Lib/Debug/libLib.a")));
		assertEquals(Verdict.NVSE_PLUGIN, LoadabilityCheck.forPlayers().check(refs.resolve("Release/refs.dll")).verdict());

		assertEquals(0, build(refs, "Release"));
		assertFalse(run.outLines().stream().anyMatch(l -> l.startsWith("i686-w64-mingw32-")), "nothing to do: "
				+ run.outLines());

		Path source = workspace.resolve("Lib/src/lib.cpp");
		Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
		assertEquals(0, build(refs, "Release"));
		List<String> tools = run.outLines().stream().filter(l -> l.startsWith("i686-w64-mingw32-")
				&& !l.contains(": creating")).toList();
		assertEquals(3, tools.size(), tools::toString);
		assertTrue(tools.get(0).endsWith("\"../src/lib.cpp\""), tools::toString);
		assertTrue(tools.get(1).startsWith("i686-w64-mingw32-ar "), tools::toString);
		assertTrue(tools.get(2).contains("-o \"refs.dll\""), "refs relinked, not recompiled: " + tools);
	}

	@Test
	void aReferenceToAProjectThatIsNotBesideItIsRefusedBeforeAnythingRuns() throws Exception {
		Path refs = TestFiles.copyTestdata("cdt-recorded/refs", workspace.resolve("refs"));
		assertEquals(1, build(refs, "Release"));
		assertEquals("Build failed: The configuration Release references the project Lib (C/C++ General > Paths and"
				+ " Symbols > References), which is not beside it in " + workspace + ": put the project's folder there, as in"
				+ " the Eclipse workspace, or remove the reference", run.outLines().get(1));
		assertFalse(Files.exists(refs.resolve("Release")), "nothing ran");
	}

	/**
	 * env sets C/C++ Build > Environment: PLUGIN_FLAVOUR, EXTRA_INC and NVSE_SDK replaced, PATH prepended with the
	 * project's tools folder, LANGUAGE removed. As with CDT, the pre-build step finds gen-header on that PATH and sees
	 * the variables; the options resolve them; make turns $$ into $ and $P into nothing.
	 */
	@Test
	void theConfigurationsEnvironmentReachesTheStepsTheToolsAndTheOptions() throws Exception {
		TestFiles.copyTestdata("cdt-recorded", workspace);
		Path env = workspace.resolve("env");
		assertEquals(0, build(env, "Release"), run.outLines()::toString);
		List<String> lines = run.outLines();
		assertEquals("echo flavour=$PLUGIN_FLAVOUR sdk=$NVSE_SDK lang=[$LANGUAGE] && which gen-header && gen-header >"
				+ " ../envinc/gen.h", lines.get(1));
		assertEquals("flavour=Release_flavour sdk=/opt/other-sdk lang=[]", lines.get(2));
		assertEquals(env.resolve("tools/gen-header").toString(), lines.get(3));
		assertTrue(lines.get(4).startsWith("i686-w64-mingw32-g++ -DFLAVOUR=Release_flavour -I" + env.resolve("envinc")
				+ " -I/opt/other-sdk -O3 "), lines::toString);
		assertTrue(lines.contains("echo post LUGIN_FLAVOUR Release_flavour"), lines::toString);
		assertTrue(lines.contains("post LUGIN_FLAVOUR Release_flavour"), lines::toString);
		assertEquals("Built " + env.resolve("Release/env.dll"), lines.get(lines.size() - 1));
	}

	@Test
	void aStaticLibraryProjectBuildsOnItsOwn() throws Exception {
		TestFiles.copyTestdata("cdt-recorded", workspace);
		Path lib = workspace.resolve("libint");
		assertEquals(0, build(lib, "Release"), run.outLines()::toString);
		assertTrue(run.outLines().contains("i686-w64-mingw32-ar -r -P liblibint.a src/lib.o "), run.outLines()::toString);
		byte[] archive = Files.readAllBytes(lib.resolve("Release/liblibint.a"));
		assertEquals("!<arch>\n", new String(archive, 0, 8, java.nio.charset.StandardCharsets.US_ASCII));
	}

	/** CDT's makefile links the program "cexe" and never looks; MinGW's linker writes cexe.exe. Said, not a stack trace. */
	@Test
	void aProgramWithoutExtensionIsNamedAsTheLinkerWroteIt() throws Exception {
		TestFiles.copyTestdata("cdt-recorded", workspace);
		Path cexe = workspace.resolve("cexe");
		assertEquals(1, build(cexe, "Release"));
		assertEquals("Build failed: The linker reported success but wrote no cexe: MinGW's linker adds .exe to a program"
				+ " named without an extension, so it wrote cexe.exe; set the artifact extension to exe (C/C++ Build >"
				+ " Settings > Build Artifact)", run.outLines().get(run.outLines().size() - 1));
	}

	@Test
	void referencesThatFormACircleAreRefusedBeforeAnythingRuns() throws Exception {
		TestFiles.copyTestdata("cdt-recorded", workspace);
		Path lib = workspace.resolve("Lib/.cproject");
		Files.writeString(lib, Files.readString(lib).replace("<storageModule moduleId=\"org.eclipse.cdt.core.externalSettings\"/>",
				"<storageModule moduleId=\"org.eclipse.cdt.core.externalSettings\"><externalSettings containerId=\"refs;\""
						+ " factoryId=\"org.eclipse.cdt.core.cfg.export.settings.sipplier\"/></storageModule>"));
		assertEquals(1, build(workspace.resolve("refs"), "Release"));
		assertEquals("Build failed: The project references form a circle (refs (Release) -> Lib (Debug) -> refs (Debug) ->"
				+ " Lib (Debug)), so no order builds each configuration after those it links: remove one reference in C/C++"
				+ " General > Paths and Symbols > References", run.outLines().get(1));
		assertFalse(Files.exists(workspace.resolve("Lib/Debug")), "nothing ran");
	}

	@Test
	void anEnvironmentThatHidesTheCompilerIsNamedAsTheCause() throws Exception {
		TestFiles.copyTestdata("cdt-recorded", workspace);
		Path env = workspace.resolve("env");
		Path prefs = env.resolve(".settings/org.eclipse.cdt.core.prefs");
		Files.writeString(prefs, Files.readString(prefs).replace("PATH/operation=prepend", "PATH/operation=replace"));
		assertEquals(1, build(env, "Release"));
		assertTrue(run.outLines().get(run.outLines().size() - 1).startsWith("Build failed: i686-w64-mingw32-g++ is"
				+ " installed, but the configuration's build environment hides it: its PATH (" + env.resolve("tools")
				+ ") does not lead to it. Fix PATH in C/C++ Build > Environment"), run.outLines()::toString);
	}

	/** make runs a step it cannot start (an argument longer than exec allows) as a failed step, and goes on. */
	@Test
	void aStepTheSystemCannotStartIsAFailedStepAndTheBuildGoesOn() throws Exception {
		TestFiles.copyTestdata("cdt-recorded", workspace);
		Path env = workspace.resolve("env");
		Path cproject = env.resolve(".cproject");
		Files.writeString(cproject, Files.readString(cproject).replace("echo post $PLUGIN_FLAVOUR ${PLUGIN_FLAVOUR}",
				"echo " + "y".repeat(200_000)));
		assertEquals(0, build(env, "Release"), run.outLines()::toString);
		assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("warning: the post-build step could not be started;"
				+ " as CDT's makefile does, the build goes on")), run.outLines()::toString);
		assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("echo yyyy") && l.endsWith(" more characters not shown)")
				&& l.length() < TerminalText.MAX_CONSOLE_LINE + 100), "the 200 KB command line is shown cut");
		assertTrue(run.outLines().stream().anyMatch(l -> l.contains("Argument list too long")
				&& l.endsWith(": the command line is longer than the system allows: shorten the build variables, macros or"
						+ " options that make it long")), () -> "no advice in the last lines: "
								+ run.outLines().subList(Math.max(0, run.outLines().size() - 3), run.outLines().size()).stream()
										.map(l -> l.length() > 300 ? "..." + l.substring(l.length() - 300) : l).toList());
	}

	@Test
	void anEnvironmentVariableNoProgramCanBeGivenIsRefused() throws Exception {
		TestFiles.copyTestdata("cdt-recorded", workspace);
		Path env = workspace.resolve("env");
		Path prefs = env.resolve(".settings/org.eclipse.cdt.core.prefs");
		Files.writeString(prefs, Files.readString(prefs)
				+ "environment/project/cdt.managedbuild.config.gnu.cross.so.release.1288033244/A\\=B/value=1\n"
				+ "environment/project/cdt.managedbuild.config.gnu.cross.so.release.1288033244/NUL/value=a\\u0000b\n");
		assertEquals(1, build(env, "Release"));
		assertTrue(run.outLines().contains("warning: the environment variable A=B cannot be given to a program (its name is"
				+ " empty or holds '=' or a NUL character, or its value holds a NUL character): fix it in C/C++ Build >"
				+ " Environment"), run.outLines()::toString);
		assertFalse(Files.exists(env.resolve("Release")), "nothing ran");
	}

	/** The third trial's settings: ten thousand variables each made of a 60 KB one ran the SDK out of memory (exit 70). */
	@Test
	void anEnvironmentLargerThanAProgramCanBeGivenIsRefusedInOneLine() throws Exception {
		TestFiles.copyTestdata("cdt-recorded", workspace);
		Path env = workspace.resolve("env");
		Path prefs = env.resolve(".settings/org.eclipse.cdt.core.prefs");
		String id = "environment/project/cdt.managedbuild.config.gnu.cross.so.release.1288033244/";
		StringBuilder more = new StringBuilder(id + "V0/value=" + "x".repeat(60_000) + "\n");
		for (int i = 1; i < 2000; i++) {
			more.append(id).append("V").append(i).append("/value=${V0}\n");
		}
		Files.writeString(prefs, Files.readString(prefs) + more);
		assertEquals(1, build(env, "Release"));
		String last = run.outLines().get(run.outLines().size() - 1);
		assertTrue(last.startsWith("Build failed: The configuration Release is not built: the configuration's environment"
				+ " variables add up to "), last);
		assertFalse(Files.exists(env.resolve("Release")), "nothing ran");
	}
}
