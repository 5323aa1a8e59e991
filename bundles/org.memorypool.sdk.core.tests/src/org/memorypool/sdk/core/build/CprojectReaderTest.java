// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.TestFiles;

class CprojectReaderTest {

	@TempDir
	Path dir;

	@Test
	void referenceProjectHasDebugAndReleaseWithCdtsDefaults() throws Exception {
		CdtProject project = CprojectReader.read(TestProjects.testdata("reference"));
		assertEquals("sample-dll", project.name());
		assertEquals(List.of("Debug", "Release"), project.configurationNames());

		BuildConfiguration debug = project.configuration("Debug").orElseThrow();
		assertEquals(ArtifactType.SHARED_LIBRARY, debug.artifactType());
		assertEquals(new Toolchain("i686-w64-mingw32-", "", "cdt.managedbuild.toolchain.gnu.cross.so.debug"), debug.toolchain());
		assertEquals("sample-dll.dll", debug.artifactFileName());
		assertEquals("", debug.outputPrefix());
		assertEquals(List.of(new SourceEntry("src", List.of())), debug.sourceEntries());
		assertEquals(new CompilerSettings("", List.of(), List.of(), "-O0", "-g3", List.of("-Wall"),
				"-c -fmessage-length=0"), debug.cppCompiler());
		// The C compiler's optimization comes from the defaultValue the .cproject gives the option.
		assertEquals("-O0", debug.cCompiler().optimization());
		assertEquals(new LinkerSettings("g++", List.of(), "-static-libgcc -static-libstdc++", true, List.of(),
				List.of()), debug.linker());
		assertEquals(List.of(), debug.unsupported());

		BuildConfiguration release = project.configuration("Release").orElseThrow();
		assertEquals("-O3", release.cppCompiler().optimization());
		assertEquals("", release.cppCompiler().debugging());
		assertEquals("-O3", release.cCompiler().optimization());
		assertEquals(List.of(), release.unsupported());
	}

	@Test
	void optionsProjectReadsPathsSymbolsDialectsLibrariesAndExclusions() throws Exception {
		Path projectDir = TestProjects.copy("options", dir.resolve("plugin"));
		BuildConfiguration debug = CprojectReader.read(projectDir).configuration("Debug").orElseThrow();

		assertEquals("/opt/mingw/bin", debug.toolchain().path());
		assertEquals("plugin-Debug", debug.artifactName());
		assertEquals("lib", debug.outputPrefix(), "CDT's default prefix for shared libraries");
		assertEquals("libplugin-Debug.dll", debug.artifactFileName());
		assertEquals(List.of(new SourceEntry("src", List.of("experimental", "old/legacy.cpp"))),
				debug.sourceEntries());

		CompilerSettings cpp = debug.cppCompiler();
		assertEquals("-std=c++17", cpp.dialect());
		assertEquals(List.of("WIN32", "VERSION=2"), cpp.defines(), "built-in (discovered) symbols are not passed");
		assertEquals(List.of("\"" + projectDir.resolve("include") + "\"", "\"${workspace_loc:/nvse/src}\""),
				cpp.includePaths());
		assertEquals(List.of("-pedantic", "-Wall", "-Wextra"), cpp.warnings());
		assertEquals("-c -fmessage-length=0 -fno-exceptions", cpp.otherFlags());
		assertEquals("-std=c11", debug.cCompiler().dialect());
		assertEquals(List.of("C_ONLY"), debug.cCompiler().defines());

		LinkerSettings linker = debug.linker();
		assertEquals(List.of("psapi", "version"), linker.libraries());
		assertEquals(List.of("\"" + projectDir.resolve("lib") + "\""), linker.libraryPaths());
		assertEquals(List.of("\"" + projectDir.resolve("lib/extra.o") + "\""), linker.userObjects());
		assertTrue(linker.shared());
	}

