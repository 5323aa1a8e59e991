// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectValidatorTest {

	private static final String PLAIN_NAME = ": enter a plain name, the project is created in the chosen folder";
	private static final String IDENTIFIER = ": use only letters A-Z, digits and underscores, it names the DLL and C symbols";
	private static final String RESERVED = " is a device name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9) and"
			+ " cannot name a DLL: choose another name";
	private static final String IN_SOURCE = ": it is written into the plugin's C++ source; leave it out";

	@TempDir
	Path parent;

	static Stream<Arguments> badNames() {
		return Stream.of(
				Arguments.of("", "The project name is empty: enter one, e.g. MyPlugin"),
				Arguments.of("..", "The project name must not contain '..'" + PLAIN_NAME),
				Arguments.of("a..b", "The project name must not contain '..'" + PLAIN_NAME),
				Arguments.of("../Escape", "The project name must not contain '..'" + PLAIN_NAME),
				Arguments.of("sub/Plugin", "The project name must not contain '/'" + PLAIN_NAME),
				Arguments.of("/abs", "The project name must not contain '/'" + PLAIN_NAME),
				Arguments.of("sub\\Plugin", "The project name must not contain '\\'" + PLAIN_NAME),
				Arguments.of("P".repeat(65), "The project name is 65 characters long: use at most 64"),
				Arguments.of("1Plugin", "The project name must start with a letter or an underscore: it names the DLL"
						+ " and C symbols"),
				Arguments.of("My Plugin", "The project name must not contain ' '" + IDENTIFIER),
				Arguments.of("my-plugin", "The project name must not contain '-'" + IDENTIFIER),
				Arguments.of("Plugin.dll", "The project name must not contain '.'" + IDENTIFIER),
				Arguments.of("Café", "The project name must not contain 'é'" + IDENTIFIER),
				Arguments.of("Tab\tName", "The project name must not contain U+0009" + IDENTIFIER),
				Arguments.of("CON", "The project name CON" + RESERVED),
				Arguments.of("con", "The project name con" + RESERVED),
				Arguments.of("memorypoolnvse", "The project name memorypoolnvse is the MemoryPool runtime's: its DLL would"
						+ " replace the runtime's in the game; choose another name"),
				Arguments.of("JEMALLOC", "The project name JEMALLOC is the MemoryPool runtime's: its DLL would replace the"
						+ " runtime's in the game; choose another name"),
				Arguments.of("Prn", "The project name Prn" + RESERVED),
				Arguments.of("aux", "The project name aux" + RESERVED),
				Arguments.of("nUl", "The project name nUl" + RESERVED),
				Arguments.of("COM1", "The project name COM1" + RESERVED),
				Arguments.of("com9", "The project name com9" + RESERVED),
				Arguments.of("LPT1", "The project name LPT1" + RESERVED),
				Arguments.of("lpt9", "The project name lpt9" + RESERVED));
	}

	@ParameterizedTest
	@MethodSource("badNames")
	void aBadNameGetsItsOwnSentence(String name, String problem) {
		assertEquals(Optional.of(problem), ProjectValidator.nameProblem(name));
	}

	@ParameterizedTest
	@ValueSource(strings = { "MyPlugin", "_private", "a", "Plugin2", "CONSOLE", "COM10", "COM0", "LPT0", "NULL",
			"AUXILIARY", "CON_", "xCOM1" })
	void goodNames(String name) {
		assertEquals(Optional.empty(), ProjectValidator.nameProblem(name), name);
	}

	@Test
	void sixtyFourCharactersAreEnough() {
		assertEquals(Optional.empty(), ProjectValidator.nameProblem("P".repeat(64)));
	}

	static Stream<Arguments> badVersions() {
		String notXyz = "' is not x.y.z: write three decimal numbers separated by dots, without leading zeros, e.g. 1.0.0";
		String range = " does not fit NVSE's version number: the first two parts go up to 255, the last up to 4095";
		return Stream.of(
				Arguments.of("", "Version is empty: enter it as x.y.z, e.g. 1.0.0"),
				Arguments.of(" ", "Version is empty: enter it as x.y.z, e.g. 1.0.0"),
				Arguments.of("1.0", "Version '1.0" + notXyz),
				Arguments.of("1.0.0.0", "Version '1.0.0.0" + notXyz),
				Arguments.of("1.0.0 ", "Version '1.0.0 " + notXyz),
				Arguments.of("a.b.c", "Version 'a.b.c" + notXyz),
				Arguments.of("-1.0.0", "Version '-1.0.0" + notXyz),
				Arguments.of("01.0.0", "Version '01.0.0" + notXyz),
				Arguments.of("1.0.0x10", "Version '1.0.0x10" + notXyz),
				Arguments.of("1.0.99999999999", "Version '1.0.99999999999" + notXyz),
				Arguments.of("256.0.0", "Version 256.0.0" + range),
				Arguments.of("1.256.0", "Version 1.256.0" + range),
				Arguments.of("1.0.4096", "Version 1.0.4096" + range),
				Arguments.of("1.0.999999999", "Version 1.0.999999999" + range));
	}

	@ParameterizedTest
	@MethodSource("badVersions")
	void aBadVersionGetsItsOwnSentence(String version, String problem) {
		assertEquals(Optional.of(problem), ProjectValidator.versionProblem("Version", version));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.0.0", "1.0.0", "6.1.0", "255.255.4095", "10.20.300" })
	void goodVersions(String version) {
		assertEquals(Optional.empty(), ProjectValidator.versionProblem("Version", version));
	}

	static Stream<Arguments> badSpecs() {
		String tooOld = " is older than 6.1.0, the oldest NVSE the SDK supports (the MemoryPool runtime's own minimum):"
				+ " use 6.1.0 or newer";
		return Stream.of(
				spec(s -> s.withDisplayName(""), "The display name is empty: enter the name NVSE lists, e.g. My Plugin"),
				spec(s -> s.withDisplayName("  "), "The display name is empty: enter the name NVSE lists, e.g. My Plugin"),
				spec(s -> s.withDisplayName("Say \"hi\""), "The display name must not contain '\"'" + IN_SOURCE),
				spec(s -> s.withDisplayName("C:\\Games"), "The display name must not contain '\\'" + IN_SOURCE),
				spec(s -> s.withDisplayName("two\nlines"), "The display name must not contain line breaks or other"
						+ " control characters (U+000A)" + IN_SOURCE),
				spec(s -> s.withDisplayName("end */ comment"), "The display name must not contain '*/'" + IN_SOURCE),
				spec(s -> s.withDisplayName("What??!"), "The display name must not contain '??'" + IN_SOURCE),
				spec(s -> s.withDisplayName("x".repeat(101)), "The display name is 101 characters long: use at most 100"),
				spec(s -> s.withAuthor("Jane \"JD\" Doe"), "The author must not contain '\"'" + IN_SOURCE),
				spec(s -> s.withAuthor("back\\slash"), "The author must not contain '\\'" + IN_SOURCE),
				spec(s -> s.withAuthor("Jane\r\nDoe"), "The author must not contain line breaks or other control"
						+ " characters (U+000D)" + IN_SOURCE),
				spec(s -> s.withAuthor("*/"), "The author must not contain '*/'" + IN_SOURCE),
				spec(s -> s.withVersion("1.0"), "Version '1.0' is not x.y.z: write three decimal numbers separated by"
						+ " dots, without leading zeros, e.g. 1.0.0"),
				spec(s -> s.withMinNvseVersion("6.0.9"), "Minimum NVSE version 6.0.9" + tooOld),
				spec(s -> s.withMinNvseVersion("5.255.4095"), "Minimum NVSE version 5.255.4095" + tooOld),
				spec(s -> s.withMinNvseVersion("6.1.0").withUseMemoryPool(false).withMinNvseVersion("0.0.1"),
						"Minimum NVSE version 0.0.1" + tooOld),
				spec(s -> s.withMinNvseVersion("6.256.0"), "Minimum NVSE version 6.256.0 does not fit NVSE's version"
						+ " number: the first two parts go up to 255, the last up to 4095"),
				spec(s -> s.withMinNvseVersion("latest"), "Minimum NVSE version 'latest' is not x.y.z: write three"
						+ " decimal numbers separated by dots, without leading zeros, e.g. 1.0.0"),
				spec(s -> s.withToolchain("i686 mingw", ""), "The toolchain prefix 'i686 mingw' may contain only"
						+ " letters, digits and . _ + -, e.g. i686-w64-mingw32-"),
				spec(s -> s.withToolchain("i686-w64-mingw32-", "mingw/bin"), "The toolchain path mingw/bin is not"
						+ " absolute: give the full path of the folder that holds i686-w64-mingw32-g++, or leave it empty"
						+ " to use PATH"),
				spec(s -> s.withToolchain("i686-w64-mingw32-", "/opt/\"mingw\""), "The toolchain path must not contain"
						+ " quotes or control characters: give the folder that holds i686-w64-mingw32-g++"));
	}

	private static Arguments spec(UnaryOperator<ProjectSpec> change, String problem) {
		return Arguments.of(change, problem);
	}

	@ParameterizedTest
	@MethodSource("badSpecs")
	void aBadSettingGetsItsOwnSentence(UnaryOperator<ProjectSpec> change, String problem) {
		ProjectSpec spec = change.apply(ProjectSpec.defaults("MyPlugin", parent));
		assertEquals(Optional.of(problem), ProjectValidator.problem(spec, name -> false));
	}

	@Test
	void theDefaultsAndEveryAllowedSettingAreFine() {
		ProjectSpec spec = ProjectSpec.defaults("MyPlugin", parent);
		assertEquals(Optional.empty(), ProjectValidator.problem(spec, name -> false));
		assertEquals(Optional.empty(), ProjectValidator.problem(spec.withDisplayName("Ünïcode & <friends> 'quoted' 100%")
				.withAuthor("").withMinNvseVersion("6.4.8").withVersion("255.255.4095")
				.withToolchain("x86_64-w64-mingw32.static-", "/opt/mxe/usr/bin"), name -> false));
	}

	@Test
	void aProjectOfTheSameNameInTheWorkspaceIsRefused() {
		ProjectSpec spec = ProjectSpec.defaults("MyPlugin", parent);
		assertEquals(Optional.of("A project named MyPlugin is already in the workspace: choose another name"),
				ProjectValidator.problem(spec, "MyPlugin"::equals));
		assertEquals(Optional.empty(), ProjectValidator.problem(spec, "Other"::equals));
	}

	@Test
	void theNameIsCheckedBeforeTheWorkspace() {
		assertEquals(ProjectValidator.nameProblem("CON"),
				ProjectValidator.problem(ProjectSpec.defaults("CON", parent), name -> true));
	}

	@Test
	void anExistingFolderFileOrLinkOfThatNameIsRefused() throws Exception {
		Files.createDirectory(parent.resolve("Folder"));
		Files.writeString(parent.resolve("File"), "");
		Files.createSymbolicLink(parent.resolve("Dangling"), parent.resolve("nowhere"));
		for (String name : new String[] { "Folder", "File", "Dangling" }) {
			assertEquals(Optional.of(parent.resolve(name) + " already exists: choose another project name or folder"),
					ProjectValidator.problem(ProjectSpec.defaults(name, parent), n -> false));
		}
	}

	@Test
	void theParentFolderMustExistAndBeAFolder() throws Exception {
		Path missing = parent.resolve("missing");
		assertEquals(Optional.of("The folder " + missing + " does not exist: create it first, or choose another folder"),
				ProjectValidator.problem(ProjectSpec.defaults("MyPlugin", missing), n -> false));
		Path file = Files.writeString(parent.resolve("file"), "");
		assertEquals(Optional.of(file + " is a file, not a folder: choose a folder"),
				ProjectValidator.problem(ProjectSpec.defaults("MyPlugin", file), n -> false));
	}
}
