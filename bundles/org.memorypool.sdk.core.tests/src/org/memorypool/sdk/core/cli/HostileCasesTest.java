// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.HostOs;
import org.memorypool.sdk.core.TestFiles;
import org.memorypool.sdk.core.build.BuildPlan;
import org.memorypool.sdk.core.build.CompilerDiagnostic;
import org.memorypool.sdk.core.build.CompilerOutputParser;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.game.GameInstallFinder;
import org.memorypool.sdk.core.game.RegistryReader;

/** The hostile cases (testdata/cases/hostile, from fuzzing) with their right values. */
class HostileCasesTest {

	@TempDir
	Path dir;

	private final CapturedRun run = new CapturedRun();

	private Path copyCase(String name, Path to) throws Exception {
		return TestFiles.copyTestdata("cases/hostile/" + name, to);
	}

	private int sdk(String... args) {
		run.clear();
		return run.run(SdkCommandLine.standard(), args);
	}

	/**
	 * The second trial's project: a header that is a link to /dev/zero grew the compiler to the machine's memory. The
	 * compiler's address space is bounded (1 GiB in the tests, half the machine's memory by default): it stops soon,
	 * saying it ran out of memory, and the build fails with one line.
	 */
	@Test
	@Timeout(120)
	void aCompilerThatRunsAwayStopsAtItsMemoryBound() throws Exception {
		assertEquals(0, sdk("new", dir.toString(), "--name", "Zero", "--messages", "none"));
		Path project = dir.resolve("Zero");
		Path header = Files.list(project.resolve("src")).filter(p -> p.toString().endsWith(".h")).findFirst().orElseThrow();
		Files.delete(header);
		Files.createSymbolicLink(header, Path.of("/dev/zero"));
		assertEquals(1, sdk("build", project.toString()));
		String output = String.join("\n", run.outLines());
		assertTrue(output.contains("out of memory") || output.contains("memory exhausted")
				|| output.contains("Cannot allocate memory"), output.length() > 2000 ? output.substring(0, 2000) : output);
		assertTrue(run.outLines().get(run.outLines().size() - 1).startsWith("Build failed: "), run.outLines()::toString);
	}

	@Test
	@Timeout(10)
	void aBacktrackingExclusionPatternIsMatchedAtOnce() throws Exception {
		Path project = copyCase("glob-exclusion-hang", dir.resolve("P"));
		BuildPlan plan = BuildPlan.of(CprojectReader.read(project).configurations().get(0), project);
		assertEquals(1, plan.compileSteps().size(), "the pattern ends in b: the file is built");
	}

	@Test
	void aConfigurationNamedOutsideTheProjectIsRefusedAndNothingIsWritten() throws Exception {
		Path project = copyCase("config-name-outside-project", dir.resolve("a/b/c/d/P"));
		assertEquals(1, sdk("build", project.toString()));
		assertEquals("Build failed: The configuration ../../../../outside/evil is not built: the configuration's name"
				+ " \"../../../../outside/evil\" is not a folder name inside the project (its build folder would be "
				+ project + "/../../../../outside/evil): rename the configuration (C/C++ Build > Manage Configurations)",
				run.outLines().get(1));
		assertEquals(1, sdk("clean", project.toString()));
		assertFalse(Files.exists(dir.resolve("outside")), "nothing written outside");
		assertFalse(Files.exists(dir.resolve("a/b/c/outside")));
	}

	@Test
	void cleanAndBuildNeverTouchAFileOutsideTheProject() throws Exception {
		Path project = copyCase("clean-outside-project", dir.resolve("ws/P"));
		Path victim = Files.createDirectories(dir.resolve("victimdir")).resolve("notes.txt");
		Files.writeString(victim, "precious");
		Files.createDirectories(project.resolve("Release"));
		assertEquals(1, sdk("clean", project.toString()));
		assertEquals("Clean failed: The configuration Release is not cleaned: the artifact \"../../../victimdir/notes.txt\""
				+ " (prefix, name and extension) is not a file name inside the build folder " + project.resolve("Release")
				+ ": fix it in C/C++ Build > Settings > Build Artifact", run.outLines().get(1));
		assertEquals(1, sdk("build", project.toString()));
		assertEquals("precious", Files.readString(victim));
	}