	@Test
	void everySettingTheReaderIgnoresIsReported() throws Exception {
		BuildConfiguration debug = CprojectReader.read(TestProjects.copy("options", dir.resolve("plugin")))
				.configuration("Debug").orElseThrow();
		List<String> notes = debug.unsupported();
		assertEquals(new BuildSteps("", "cp plugin.dll /games/nvse"), debug.steps(), "build steps are read, not ignored");
		assertNote(notes, "${workspace_loc:/nvse/src} names a project that is not beside this one");
		assertNote(notes, "Cross G++ Compiler: the option \"Position Independent Code (-fPIC)\""
				+ " (gnu.cpp.compiler.option.other.pic = true)");
		assertNote(notes, "Cross G++ Linker: the option \"Omit all symbol information (-s)\"");
		assertEquals(3, notes.size(), () -> "an option set to false changes nothing and is not reported: " + notes);
	}

	/** Options the file does not hold take the GNU definitions' defaults, -O2 -g, in Release too (recorded: absent/). */
	@Test
	void aConfigurationWithOnlyItsParentGetsTheGnuDefinitionsDefaults() throws Exception {
		BuildConfiguration release = CprojectReader.read(TestProjects.copy("options", dir.resolve("plugin")))
				.configuration("Release").orElseThrow();
		assertEquals(ArtifactType.SHARED_LIBRARY, release.artifactType());
		assertEquals("libplugin.so", release.artifactFileName());
		assertEquals(List.of(new SourceEntry("", List.of())), release.sourceEntries());
		assertEquals(new CompilerSettings("", List.of(), List.of(), "-O2", "-g", List.of("-Wall"),
				"-c -fmessage-length=0"), release.cppCompiler());
		assertEquals(new LinkerSettings("g++", List.of(), "", true, List.of(), List.of()), release.linker());
		assertEquals(BuildSteps.NONE, release.steps());
		assertEquals(List.of(), release.unsupported());
	}

	@Test
	void aProjectWithoutTheCppNatureLinksWithGcc() throws Exception {
		Path projectDir = TestProjects.copy("reference", dir.resolve("c-only"));
		replace(projectDir.resolve(".project"), "<nature>org.eclipse.cdt.core.ccnature</nature>", "");
		BuildConfiguration debug = CprojectReader.read(projectDir).configuration("Debug").orElseThrow();
		assertEquals("gcc", debug.linker().tool());
		assertEquals("", debug.linker().flags(), "the C linker of the reference sets no flags");
		assertTrue(debug.linker().shared());
	}

	@Test
	void malformedXmlNamesTheFileAndLine() {
		Path malformed = TestProjects.testdata("malformed");
		CdtProjectException e = assertThrows(CdtProjectException.class, () -> CprojectReader.read(malformed));
		assertTrue(e.getMessage().startsWith(malformed.resolve(".cproject") + ":6: not well-formed XML ("),
				e.getMessage());
		assertTrue(e.getMessage().endsWith("fix the file, or restore it from version control"), e.getMessage());
	}

	@Test
	void missingProjectFileSaysWhatToDo() {
		CdtProjectException e = assertThrows(CdtProjectException.class, () -> CprojectReader.read(dir));
		assertEquals(dir.resolve(".project") + " is missing: " + dir + " is not an Eclipse project: give the folder"
				+ " that holds .project and .cproject, or create the project in Eclipse (File > New > C/C++ Project)",
				e.getMessage());
	}

	@Test
	void missingCprojectSaysWhatToDo() throws IOException {
		Files.copy(TestProjects.testdata("reference").resolve(".project"), dir.resolve(".project"));
		CdtProjectException e = assertThrows(CdtProjectException.class, () -> CprojectReader.read(dir));
		assertTrue(e.getMessage().startsWith(dir.resolve(".cproject") + " is missing: the project has no CDT settings"),
				e.getMessage());
	}

