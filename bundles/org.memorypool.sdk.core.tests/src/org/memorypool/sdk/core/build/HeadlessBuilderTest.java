// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.TestFiles;
import org.memorypool.sdk.core.loadability.Finding;
import org.memorypool.sdk.core.pe.PeReaderTestData;

/** The build's decisions, with {@link FakeToolRunner} in place of gcc. */
class HeadlessBuilderTest {

	private static final String COMPILE_A = "-o \"src/a.o\"";
	private static final String COMPILE_B = "-o \"src/b.o\"";
	private static final String LINK = "-shared -o \"sample-dll.dll\"";

	@TempDir
	Path dir;

	private final FakeToolRunner runner = new FakeToolRunner();
	private final List<String> console = new ArrayList<>();
	private Path projectDir;
	private BuildConfiguration debug;

	@BeforeEach
	void twoSources() throws Exception {
		projectDir = TestProjects.copy("reference", dir.resolve("sample-dll"));
		for (String file : List.of("src/a.cpp", "src/b.cpp", "src/a.h")) {
			TestProjects.write(projectDir.resolve(file), "");
			runner.touch(projectDir.resolve(file));
		}
		runner.headers.put("src/a.o", List.of("../src/a.h"));
		debug = CprojectReader.read(projectDir).configuration("Debug").orElseThrow();
	}

	private BuildResult build() throws BuildException {
		return build(BuildMonitor.NONE);
	}

	private BuildResult build(BuildMonitor monitor) throws BuildException {
		runner.ran.clear();
		return new HeadlessBuilder(runner).build(projectDir, debug, new RecordingBuildListener(console), monitor);
	}

	private List<String> ran(String... parts) {
		List<String> matching = new ArrayList<>();
		for (String part : parts) {
			runner.ran.stream().filter(c -> c.contains(part)).forEach(matching::add);
		}
		return matching;
	}

	@Test
	void theFirstBuildCompilesEverythingAndLinks() throws Exception {
		BuildResult.Built built = assertInstanceOf(BuildResult.Built.class, build());
		assertEquals(projectDir.resolve("Debug/sample-dll.dll"), built.artifact());
		assertEquals(List.of(projectDir.resolve("src/a.cpp"), projectDir.resolve("src/b.cpp")), built.compiled());
		assertTrue(built.linked());
		assertEquals(ran(COMPILE_A, COMPILE_B, LINK), runner.ran);
		assertEquals(runner.ran, console, "the console shows each command as CDT prints it");
	}