	@Test
	void aBuildFolderThatLinksOutOfTheProjectIsNotWrittenThrough() throws Exception {
		Path project = TestFiles.copyTestdata("cdt-recorded/internal", dir.resolve("ws/internal"));
		Path outside = Files.createDirectories(dir.resolve("outside"));
		Files.createDirectories(project.resolve("Release"));
		Files.createSymbolicLink(project.resolve("Release/src"), outside);
		assertEquals(1, sdk("build", project.toString(), "--config", "Release"));
		assertTrue(run.outLines().get(1).contains("which leads outside the project"), run.outLines()::toString);
		assertEquals(1, sdk("clean", project.toString(), "--config", "Release"));
		Files.delete(project.resolve("Release/src"));
		Files.delete(project.resolve("Release"));
		Files.createSymbolicLink(project.resolve("Release"), outside);
		assertEquals(1, sdk("build", project.toString(), "--config", "Release"));
		try (var listing = Files.list(outside)) {
			assertEquals(List.of(), listing.toList(), "nothing written through the links");
		}
	}

	@Test
	void aLineNumberThatDoesNotFitIsStillADiagnosticOnItsFile() throws Exception {
		String output = Files.readString(Path.of("testdata/cases/hostile/ld-huge-line-number.txt"));
		List<CompilerDiagnostic> diagnostics = new CompilerOutputParser(dir).parseAll(output);
		CompilerDiagnostic undefined = diagnostics.stream().filter(d -> d.message().contains("undefined reference"))
				.findFirst().orElseThrow();
		assertEquals(Optional.of(dir.resolve("src/ldtest.c")), undefined.file());
		assertEquals(0, undefined.line());
	}

	@Test
	void aSteamManifestWithANulInItsFolderNameIsSkippedWithANote() throws Exception {
		Path home = dir.resolve("home");
		Path steamapps = Files.createDirectories(home.resolve(".local/share/Steam/steamapps"));
		Path library = Files.createDirectories(dir.resolve("library/steamapps"));
		Path source = Path.of("testdata/cases/hostile/steam-nul-installdir");
		Files.writeString(steamapps.resolve("libraryfolders.vdf"), Files.readString(source.resolve("libraryfolders.vdf"))
				.replace("<LIBRARY>", dir.resolve("library").toString()));
		Files.copy(source.resolve("appmanifest_22380.acf"), library.resolve("appmanifest_22380.acf"));
		GameInstallFinder finder = new GameInstallFinder(Map.of(), home, HostOs.UNIX, RegistryReader.NONE);
		assertEquals(List.of(), finder.find());
		assertEquals(1, finder.notes().size(), finder.notes()::toString);
		assertTrue(finder.notes().get(0).contains("names the install folder \"a\\x00b\""), finder.notes()::toString);

		// The same kind in the library file: a library path Linux cannot hold is skipped with a note too.
		Files.writeString(steamapps.resolve("libraryfolders.vdf"), "\"libraryfolders\"\n{\n\t\"1\"\n\t{\n\t\t\"path\"\t\t\"/a\u0000b\"\n"
				+ "\t}\n}\n");
		assertEquals(List.of(), finder.find());
		assertTrue(finder.notes().stream().anyMatch(n -> n.contains("names the library \"/a\\x00b\"")), finder.notes()::toString);
	}

