// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.CdtProject;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.build.SourceEntry;

class ProjectGeneratorTest {

	/** Numeric id suffixes as CDT makes them up: a dot, then digits, at the end of an id. */
	private static final Pattern ID_NUMBER = Pattern.compile("\\.(\\d{5,})(?=[\".;])");
	/** The runtime's own CDT project, which real CDT accepts; generated projects follow it. */
	private static final Path RUNTIME_CPROJECT = Headers.MEMORYPOOL.getParent().resolveSibling(".cproject");

	@TempDir
	Path parent;

	private static List<String> files(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).sorted().toList();
		}
	}

	@Test
	void aMemoryPoolProjectHasTheClientAndBothHeaders() throws Exception {
		Path dir = Headers.generator().generate(ProjectSpec.defaults("MyPlugin", parent));
		assertEquals(parent.resolve("MyPlugin"), dir);
		assertEquals(List.of(".cproject", ".gitignore", ".project", "README.md", "exports.def", "include/MemoryPool.h",
				"include/nvse_plugin.h", "nvse-opcodes.txt", "src/Commands.cpp", "src/Commands.h", "src/Log.cpp", "src/Log.h",
				"src/MemoryPoolClient.cpp", "src/MemoryPoolClient.h", "src/PluginVersion.h", "src/main.cpp", "src/version.rc"),
				files(dir));
		assertEquals(-1, Files.mismatch(Headers.MEMORYPOOL, dir.resolve("include/MemoryPool.h")));
		assertEquals(-1, Files.mismatch(Headers.NVSE, dir.resolve("include/nvse_plugin.h")));
		assertEquals(List.of(dir.getFileName().toString()), files(parent).stream().map(f -> f.split("/")[0]).distinct()
				.toList(), "nothing but the project is left in the parent folder");
	}

	@Test
	void withoutMemoryPoolThereIsNoClientAndNoMemoryPoolHeader() throws Exception {
		Path dir = Headers.generator().generate(ProjectSpec.defaults("Plain", parent).withUseMemoryPool(false)
				.withCommands(List.of()));
		assertEquals(List.of(".cproject", ".gitignore", ".project", "README.md", "exports.def", "include/nvse_plugin.h",
				"src/Log.cpp", "src/Log.h", "src/PluginVersion.h", "src/main.cpp", "src/version.rc"), files(dir));
		assertEquals(-1, Files.mismatch(Headers.NVSE, dir.resolve("include/nvse_plugin.h")));
		String main = Files.readString(dir.resolve("src/main.cpp"));
		assertFalse(main.contains("MemoryPoolClient"), main);
		assertFalse(Files.readString(dir.resolve("README.md")).contains("MemoryPoolNVSE.dll"));
	}

	@Test
	void theCprojectReadsBackAsTheSpecsCrossGccDll() throws Exception {
		Path dir = Headers.generator().generate(ProjectSpec.defaults("MyPlugin", parent)
				.withToolchain("i686-w64-mingw32-", "/opt/mingw & co/bin"));
		CdtProject project = CprojectReader.read(dir);
		assertEquals("MyPlugin", project.name());
		assertEquals(List.of("Debug", "Release"), project.configurationNames());
		for (BuildConfiguration configuration : project.configurations()) {
			String name = configuration.name();
			assertEquals(List.of(), configuration.unsupported(), name);
			assertEquals("i686-w64-mingw32-", configuration.toolchain().prefix(), name);
			assertEquals("/opt/mingw & co/bin", configuration.toolchain().path(), name);
			assertEquals("MyPlugin.dll", configuration.artifactFileName(), name);
			assertEquals("", configuration.outputPrefix(), name);
			assertEquals(List.of(new SourceEntry("src", List.of())), configuration.sourceEntries(), name);
			assertEquals("-std=c++17", configuration.cppCompiler().dialect(), name);
			// Quoted as CDT writes it; the shell words of the command line drop the quotes.
			assertEquals(List.of("\"" + dir.resolve("include") + "\""), configuration.cppCompiler().includePaths(),
					name);
			assertEquals(List.of("-Wall"), configuration.cppCompiler().warnings(), name);
			assertEquals("-static-libgcc -static-libstdc++ ../exports.def", configuration.linker().flags(), name);
			assertTrue(configuration.linker().shared(), name);
		}
		assertEquals("-O0", project.configuration("Debug").orElseThrow().cppCompiler().optimization());
		assertEquals("-O3", project.configuration("Release").orElseThrow().cppCompiler().optimization());
	}

	@Test
	void theCprojectIsTheRuntimesWithTheProjectsNameFlagsAndFreshIds() throws Exception {
		Path dir = Headers.generator().generate(ProjectSpec.defaults("MyPlugin", parent));
		String generated = Files.readString(dir.resolve(".cproject"));
		String runtime = Files.readString(RUNTIME_CPROJECT);

		// Same structure and values: only the name, the .def file, the artifact name and the ids differ.
		assertEquals(ID_NUMBER.matcher(runtime.replace("artifactName=\"MemoryPoolNVSE\"", "artifactName=\"${ProjName}\"")
				.replace("MemoryPoolNVSE.def", "exports.def").replace("MemoryPoolNVSE", "MyPlugin")).replaceAll(".N"),
				ID_NUMBER.matcher(generated).replaceAll(".N"));

		// The ids repeat exactly where the runtime's repeat (a configuration's id names it in several places).
		List<String> runtimeIds = numbers(runtime);
		List<String> generatedIds = numbers(generated);
		assertEquals(runtimeIds.size(), generatedIds.size());
		Map<String, String> forward = new HashMap<>();
		Map<String, String> backward = new HashMap<>();
		for (int i = 0; i < runtimeIds.size(); i++) {
			String runtimeId = runtimeIds.get(i);
			String generatedId = generatedIds.get(i);
			assertEquals(generatedId, forward.computeIfAbsent(runtimeId, k -> generatedId), "id number " + i);
			assertEquals(runtimeId, backward.computeIfAbsent(generatedId, k -> runtimeId), "id number " + i);
		}

		String again = Files.readString(Headers.generator().generate(ProjectSpec.defaults("Other", parent))
				.resolve(".cproject"));
		assertNotEquals(Set.copyOf(generatedIds), Set.copyOf(numbers(again)), "every project gets fresh ids");
	}

	private static List<String> numbers(String cproject) {
		List<String> numbers = new ArrayList<>();
		for (Matcher matcher = ID_NUMBER.matcher(cproject); matcher.find();) {
			numbers.add(matcher.group(1));
		}
		return numbers;
	}

	/** The SDK's own builder, which builds the project in an Eclipse without CDT and stays quiet with CDT. */
	private static final String SDK_BUILDER = """
					<buildCommand>
						<name>org.memorypool.sdk.ui.headlessBuilder</name>
						<triggers>clean,full,incremental,</triggers>
						<arguments>
						</arguments>
					</buildCommand>
			""";

	@Test
	void theDotProjectIsTheReferencesWithTheProjectsNameAndTheSdksBuilderAfterCdts() throws Exception {
		Path dir = Headers.generator().generate(ProjectSpec.defaults("MyPlugin", parent));
		String reference = Files.readString(RUNTIME_CPROJECT.resolveSibling(".project")).replace("MemoryPoolNVSE", "MyPlugin");
		int endOfBuildSpec = reference.indexOf("\t</buildSpec>");
		assertTrue(endOfBuildSpec > reference.lastIndexOf("org.eclipse.cdt.managedbuilder.core.ScannerConfigBuilder"));
		assertEquals(reference.substring(0, endOfBuildSpec) + SDK_BUILDER + reference.substring(endOfBuildSpec),
				Files.readString(dir.resolve(".project")));
	}

	@Test
	void theSourcesCarryTheSpecsValuesAndHandleExactlyItsMessages() throws Exception {
		Path dir = Headers.generator().generate(ProjectSpec.defaults("Spec", parent).withDisplayName("Spec's & 100% <ok>")
				.withAuthor("Jane Doe").withVersion("2.3.45").withMinNvseVersion("6.3.5")
				.withMessages(EnumSet.of(NvseMessage.LOAD_GAME, NvseMessage.MAIN_GAME_LOOP)));
		String main = Files.readString(dir.resolve("src/main.cpp"));
		assertTrue(main.startsWith("// Spec's & 100% <ok> - an NVSE plugin for Fallout: New Vegas (name and version:"
				+ " PluginVersion.h).\n// Author: Jane Doe\n"), main);
		// Name, version and author in one header, for NVSE (main.cpp) and the DLL's version resource (version.rc).
		String version = Files.readString(dir.resolve("src/PluginVersion.h"));
		for (String define : List.of("PLUGIN_NAME \"Spec's & 100% <ok>\"\n", "PLUGIN_AUTHOR \"Jane Doe\"\n",
				"PLUGIN_VERSION_MAJOR 2\n", "PLUGIN_VERSION_MINOR 3\n", "PLUGIN_VERSION_BUILD 45\n",
				"PLUGIN_VERSION_TEXT \"2.3.45\"\n")) {
			assertTrue(version.contains("#define " + define), version);
		}
		assertTrue(main.contains("#include \"PluginVersion.h\"") && main.contains("const char kPluginName[] = PLUGIN_NAME;\n")
				&& main.contains("MAKE_NEW_VEGAS_VERSION(PLUGIN_VERSION_MAJOR, PLUGIN_VERSION_MINOR,"), main);
		String resource = Files.readString(dir.resolve("src/version.rc"));
		assertTrue(resource.contains("#include \"PluginVersion.h\"") && resource.contains("\"OriginalFilename\", \"Spec.dll\""),
				resource);
		assertTrue(main.contains("kMinimumNvseVersion = MAKE_NEW_VEGAS_VERSION(6, 3, 5);"), main);
		assertTrue(main.contains("kMinimumNvseVersionText[] = \"6.3.5\";"), main);
		assertTrue(main.contains("info->infoVersion = PLUGIN_INFO_VERSION;"), main);
		assertTrue(main.contains("nvse->editorVersion < EDITOR_VERSION_1_4_0_518"), main);
		assertTrue(main.contains("nvse->runtimeVersion < RUNTIME_VERSION_1_4_0_525"), main);
		assertTrue(main.contains("QueryInterface(kInterface_Messaging)"), main);
		assertTrue(main.contains("RegisterListener(handle, \"NVSE\", OnNvseMessage)"), main);
		// PostPostLoad is handled for the MemoryPool client, without being logged as a chosen message.
		assertEquals(List.of("kMessage_LoadGame", "kMessage_PostPostLoad", "kMessage_MainGameLoop"), cases(main));
		assertTrue(main.contains("Log(\"LoadGame: a saved game is being loaded\");"), main);
		assertFalse(main.contains("Log(\"PostPostLoad"), main);
		// Right after the choice, the example allocation through the client, which logs the allocator it went through.
		assertTrue(main.contains("MemoryPoolClient::Init(\"PostPostLoad\");\n        TryMemoryPoolClient();\n"), main);
		assertTrue(main.contains("MemoryPoolClient::Calloc(kSize, 1)") && main.contains("MemoryPoolClient::Free(block);")
				&& main.contains("test block through %s%s%s"), main);
		assertEquals("LIBRARY Spec\nEXPORTS\n    NVSEPlugin_Query\n    NVSEPlugin_Load\n",
				Files.readString(dir.resolve("exports.def")));
		assertTrue(Files.readString(dir.resolve("src/Log.cpp")).contains("L\"Spec.log\""));
		assertEquals("# Build outputs of the CDT configurations and ./sdk build\nDebug/\nRelease/\n*.o\n*.d\n",
				Files.readString(dir.resolve(".gitignore")));
		String readme = Files.readString(dir.resolve("README.md"));
		for (String expected : List.of("# Spec's & 100% <ok>", "by Jane Doe", "NVSE 6.3.5 or newer", "./sdk build",
				"Data/NVSE/Plugins/", "MemoryPoolNVSE.dll", "jemalloc.dll", "Release/Spec.dll", "LoadGame, MainGameLoop")) {
			assertTrue(readme.contains(expected), () -> expected + " missing from\n" + readme);
		}
	}

	@Test
	void withoutMessagesOrMemoryPoolNothingListens() throws Exception {
		Path dir = Headers.generator().generate(ProjectSpec.defaults("Quiet", parent).withUseMemoryPool(false)
				.withMessages(Set.of()));
		String main = Files.readString(dir.resolve("src/main.cpp"));
		assertEquals(List.of(), cases(main));
		assertFalse(main.contains("RegisterListener"), main);
		assertFalse(main.contains("OnNvseMessage"), main);
	}

	@Test
	void everyMessageGetsACase() throws Exception {
		Path dir = Headers.generator().generate(ProjectSpec.defaults("All", parent).withUseMemoryPool(false)
				.withMessages(EnumSet.allOf(NvseMessage.class)));
		assertEquals(EnumSet.allOf(NvseMessage.class).stream().map(NvseMessage::constant).toList(),
				cases(Files.readString(dir.resolve("src/main.cpp"))));
	}

	private static List<String> cases(String main) {
		List<String> cases = new ArrayList<>();
		for (Matcher matcher = Pattern.compile("(?m)^    case (\\w+):").matcher(main); matcher.find();) {
			cases.add(matcher.group(1));
		}
		return cases;
	}

	@Test
	void aFailureHalfWayLeavesNothingBehind() throws Exception {
		Path missing = parent.resolve("nowhere/nvse_plugin.h");
		Path work = Files.createDirectory(parent.resolve("work"));
		ProjectException e = assertThrows(ProjectException.class,
				() -> new ProjectGenerator(Headers.MEMORYPOOL, missing).generate(ProjectSpec.defaults("MyPlugin", work)));
		assertEquals("The SDK's header " + missing + " is missing: reinstall the SDK, or run ./sdk from a complete"
				+ " checkout", e.getMessage());
		try (Stream<Path> left = Files.list(work)) {
			assertEquals(List.of(), left.toList(), "neither the project nor its temporary folder is left");
		}
	}

	@Test
	void anExistingFolderIsRefusedAndLeftAsItWas() throws Exception {
		Path existing = Files.createDirectory(parent.resolve("MyPlugin"));
		Files.writeString(existing.resolve("keep.txt"), "mine");
		ProjectException e = assertThrows(ProjectException.class,
				() -> Headers.generator().generate(ProjectSpec.defaults("MyPlugin", parent)));
		assertEquals(existing + " already exists: choose another project name or folder", e.getMessage());
		assertEquals(List.of("MyPlugin/keep.txt"), files(parent));
		assertEquals("mine", Files.readString(existing.resolve("keep.txt")));
	}

	@Test
	void anInvalidSpecIsRefusedWithTheValidatorsSentence() {
		ProjectException e = assertThrows(ProjectException.class,
				() -> Headers.generator().generate(ProjectSpec.defaults("lpt1", parent)));
		assertEquals(ProjectValidator.nameProblem("lpt1").orElseThrow(), e.getMessage());
		assertEquals(0, parent.toFile().list().length);
	}
}