	@Test
	void anArtifactThatIsNoWindowsImageFailsTheBuild() throws Exception {
		runner.linkerOutput = new byte[] { 0x7F, 'E', 'L', 'F', 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		BuildResult.Rejected rejected = assertInstanceOf(BuildResult.Rejected.class, build());
		assertEquals(projectDir.resolve("Debug/sample-dll.dll"), rejected.artifact());
		assertTrue(rejected.summary().startsWith("sample-dll.dll is not a Windows DLL or EXE: it is an ELF file"), rejected.summary());
		assertTrue(rejected.summary().contains("i686-w64-mingw32-"), rejected.summary());
		// Nothing changed, and the verdict is the same: a rejected artifact never counts as built.
		assertInstanceOf(BuildResult.Rejected.class, build());
		assertEquals(List.of(), runner.ran);
	}

	@Test
	void whatMattersOnlyToNvseIsAWarningOfTheBuild() throws Exception {
		runner.linkerOutput = PeReaderTestData.dll(List.of("HelperFunction"), List.of("KERNEL32.dll", "libstdc++-6.dll"));
		BuildResult.Built built = assertInstanceOf(BuildResult.Built.class, build());
		assertEquals(List.of(Finding.Problem.IMPORT, Finding.Problem.NO_ENTRY_POINTS),
				built.findings().stream().map(Finding::problem).toList());
		List<String> warnings = console.stream().filter(l -> l.startsWith("warning: ")).toList();
		assertEquals(2, warnings.size(), console::toString);
		assertTrue(warnings.get(0).startsWith("warning: sample-dll.dll imports libstdc++-6.dll"), warnings::toString);
	}

	@Test
	void thePreBuildStepRunsFirstAndThePostBuildStepLastInEveryBuild() throws Exception {
		debug = withSteps(new BuildSteps("sh ../tools/gen.sh", "cp sample-dll.dll ../dist/"));
		build();
		assertEquals(List.of("sh ../tools/gen.sh", ran(COMPILE_A).get(0), ran(COMPILE_B).get(0), ran(LINK).get(0),
				"cp sample-dll.dll ../dist/"), runner.ran);
		build();
		// CDT 12.5's makefile: all: pre-build && main-build && post-build, whether or not main-build linked.
		assertEquals(List.of("sh ../tools/gen.sh", "cp sample-dll.dll ../dist/"), runner.ran, "nothing to link");
	}

	@Test
	void makeExpandsTheStepsAsCdtsMakefileRecipesBeforeTheShellSeesThem() throws Exception {
		debug = withSteps(new BuildSteps("echo $HOME $$HOME $(BUILD_ARTIFACT) ${RM}", ""));
		build();
		assertEquals("echo OME $HOME sample-dll.dll rm -rf", runner.ran.get(0));
	}

	/**
	 * CDT's internal builder writes no .d files and asks its index which headers a source includes: a changed header,
	 * also one included through another header, recompiles exactly the sources that include it.
	 */
	@Test
	void withTheInternalBuilderAChangedHeaderRecompilesTheSourcesThatIncludeIt() throws Exception {
		projectDir = TestFiles.copyTestdata("cdt-recorded/internal", dir.resolve("internal"));
		String helper = Files.readString(projectDir.resolve("src/helper.cpp"));
		TestProjects.write(projectDir.resolve("src/helper.cpp"), "#include \"top.h\"\n" + helper);
		TestProjects.write(projectDir.resolve("src/top.h"), "#pragma once\n  #  include \"sub/mid.h\" // mid\n");
		TestProjects.write(projectDir.resolve("src/sub/mid.h"), "#include \"deep.h\"\n#include <stdio.h>\n#include \"top.h\"\n");
		TestProjects.write(projectDir.resolve("src/sub/deep.h"), "");
		try (var files = Files.walk(projectDir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				runner.touch(file);
			}
		}
		debug = CprojectReader.read(projectDir).configuration("Release").orElseThrow();
		build();
		assertEquals(3, runner.ran.size(), runner.ran::toString);
		build();
		assertEquals(List.of(), runner.ran, "nothing changed");
		runner.touch(projectDir.resolve("src/sub/deep.h"));
		build();
		assertEquals(2, runner.ran.size(), runner.ran::toString);
		assertTrue(runner.ran.get(0).endsWith(" ../src/helper.cpp "), runner.ran::toString);
		assertTrue(runner.ran.get(1).contains(" -o internal.dll "), runner.ran::toString);
	}

	@Test
	void withTheInternalBuilderAFailingPreBuildStepEndsTheBuildAsInCdt() throws Exception {
		debug = CprojectReader.read(TestFiles.copyTestdata("cdt-recorded/internal", dir.resolve("internal")))
				.configuration("Release").orElseThrow().withSteps(new BuildSteps("sh ../tools/gen.sh", ""));
		projectDir = dir.resolve("internal");
		runner.failStepOn = "gen.sh";
		BuildResult.Failed failed = assertInstanceOf(BuildResult.Failed.class, build());
		assertEquals("sh ../tools/gen.sh ", failed.command().text(), "printed as the internal builder prints commands");
		assertEquals(List.of("sh ../tools/gen.sh "), runner.ran, "nothing after it");
	}

	@Test
	void aFailingStepIsAWarningAndTheBuildGoesOnAsInCdtsMakefile() throws Exception {
		debug = withSteps(new BuildSteps("sh ../tools/gen.sh", ""));
		runner.failStepOn = "gen.sh";
		assertInstanceOf(BuildResult.Built.class, build());
		assertTrue(console.contains("warning: the pre-build step exited with code 2; as CDT's makefile does, the build goes on"
				+ " (fix the step in C/C++ Build > Settings > Build Steps)"), console::toString);
	}

	private BuildConfiguration withSteps(BuildSteps steps) {
		return debug.withSteps(steps);
	}

	@Test
	void withParallelBuildOnEverySourceCompilesAndEachCommandsOutputStaysWhole() throws Exception {
		debug = withJobs(4);
		for (int i = 0; i < 12; i++) {
			TestProjects.write(projectDir.resolve("src/p" + i + ".cpp"), "");
		}
		BuildResult.Built built = assertInstanceOf(BuildResult.Built.class, build());
		assertEquals(14, built.compiled().size());
		assertEquals(15, runner.ran.size(), "14 compiles and the link");
		assertTrue(runner.ran.get(14).contains(LINK), "the link comes after every compile");
		assertEquals(new HashSet<>(runner.ran), new HashSet<>(console), "every command reaches the console");
	}

	@Test
	void aFailingParallelCompileFailsTheBuildAndStartsNoOther() throws Exception {
		debug = withJobs(2);
		for (int i = 0; i < 8; i++) {
			TestProjects.write(projectDir.resolve("src/p" + i + ".cpp"), "");
		}
		runner.failOn = "src/a.o";
		BuildResult.Failed failed = assertInstanceOf(BuildResult.Failed.class, build());
		assertTrue(failed.command().text().contains("src/a.o"), failed.command().text());
		assertTrue(runner.ran.stream().noneMatch(c -> c.contains(LINK)), "no link after a failed compile");
		int failedAt = console.indexOf(failed.command().text());
		assertEquals("../src/broken.cpp:1:9: error: expected ';' before '}' token", console.get(failedAt + 1),
				"gcc's message follows its command, whole");
	}

	private BuildConfiguration withJobs(int jobs) {
		return debug.withParallelJobs(jobs);
	}

	@Test
	void nothingRunsWhenNothingChanged() throws Exception {
		build();
		BuildResult.Built built = assertInstanceOf(BuildResult.Built.class, build());
		assertEquals(List.of(), runner.ran);
		assertEquals(List.of(), built.compiled());
		assertEquals(false, built.linked());
	}

	@Test
	void aChangedSourceRecompilesOnlyItsObjectThenRelinks() throws Exception {
		build();
		runner.touch(projectDir.resolve("src/b.cpp"));
		build();
		assertEquals(ran(COMPILE_B, LINK), runner.ran);
	}

	@Test
	void aChangedHeaderFromTheDependencyFileRecompilesTheObjectsIncludingIt() throws Exception {
		build();
		runner.touch(projectDir.resolve("src/a.h"));
		build();
		assertEquals(ran(COMPILE_A, LINK), runner.ran);
	}

	@Test
	void aDeletedHeaderRecompilesTheObjectsThatIncludedIt() throws Exception {
		build();
		Files.delete(projectDir.resolve("src/a.h"));
		build();
		assertEquals(ran(COMPILE_A, LINK), runner.ran);
	}

	@Test
	void aMissingObjectOrDependencyFileIsCompiledAgain() throws Exception {
		build();
		Files.delete(projectDir.resolve("Debug/src/a.o"));
		Files.delete(projectDir.resolve("Debug/src/b.d"));
		build();
		assertEquals(ran(COMPILE_A, COMPILE_B, LINK), runner.ran);
	}

	@Test
	void aMissingOrOlderOutputIsLinkedAgainWithoutCompiling() throws Exception {
		build();
		Files.delete(projectDir.resolve("Debug/sample-dll.dll"));
		build();
		assertEquals(ran(LINK), runner.ran);
		runner.touch(projectDir.resolve("Debug/src/b.o"));
		build();
		assertEquals(ran(LINK), runner.ran);
	}

	@Test
	void aChangedSettingRebuildsAsCdtsRegeneratedMakefilesWould() throws Exception {
		build();
		debug = CprojectReader.read(projectDir).configuration("Release").orElseThrow();
		debug = debug.withName("Debug");
		build();
		assertEquals(ran(COMPILE_A, COMPILE_B, LINK), runner.ran);
		assertTrue(runner.ran.get(0).contains(" -O3 "), runner.ran.get(0));
	}

	@Test
	void aCompilerErrorStopsTheBuildWithTheToolsMessage() throws Exception {
		runner.failOn = COMPILE_A;
		BuildResult.Failed failed = assertInstanceOf(BuildResult.Failed.class, build());
		assertEquals(1, failed.exitCode());
		assertEquals("../src/broken.cpp:1:9: error: expected ';' before '}' token\ncompilation terminated.\n",
				failed.output());
		assertEquals("i686-w64-mingw32-g++ exited with code 1", failed.summary());
		assertEquals(ran(COMPILE_A), runner.ran, "nothing runs after the failure");
		assertTrue(console.contains("compilation terminated."), console::toString);

		runner.failOn = "\u0000";
		build();
		assertEquals(ran(COMPILE_A, COMPILE_B, LINK), runner.ran, "the failed object is compiled again");
	}

	@Test
	void aMissingCompilerIsNamedWithHowToInstallIt() {
		runner.installed = Set.of();
		BuildException e = assertThrows(BuildException.class, this::build);
		assertEquals("i686-w64-mingw32-g++ is not installed: it is not on PATH. Install MinGW-w64 with 'sudo apt-get"
				+ " install g++-mingw-w64-i686' (./sdk installs it), or set the toolchain path in the project's C/C++"
				+ " Build > Settings > Cross Settings", e.getMessage());
		assertEquals(List.of(), runner.ran);
	}

	@Test
	void anUpToDateBuildNeedsNoCompiler() throws Exception {
		build();
		runner.installed = Set.of();
		assertInstanceOf(BuildResult.Built.class, build());
	}

	@Test
	void cancelingStopsBeforeTheNextCommandAndKeepsWhatWasBuilt() throws Exception {
		List<String> progress = new ArrayList<>();
		BuildMonitor cancelAfterFirst = new BuildMonitor() {
			@Override
			public void begin(int commands) {
				progress.add("begin " + commands);
			}

			@Override
			public void starting(String description) {
				progress.add(description);
			}

			@Override
			public void done() {
				progress.add("done");
			}

			@Override
			public boolean isCanceled() {
				return progress.contains("done");
			}
		};
		assertInstanceOf(BuildResult.Canceled.class, build(cancelAfterFirst));
		assertEquals(List.of("begin 3", "Compiling src/a.cpp", "done"), progress);
		build();
		assertEquals(ran(COMPILE_B, LINK), runner.ran);
	}

	@Test
	void cleanDeletesWhatTheBuildMadeAndNothingElseThenTheNextBuildCompilesEverything() throws Exception {
		assertInstanceOf(BuildResult.Built.class, build());
		Path keep = TestProjects.write(projectDir.resolve("Debug/notes.txt"), "mine");
		List<Path> deleted = new HeadlessBuilder(runner).clean(projectDir, debug);
		assertEquals(Set.of("src/a.o", "src/a.d", "src/b.o", "src/b.d", "sample-dll.dll", CommandHistory.FILE_NAME),
				Set.copyOf(deleted.stream().map(p -> projectDir.resolve("Debug").relativize(p).toString()).toList()));
		assertTrue(Files.exists(keep));
		assertEquals(List.of(), new HeadlessBuilder(runner).clean(projectDir, debug), "a clean project has nothing to delete");
		build();
		assertEquals(3, runner.ran.size(), runner.ran.toString());
	}

	@Test
	void whatTheBuildCannotDoAsCdtDoesIsRefusedBeforeAnyToolRuns() throws Exception {
		BuildConfiguration supported = debug;
		debug = debug.withUnsupported(List.of("the option 'x' is not supported"));
		BuildException e = assertThrows(BuildException.class, this::build);
		assertEquals("The configuration Debug is not built: the option 'x' is not supported", e.getMessage());
		assertEquals(List.of(), console, "one reason: the failure's line alone, not a warning too");
		assertEquals(List.of(), runner.ran, "nothing ran");
		debug = debug.withUnsupported(List.of("the option 'x' is not supported", "the option 'y' is not supported"));
		e = assertThrows(BuildException.class, this::build);
		assertEquals("The configuration Debug is not built: 2 of its settings cannot be built as CDT builds them (each is"
				+ " above); the first: the option 'x' is not supported", e.getMessage());
		assertEquals(List.of("warning: the option 'x' is not supported", "warning: the option 'y' is not supported"), console);

		debug = supported;
		TestProjects.write(projectDir.resolve("src/start.sx"), "");
		e = assertThrows(BuildException.class, this::build);
		assertTrue(e.getMessage().startsWith("The configuration Debug is not built: src/start.sx is an assembler source with"
				+ " preprocessing (.sx)"), e.getMessage());
		assertEquals(List.of(), runner.ran, "nothing ran");
	}

	@Test
	void anAssemblerSourceIsAssembledWithGccAndNoDependencyFile() throws Exception {
		TestProjects.write(projectDir.resolve("src/start.S"), "");
		runner.touch(projectDir.resolve("src/start.S"));
		BuildResult.Built built = assertInstanceOf(BuildResult.Built.class, build());
		assertTrue(runner.ran.contains("i686-w64-mingw32-gcc -c -o \"src/start.o\" \"../src/start.S\""), runner.ran::toString);
		assertTrue(runner.ran.get(runner.ran.size() - 1).contains("./src/start.o"), "linked with the other objects");
		assertEquals(3, built.compiled().size());
		build();
		assertEquals(List.of(), runner.ran, "up to date without a .d file");
	}

	@Test
	void aProjectWithoutSourcesSaysWhereItLooked() throws IOException {
		for (String file : List.of("src/a.cpp", "src/b.cpp")) {
			Files.delete(projectDir.resolve(file));
		}
		BuildException e = assertThrows(BuildException.class, this::build);
		assertTrue(e.getMessage().startsWith("No C or C++ sources in " + projectDir.resolve("src") + ": add one"),
				e.getMessage());
	}

	@Test
	void dependencyFilesWithEscapedSpacesAndPhonyTargetsAreRead() throws IOException {
		Path d = TestProjects.write(dir.resolve("Debug/src/a.d"),
				"src/a.o: ../src/a.cpp ../src/my\\ header.h \\\n /usr/include/x.h\n\n../src/my\\ header.h:\n\n/usr/include/x.h:\n");
		assertEquals(List.of(dir.resolve("src/a.cpp"), dir.resolve("src/my header.h"), Path.of("/usr/include/x.h")),
				List.copyOf(DependencyFile.prerequisites(d, dir.resolve("Debug")).orElseThrow()));
	}

	/**
	 * A source reaching one header through thousands of linked folders (a/a/a/..) makes gcc name each alias: past
	 * {@link DependencyFile#MAX_PREREQUISITES} the file is not used, so a no-op build compiles that source instead of
	 * looking up every alias on every build.
	 */
	@Test
	void aDependencyFileNamingTooManyFilesIsNotUsed() throws IOException {
		Files.createDirectories(dir.resolve("Debug"));
		Files.createSymbolicLink(dir.resolve("Debug/a"), Path.of("."));
		StringBuilder rule = new StringBuilder("src/a.o: ../src/a.cpp");
		for (int i = 1; i < DependencyFile.MAX_PREREQUISITES; i++) {
			rule.append(" \\\n ").append("a/".repeat(i % 30)).append("h").append(i / 30).append(".h");
		}
		Path d = TestProjects.write(dir.resolve("Debug/src/a.d"), rule + "\n");
		assertEquals(DependencyFile.MAX_PREREQUISITES, DependencyFile.prerequisites(d, dir.resolve("Debug")).orElseThrow().size());
		TestProjects.write(d, rule + " a/a/h.h\n");
		assertTrue(DependencyFile.prerequisites(d, dir.resolve("Debug")).isEmpty());
		TestProjects.write(d, "src/a.o: " + "a/".repeat(2100) + "h.h\n");
		assertTrue(DependencyFile.prerequisites(d, dir.resolve("Debug")).isEmpty(), "a name longer than PATH_MAX");
	}
}