	@Test
	void aStaticLibraryIsTheArchiversLibNameDotA() throws IOException, CdtProjectException {
		Path projectDir = TestProjects.copy("reference", dir.resolve("lib"));
		replace(projectDir.resolve(".cproject"), "buildArtefactType.sharedLib", "buildArtefactType.staticLib");
		BuildConfiguration debug = CprojectReader.read(projectDir).configuration("Debug").orElseThrow();
		assertEquals(ArtifactType.STATIC_LIBRARY, debug.artifactType());
		assertEquals("-r -P", debug.archiver().flags());
	}

	/** CDT's MinGW GCC configurations default to .dll and .exe where Cross GCC's have .so and none. */
	@Test
	void eachToolchainsOwnArtifactDefaultsApplyWhenTheProjectNamesNone() throws Exception {
		Path mingw = TestFiles.copyTestdata("cases/04-mingw-toolchain/MingwPlugin", dir.resolve("MingwPlugin"));
		replace(mingw.resolve(".cproject"), "artifactExtension=\"dll\" ", "");
		replace(mingw.resolve(".cproject"), "outputPrefix=\"\" ", "");
		assertEquals("libMingwPlugin.dll", CprojectReader.read(mingw).configurations().get(0).artifactFileName());
		replace(mingw.resolve(".cproject"), "buildArtefactType.sharedLib", "buildArtefactType.exe");
		replace(mingw.resolve(".cproject"), "<outputType id=\"cdt.managedbuild.tool.gnu.cpp.linker.output.so.46\" superClass=\"cdt.managedbuild.tool.gnu.cpp.linker.output.so\"/>", "");
		assertEquals("MingwPlugin.exe", CprojectReader.read(mingw).configurations().get(0).artifactFileName());

		Path cross = TestProjects.copy("reference", dir.resolve("cross"));
		replace(cross.resolve(".cproject"), "artifactExtension=\"dll\" ", "");
		assertEquals("sample-dll.so", CprojectReader.read(cross).configurations().get(0).artifactFileName());
	}

	@Test
	void nestingDeeperThanEclipseWritesIsRefusedByTheReaderWhateverTheJdk() throws Exception {
		Path projectDir = TestProjects.copy("reference", dir.resolve("deep"));
		String cproject = Files.readString(projectDir.resolve(".cproject"));
		Files.writeString(projectDir.resolve(".cproject"), cproject.replace("</cproject>",
				"<x>".repeat(50_000) + "</x>".repeat(50_000) + "</cproject>"));
		CdtProjectException e = assertThrows(CdtProjectException.class, () -> CprojectReader.read(projectDir));
		assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
	}

	@Test
	void moreExclusionPatternsThanABuildMatchesAreRefused() throws Exception {
		Path projectDir = TestProjects.copy("reference", dir.resolve("many"));
		String patterns = String.join("|", java.util.stream.IntStream.range(0, 1001).mapToObj(i -> "x" + i + "*.c").toList());
		String cproject = Files.readString(projectDir.resolve(".cproject"));
		assertTrue(cproject.contains("<entry flags=\"VALUE_WORKSPACE_PATH|RESOLVED\" kind=\"sourcePath\" name=\"src\"/>"), "the reference's entry");
		Files.writeString(projectDir.resolve(".cproject"), cproject.replace(
				"<entry flags=\"VALUE_WORKSPACE_PATH|RESOLVED\" kind=\"sourcePath\" name=\"src\"/>",
				"<entry excluding=\"" + patterns + "\" flags=\"VALUE_WORKSPACE_PATH|RESOLVED\" kind=\"sourcePath\" name=\"src\"/>"));
		BuildConfiguration debug = CprojectReader.read(projectDir).configuration("Debug").orElseThrow();
		assertTrue(debug.unsupported().get(0).contains("excludes 1001 patterns, more than the 1000 a build matches"),
				debug.unsupported()::toString);
	}

