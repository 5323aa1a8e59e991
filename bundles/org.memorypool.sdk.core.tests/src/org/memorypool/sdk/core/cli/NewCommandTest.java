// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memorypool.sdk.core.build.CprojectReader;

/** {@code ./sdk new}; the header property is set by the core.tests pom, as ./sdk sets it. */
class NewCommandTest {

	private static final String USAGE = " (usage: ./sdk new <parentDir> --name <Name> [options])";

	@TempDir
	Path dir;

	private final CapturedRun run = new CapturedRun();

	private int sdk(String... args) {
		return run.run(SdkCommandLine.standard(), args);
	}

	private List<String> out() {
		return run.outLines();
	}

	private List<String> err() {
		return run.errLines();
	}

	private List<Path> left() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.toList();
		}
	}

	@Test
	void createsTheProjectAndSaysHowToBuildIt() throws Exception {
		assertEquals(0, sdk("new", dir.toString(), "--name", "MyPlugin", "--display-name", "My Plugin", "--author",
				"Jane Doe", "--version", "1.2.3", "--min-nvse", "6.3.5", "--messages", "PostLoad, postpostload,MainGameLoop"),
				err().toString());
		Path projectDir = dir.resolve("MyPlugin");
		assertEquals(List.of("Created " + projectDir, "2 script commands from opcode 0x2000, recorded in nvse-opcodes.txt (0x2000"
				+ " is for development: a released plugin needs its own range from the xNVSE team)",
				"Next: build it with ./sdk build " + projectDir), out());
		assertEquals(List.of(), err());
		assertEquals("MyPlugin", CprojectReader.read(projectDir).name());
		String main = Files.readString(projectDir.resolve("src/main.cpp"));
		assertTrue(main.contains("// Author: Jane Doe"), main);
		String version = Files.readString(projectDir.resolve("src/PluginVersion.h"));
		assertTrue(version.contains("#define PLUGIN_NAME \"My Plugin\"\n") && version.contains("#define PLUGIN_VERSION_TEXT \"1.2.3\"\n")
				&& version.contains("#define PLUGIN_VERSION_BUILD 3\n"), version);
		assertTrue(main.contains("MAKE_NEW_VEGAS_VERSION(6, 3, 5)"), main);
		assertTrue(main.contains("case kMessage_MainGameLoop"), main);
		assertFalse(main.contains("case kMessage_SaveGame"), main);
		assertTrue(Files.isRegularFile(projectDir.resolve("src/MemoryPoolClient.cpp")));
		assertFalse(Files.exists(projectDir.resolve(".github")), "the CI workflow only with --ci");
	}

	/** GeneratedCiWorkflowTest (native-plugin) runs the workflow's steps; here: where it is and what it names. */
	@Test
	void ciAddsTheGitHubWorkflowAndSaysSoInTheReadme() throws Exception {
		assertEquals(0, sdk("new", dir.toString(), "--name", "WithCi", "--ci"), err().toString());
		Path projectDir = dir.resolve("WithCi");
		String workflow = Files.readString(projectDir.resolve(".github/workflows/build.yml"));
		assertTrue(workflow.contains("run: memorypool-sdk/sdk build plugin --config Release\n")
				&& workflow.contains("run: memorypool-sdk/sdk inspect plugin/Release/WithCi.dll\n")
				&& workflow.contains("repository: ${{ vars.MEMORYPOOL_SDK_REPOSITORY }}\n"), workflow);
		assertTrue(Files.readString(projectDir.resolve("README.md")).contains("`.github/workflows/build.yml` builds Release"));
	}

	@Test
	void noMemoryPoolAndNoMessages() throws Exception {
		assertEquals(0, sdk("new", dir.toString(), "--name", "Plain", "--no-memorypool", "--messages", "none"));
		Path projectDir = dir.resolve("Plain");
		assertFalse(Files.exists(projectDir.resolve("include/MemoryPool.h")));
		assertFalse(Files.readString(projectDir.resolve("src/main.cpp")).contains("case "));
	}

	@Test
	void allMessages() throws Exception {
		assertEquals(0, sdk("new", dir.toString(), "--name", "Everything", "--messages", "all"));
		String main = Files.readString(dir.resolve("Everything/src/main.cpp"));
		assertTrue(main.contains("case kMessage_PostLoad:") && main.contains("case kMessage_MainGameLoop:"), main);
	}

	static Stream<Arguments> refusals() {
		return Stream.of(
				Arguments.of(List.of("--name", "MyPlugin"),
						"give the folder to create the project in, e.g. ./sdk new . --name MyPlugin"),
				Arguments.of(List.of("."), "give the project's name with --name, e.g. --name MyPlugin"),
				Arguments.of(List.of(".", "--name"), "--name needs a value, e.g. --name MyPlugin"),
				Arguments.of(List.of(".", "--name", "A", "--name", "B"), "--name is given twice: give it once"),
				Arguments.of(List.of(".", "other", "--name", "A"), "give one parent folder, not '.' and 'other'"),
				Arguments.of(List.of(".", "--name", "A", "--jemalloc"), "unknown option '--jemalloc': the options are"
						+ " --display-name <text>, --author <text>, --version x.y.z, --min-nvse x.y.z, --messages"
						+ " <PostLoad,PostPostLoad,...|all|none>, --opcode-base <0x2000..0x7FFF>, --commands"
						+ " \"Name[/Alias][(type name[?], ...)][:number|form|string][=help]; ...\"|none, --cosave, --events, --ci, --no-memorypool"),
				Arguments.of(List.of(".", "--name", "A", "--messages", "PostLoad,Precompile"), "unknown NVSE message"
						+ " 'Precompile': choose from PostLoad, ExitGame, ExitToMainMenu, LoadGame, SaveGame, PreLoadGame,"
						+ " PostLoadGame, PostPostLoad, DeleteGame, NewGame, DeferredInit, MainGameLoop, or all, or none"),
				Arguments.of(List.of(".", "--name", "Aux"), "the project name Aux is a device name Windows reserves"
						+ " (CON, PRN, AUX, NUL, COM1-9, LPT1-9) and cannot name a DLL: choose another name"),
				Arguments.of(List.of(".", "--name", "../Up"), "the project name must not contain '..': enter a plain"
						+ " name, the project is created in the chosen folder"),
				Arguments.of(List.of(".", "--name", "A", "--version", "1.0"), "version '1.0' is not x.y.z: write three"
						+ " decimal numbers separated by dots, without leading zeros, e.g. 1.0.0"),
				Arguments.of(List.of(".", "--name", "A", "--min-nvse", "5.3.0"), "minimum NVSE version 5.3.0 is older"
						+ " than 6.1.0, the oldest NVSE the SDK supports (the MemoryPool runtime's own minimum): use 6.1.0"
						+ " or newer"),
				Arguments.of(List.of(".", "--name", "A", "--author", "A \"B\""), "the author must not contain '\"': it"
						+ " is written into the plugin's C++ source; leave it out"));
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void aRefusalIsOneLineAUsageExitAndNothingWritten(List<String> args, String message) throws Exception {
		String[] command = Stream.concat(Stream.of("new"), args.stream().map(a -> a.equals(".") ? dir.toString() : a))
				.toArray(String[]::new);
		assertEquals(SdkCommandLine.EXIT_USAGE, sdk(command));
		assertEquals(List.of("sdk new: " + message.replace("'.'", "'" + dir + "'") + USAGE), err());
		assertEquals(List.of(), out());
		assertEquals(List.of(), left());
	}

	@Test
	void anExistingProjectIsRefusedAndLeftAsItWas() throws Exception {
		Path existing = Files.createDirectory(dir.resolve("MyPlugin"));
		assertEquals(SdkCommandLine.EXIT_USAGE, sdk("new", dir.toString(), "--name", "MyPlugin"));
		assertEquals(List.of("sdk new: " + existing + " already exists: choose another project name or folder" + USAGE),
				err());
		assertEquals(List.of(existing), left());
		try (Stream<Path> inside = Files.list(existing)) {
			assertEquals(0, inside.count());
		}
	}

	@Test
	void withoutTheHeaderPropertyItSaysToRunThroughTheScript() throws Exception {
		String header = System.clearProperty(ApiCommand.DEFAULT_HEADER_PROPERTY);
		try {
			assertEquals(1, sdk("new", dir.toString(), "--name", "MyPlugin"));
		} finally {
			System.setProperty(ApiCommand.DEFAULT_HEADER_PROPERTY, header);
		}
		assertEquals(List.of("No MemoryPool.h configured: run this command through ./sdk, which passes"
				+ " -Dmemorypool.header=<SDK>/native-plugin/include/MemoryPool.h"), out());
		assertEquals(List.of(), left());
	}

	@Test
	void aMissingHeaderFailsInOneLineAndLeavesNothing() throws Exception {
		String header = System.getProperty(ApiCommand.DEFAULT_HEADER_PROPERTY);
		System.setProperty(ApiCommand.DEFAULT_HEADER_PROPERTY, dir.resolve("sdk/MemoryPool.h").toString());
		Path work = Files.createDirectory(dir.resolve("work"));
		try {
			assertEquals(1, sdk("new", work.toString(), "--name", "MyPlugin"));
		} finally {
			System.setProperty(ApiCommand.DEFAULT_HEADER_PROPERTY, header);
		}
		assertEquals(List.of("The SDK's header " + dir.resolve("sdk/nvse_plugin.h") + " is missing: reinstall the SDK,"
				+ " or run ./sdk from a complete checkout"), out());
		try (Stream<Path> inside = Files.list(work)) {
			assertEquals(0, inside.count());
		}
	}
}