	/**
	 * The build folder of a cloned project may hold links and pipes where the build writes its own files: they are
	 * replaced, never written through or waited on; a lost record makes everything again.
	 */
	@Test
	@Timeout(120)
	void linksAndPipesInTheBuildFolderAreReplacedNotWrittenThrough() throws Exception {
		Path project = TestFiles.copyTestdata("cdt-recorded/parallel", dir.resolve("ws/parallel"));
		Path outside = Files.createDirectories(dir.resolve("outside"));
		Path record = Files.writeString(outside.resolve("record"), "precious");
		Path dependencies = Files.writeString(outside.resolve("main.d"), "precious");
		Path release = Files.createDirectories(project.resolve("Release/src"));
		Files.createSymbolicLink(project.resolve("Release/.sdk-commands"), record);
		Files.createSymbolicLink(release.resolve("main.d"), dependencies);
		assertEquals(0, sdk("build", project.toString(), "--config", "Release"), run.outLines()::toString);
		assertEquals("precious", Files.readString(record));
		assertEquals("precious", Files.readString(dependencies));
		assertTrue(Files.isRegularFile(project.resolve("Release/.sdk-commands"), java.nio.file.LinkOption.NOFOLLOW_LINKS));

		// Pipes where the record and a .d file go: read as nothing, replaced; nothing waits.
		Files.delete(project.resolve("Release/.sdk-commands"));
		Files.delete(release.resolve("main.d"));
		new ProcessBuilder("mkfifo", project.resolve("Release/.sdk-commands").toString(), release.resolve("main.d").toString())
				.start().waitFor();
		assertEquals(0, sdk("build", project.toString(), "--config", "Release"), run.outLines()::toString);
		assertTrue(run.outLines().stream().filter(l -> l.startsWith("i686-w64-mingw32-g++") && l.contains(" -c ")).count() >= 3,
				"the record was lost, so everything is made again: " + run.outLines());
		assertTrue(Files.isRegularFile(release.resolve("main.d"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
	}

	/**
	 * The record of commands is the SDK's own state, but a clone can bring any file there: entries for outputs this
	 * build does not make are dropped once, and a build that made nothing leaves the record as it was.
	 */
	@Test
	@Timeout(120)
	void theCommandRecordDropsEntriesOfOutputsItDoesNotMake() throws Exception {
		Path project = TestFiles.copyTestdata("cdt-recorded/parallel", dir.resolve("ws/parallel"));
		assertEquals(0, sdk("build", project.toString(), "--config", "Release"), run.outLines()::toString);
		Path record = project.resolve("Release/.sdk-commands");
		String made = Files.readString(record);
		StringBuilder junk = new StringBuilder(made);
		for (int i = 0; i < 20_000; i++) {
			junk.append("junk/").append(i).append(".o=g++ -c junk.cpp\n");
		}
		Files.writeString(record, junk);
		assertEquals(0, sdk("build", project.toString(), "--config", "Release"), run.outLines()::toString);
		assertTrue(run.outLines().stream().noneMatch(l -> l.startsWith("i686-w64-mingw32-g++")), run.outLines()::toString);
		String kept = Files.readString(record);
		assertFalse(kept.contains("junk/"), "entries of outputs the build does not make are dropped");
		assertEquals(made.lines().filter(l -> !l.startsWith("#")).sorted().toList(),
				kept.lines().filter(l -> !l.startsWith("#")).sorted().toList());

		// Nothing made, nothing written: the record keeps its time.
		java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(record, before);
		assertEquals(0, sdk("build", project.toString(), "--config", "Release"), run.outLines()::toString);
		assertEquals(before, Files.getLastModifiedTime(record));

		// A folder holding files where the next record is written first: the warning names that folder.
		Files.writeString(Files.createDirectories(project.resolve("Release/.sdk-commands.next")).resolve("keep"), "x");
		Files.delete(record);
		assertEquals(0, sdk("build", project.toString(), "--config", "Release"), run.outLines()::toString);
		assertTrue(run.outLines().stream().anyMatch(l -> l.contains("remove what stands at ")
				&& l.endsWith(".sdk-commands.next")), run.outLines()::toString);
	}

	/** The fourth trial: a source that is a pipe made gcc, and would make the ledger check, wait forever. */
	@Test
	@Timeout(60)
	void aSourceThatIsAPipeIsRefusedNotWaitedOn() throws Exception {
		Path project = TestFiles.copyTestdata("cdt-recorded/parallel", dir.resolve("ws/parallel"));
		new ProcessBuilder("mkfifo", project.resolve("src/fifo.cpp").toString()).start().waitFor();
		assertEquals(1, sdk("build", project.toString(), "--config", "Release"), run.outLines()::toString);
		assertEquals("Build failed: The configuration Release is not built: " + project.resolve("src/fifo.cpp") + " is not a"
				+ " file (a pipe or a device stands there), which the compiler would wait on forever: remove it",
				run.outLines().get(run.outLines().size() - 1));
	}

	/**
	 * The #13 trial: a registration with a typo was recorded in the ledger before the compile failed on it, and the
	 * fixed source was then refused. The ledger records only after a build that succeeded.
	 */
	@Test
	@Timeout(120)
	void aCommandIsRecordedOnlyWhenTheBuildSucceeds() throws Exception {
		assertEquals(0, sdk("new", dir.toString(), "--name", "Typo", "--no-memorypool"), run.outLines()::toString);
		Path project = dir.resolve("Typo");
		Path ledger = project.resolve("nvse-opcodes.txt");
		String recorded = Files.readString(ledger);
		Path commands = project.resolve("src/Commands.cpp");
		String source = Files.readString(commands);
		String end = "    // New commands here, at the end.\n";
		Files.writeString(commands, source.replace(end, "    nvse->RegisterCommand(&kCommandInfo_TypoBrokne);\n" + end));
		assertEquals(1, sdk("build", project.toString()), run.outLines()::toString);
		assertEquals(recorded, Files.readString(ledger), "nothing is recorded from a build that failed");
		Files.writeString(commands, source.replace(end, "    nvse->RegisterCommand(&kCommandInfo_TypoGetVersion);\n" + end));
		assertEquals(0, sdk("build", project.toString()), run.outLines()::toString);
		assertTrue(run.outLines().contains("nvse-opcodes.txt: recorded TypoGetVersion at 0x2002"), run.outLines()::toString);
		assertTrue(Files.readString(ledger).endsWith("0x2002 TypoGetVersion\n"));
	}

	/**
	 * Session 6: a registration macro defined in a header the sources include was not read, so its registrations went
	 * uncounted without a word. Through a real build, the header (found by the compile's -I folders) is read.
	 */
	@Test
	@Timeout(120)
	void aRegistrationMacroFromAHeaderIsCountedByTheBuild() throws Exception {
		assertEquals(0, sdk("new", dir.toString(), "--name", "Hdr", "--no-memorypool"), run.outLines()::toString);
		Path project = dir.resolve("Hdr");
		Files.writeString(project.resolve("include/Reg.h"), "#pragma once\n"
				+ "#define REG_TYPED(name) nvse->RegisterTypedCommand(&kCommandInfo_##name, kRetnType_Default)\n");
		Path commands = project.resolve("src/Commands.cpp");
		String source = Files.readString(commands);
		String registered = "/* 0x2001 */ nvse->RegisterTypedCommand(&kCommandInfo_HdrAddNumbers, kRetnType_Default);";
		assertTrue(source.contains(registered), source);
		String throughMacro = "#include \"Reg.h\"\n" + source.replace(registered, "REG_TYPED(HdrAddNumbers);");
		Files.writeString(commands, throughMacro);
		assertEquals(0, sdk("build", project.toString()), run.outLines()::toString);
		assertTrue(run.outLines().stream().noneMatch(l -> l.contains("warning") || l.contains("error")),
				run.outLines()::toString);

		// A command put before it through the same macro moves HdrAddNumbers: the build stops.
		Files.writeString(commands, throughMacro.replace("REG_TYPED(HdrAddNumbers);",
				"REG_TYPED(HdrGetVersion);\n    REG_TYPED(HdrAddNumbers);"));
		assertEquals(1, sdk("build", project.toString()), run.outLines()::toString);
		assertTrue(run.outLines().stream().anyMatch(l -> l.contains("error") && l.contains("HdrAddNumbers")),
				run.outLines()::toString);
	}
}