	@Test
	void anArtifactTypeCdtDoesNotDefineIsRefusedWithTheReason() throws IOException {
		Path projectDir = TestProjects.copy("reference", dir.resolve("odd"));
		replace(projectDir.resolve(".cproject"), "buildArtefactType.sharedLib", "buildArtefactType.firmware");
		CdtProjectException e = assertThrows(CdtProjectException.class, () -> CprojectReader.read(projectDir));
		assertTrue(e.getMessage().contains("configuration Debug builds org.eclipse.cdt.build.core.buildArtefactType"
				+ ".firmware: the SDK builds shared libraries (DLLs), static libraries and executables only"), e.getMessage());
	}

	@Test
	void theInternalBuildersStepsWithShellOperatorsAreRefusedAsCdtWouldNotRunThemInAShell() throws Exception {
		Path projectDir = TestFiles.copyTestdata("cdt-recorded/stepsint", dir.resolve("stepsint"));
		BuildConfiguration release = CprojectReader.read(projectDir).configuration("Release").orElseThrow();
		assertEquals(List.of("the pre-build step uses the shell's '&&', but CDT's internal builder runs steps without a"
				+ " shell (it passes '&&' to the program as an argument, and a failing pre-build step ends its build):"
				+ " select the external builder (C/C++ Build > Builder type), or put the commands in a script and run it"
				+ " with sh"), release.unsupported());
	}

	@Test
	void theInternalBuildersStepsMayQuoteWhatTheShellWouldReadButNotSemicolons() {
		assertEquals(java.util.Optional.empty(), BuildSteps.internalBuilderProblem(
				"objcopy --add-section .note=\"<notes.txt>\" 'a|b' x.dll", "post-build"));
		assertEquals("the post-build step has a ';' inside quotes, but CDT's internal builder splits steps at every ';'"
				+ " before it reads quotes: select the external builder (C/C++ Build > Builder type), or put the commands in"
				+ " a script and run it with sh", BuildSteps.internalBuilderProblem("echo \"a;b\" done", "post-build").orElseThrow());
		assertTrue(BuildSteps.internalBuilderProblem("cp x.dll y | tee", "post-build").orElseThrow()
				.contains("(it passes '|' to the program as an argument): select"));
	}

	/** A copied project's build folder names its old name: CDT 12.5 built it in <project>/<configuration> anyway. */
	@Test
	void aBuildFolderThatResolvesToTheDefaultOrNotAtAllIsTheDefault() throws Exception {
		Path projectDir = TestProjects.copy("reference", dir.resolve("bp"));
		String cproject = Files.readString(projectDir.resolve(".cproject"));
		Files.writeString(projectDir.resolve(".cproject"), cproject.replace("${workspace_loc:/sample-dll}/Release",
				"${workspace_loc:/${ProjName}}/${ConfigName}").replace("${workspace_loc:/sample-dll}/Debug",
						"${workspace_loc:/gone}/Debug"));
		for (BuildConfiguration configuration : CprojectReader.read(projectDir).configurations()) {
			assertEquals(List.of(), configuration.unsupported(), configuration.name());
		}
		Files.writeString(projectDir.resolve(".cproject"), cproject.replace("${workspace_loc:/sample-dll}/Release",
				"/tmp/elsewhere/Release"));
		assertTrue(CprojectReader.read(projectDir).configuration("Release").orElseThrow().unsupported().get(0)
				.startsWith("the build folder /tmp/elsewhere/Release is not supported"));
	}

	@Test
	void aStepWithAMakeFunctionIsRefused() throws Exception {
		Path projectDir = TestProjects.copy("reference", dir.resolve("fn"));
		replace(projectDir.resolve(".cproject"), "name=\"Release\" parent", "postbuildStep=\"cp $(shell ls) ../dist\" name=\"Release\" parent");
		BuildConfiguration release = CprojectReader.read(projectDir).configuration("Release").orElseThrow();
		assertEquals(List.of("the post-build step: make would evaluate $(shell ls) (a make function or a computed name),"
				+ " which the SDK's build does not; write $$ for the shell's $, e.g. $$(command)"), release.unsupported());
	}

	@Test
	void anUnknownEnumValueIsReportedAndTheDefaultUsed() throws IOException, CdtProjectException {
		Path projectDir = TestProjects.copy("reference", dir.resolve("enum"));
		replace(projectDir.resolve(".cproject"), "value=\"gnu.cpp.compiler.optimization.level.most\"",
				"value=\"gnu.cpp.compiler.optimization.level.ludicrous\"");
		BuildConfiguration release = CprojectReader.read(projectDir).configuration("Release").orElseThrow();
		assertEquals("-O2", release.cppCompiler().optimization());
		assertEquals(List.of("Cross G++ Compiler: the value gnu.cpp.compiler.optimization.level.ludicrous of"
				+ " \"Optimization Level\" is not one CDT defines; using -O2"), release.unsupported());
		assertEquals(List.of(), CprojectReader.read(projectDir).configuration("Debug").orElseThrow().unsupported());
	}

	static void replace(Path file, String text, String replacement) throws IOException {
		String content = Files.readString(file);
		assertTrue(content.contains(text), () -> file + " has no " + text);
		Files.writeString(file, content.replace(text, replacement));
	}

	private static void assertNote(List<String> notes, String part) {
		assertTrue(notes.stream().anyMatch(n -> n.contains(part)), () -> "no note with '" + part + "' in " + notes);
	}

	@Test
	void onlyCrossGccIsBuiltOutsideWindowsAndNoToolchainIsGuessed() {
		assertEquals(Optional.empty(), new Toolchain("i686-w64-mingw32-", "", "cdt.managedbuild.toolchain.gnu.cross.exe.release").refusal(false));
		Toolchain mingw = new Toolchain("", "", "cdt.managedbuild.toolchain.gnu.mingw.so.debug");
		assertEquals(Optional.empty(), mingw.refusal(true), "on Windows, MinGW GCC's g++ is MinGW's");
		assertTrue(mingw.refusal(false).orElseThrow().startsWith("it uses CDT's MinGW GCC toolchain"));
		assertTrue(new Toolchain("", "", "cdt.managedbuild.toolchain.gnu.so.release").refusal(false).orElseThrow()
				.startsWith("it uses CDT's Linux GCC toolchain (cdt.managedbuild.toolchain.gnu.so.release), which makes Linux"));
		assertTrue(new Toolchain("", "", "com.example.toolchain.llvm").refusal(true).orElseThrow()
				.startsWith("its toolchain com.example.toolchain.llvm is not one the SDK's build knows"));
	}

	@Test
	void aLinkedResourceMustBeNamedInsideTheProjectAndPointSomewhereKnown() throws Exception {
		Path project = TestProjects.copy("reference", dir.resolve("linking"));
		String dotProject = Files.readString(project.resolve(".project"));
		Files.writeString(project.resolve(".project"), dotProject.replace("</natures>", "</natures><linkedResources><link>"
				+ "<name>../outside</name><type>2</type><locationURI>PROJECT_LOC/x</locationURI></link></linkedResources>"));
		CdtProjectException outside = assertThrows(CdtProjectException.class, () -> CprojectReader.read(project));
		assertTrue(outside.getMessage().contains("the linked resource '../outside' has no name inside the project"), outside.getMessage());
		Files.writeString(project.resolve(".project"), dotProject.replace("</natures>", "</natures><linkedResources><link>"
				+ "<name>lib</name><type>2</type><locationURI>NOWHERE_LOC/x</locationURI></link></linkedResources>"));
		CdtProjectException unknown = assertThrows(CdtProjectException.class, () -> CprojectReader.read(project));
		assertTrue(unknown.getMessage().contains("the linked resource lib points at NOWHERE_LOC/x, which cannot be resolved here"),
				unknown.getMessage());
	}
}
