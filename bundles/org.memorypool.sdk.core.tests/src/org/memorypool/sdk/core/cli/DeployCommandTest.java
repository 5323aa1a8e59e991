// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memorypool.sdk.core.game.GameInstall;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.pe.PeReaderTestData;
import org.memorypool.sdk.core.project.ProjectGenerator;
import org.memorypool.sdk.core.project.ProjectSpec;

/**
 * {@code ./sdk deploy} on projects the SDK generates, built for real with MinGW-w64 (a requirement of the test run),
 * into a fake game folder; the runtime's DLLs are stand-ins, given as ./sdk gives them.
 */
class DeployCommandTest {

	private static final Path HEADER = Path.of(System.getProperty("memorypool.header")).toAbsolutePath();

	@TempDir
	Path dir;

	private final CapturedRun run = new CapturedRun();
	private final Map<String, String> properties = new HashMap<>();
	private final List<GameInstall> installs = new ArrayList<>();
	private GameLayout game;
	private Path runtimePlugin;
	private Path runtimeJemalloc;

	@BeforeEach
	void gameAndRuntime() throws IOException {
		game = new GameLayout(Files.createDirectories(dir.resolve("Steam Library/Fallout New Vegas")));
		Files.writeString(game.exe(), "MZ");
		Files.writeString(game.nvseLoader(), "MZ");
		runtimePlugin = Files.write(Files.createDirectories(dir.resolve("sdk/native-plugin/Release")).resolve("MemoryPoolNVSE.dll"),
				PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll")));
		runtimeJemalloc = Files.write(Files.createDirectories(dir.resolve("sdk/native-plugin/target/dist")).resolve("jemalloc.dll"),
				PeReaderTestData.plugin(0x14C, false, List.of("msvcrt.dll")));
		properties.put(DeployCommand.PLUGIN_PROPERTY, runtimePlugin.toString());
		properties.put(DeployCommand.JEMALLOC_PROPERTY, runtimeJemalloc.toString());
	}

	private Path project(String name, boolean memoryPool) throws Exception {
		return new ProjectGenerator(HEADER, HEADER.resolveSibling("nvse_plugin.h"))
				.generate(ProjectSpec.defaults(name, Files.createDirectories(dir.resolve("workspace"))).withUseMemoryPool(memoryPool));
	}

	private int sdk(String... args) {
		run.clear();
		return run.run(new SdkCommandLine(List.of(new DeployCommand(properties::get, () -> installs))), args);
	}

	private List<String> out() {
		return run.outLines();
	}

	private String err() {
		return run.errText();
	}

	/** Every file under the fake game and mods, with its content. */
	private Map<String, String> snapshot() throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir.resolve("Steam Library"))) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				files.put(dir.relativize(p).toString(), HexFormat.of().formatHex(Files.readAllBytes(p)));
			}
		}
		return files;
	}

	@Test
	void buildsThenDeploysThePluginAndTheRuntimeItUsesAndUndoPutsItBack() throws Exception {
		Path projectDir = project("MyPlugin", true);
		Path deployed = game.pluginsFolder().resolve("MyPlugin.dll");
		assertEquals(0, sdk("deploy", projectDir.toString(), "--game", game.root().toString()), err() + out());
		List<String> lines = out();
		assertEquals("Building MyPlugin (Release)", lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("i686-w64-mingw32-g++ ") && l.contains("-shared")), lines::toString);
		assertEquals(List.of("The plugin uses MemoryPool (a source includes MemoryPool.h): its runtime is deployed too",
				"added    " + deployed, "added    " + game.memoryPoolPlugin(), "added    " + game.jemalloc(),
				"Deployed; to put back what was there before, run ./sdk deploy " + projectDir + " --undo"),
				lines.subList(lines.size() - 5, lines.size()));
		assertArrayEquals(Files.readAllBytes(projectDir.resolve("Release/MyPlugin.dll")), Files.readAllBytes(deployed));
		assertArrayEquals(Files.readAllBytes(runtimeJemalloc), Files.readAllBytes(game.jemalloc()));
		assertTrue(Files.isRegularFile(org.memorypool.sdk.core.deploy.PluginProject.journal(projectDir)));

		assertEquals(0, sdk("deploy", projectDir.toString(), "--game", game.root().toString(), "--config", "Release"));
		// As CDT's makefile does, the post-build step runs on every build; with nothing linked it leaves the DLL alone.
		assertEquals(List.of("Building MyPlugin (Release)", "Compiling the version resource",
				"i686-w64-mingw32-windres -c 65001 -O coff -o version.res.o ../src/version.rc && { cmp -s version.res.o"
						+ " version.o || cp version.res.o version.o; }",
				"Keeping the debug information in a .debug file beside the DLL",
				"if i686-w64-mingw32-objdump -h \"MyPlugin.dll\" | grep -q debug_info; then i686-w64-mingw32-objcopy"
						+ " --only-keep-debug \"MyPlugin.dll\" \"MyPlugin.dll.debug\" && i686-w64-mingw32-objcopy --strip-debug"
						+ " --add-gnu-debuglink=\"MyPlugin.dll.debug\" \"MyPlugin.dll\"; fi",
				"The plugin uses MemoryPool (a source includes MemoryPool.h): its runtime is deployed too",
				"unchanged " + deployed, "unchanged " + game.memoryPoolPlugin(), "unchanged " + game.jemalloc(),
				"Nothing to deploy: the game already has these files"), out(), "up to date: nothing built, nothing copied");

		assertEquals(0, sdk("deploy", projectDir.toString(), "--undo"), err());
		assertEquals(List.of("removed  " + game.jemalloc(), "removed  " + game.memoryPoolPlugin(), "removed  " + deployed,
				"note:    other plugins that use MemoryPool need the runtime too: deploy one of them again",
				"Undid the last deploy of " + projectDir).stream().sorted().toList(), out().stream().sorted().toList(),
				"the undo of the first deploy, which the empty one kept");
		assertEquals(Map.of("Steam Library/Fallout New Vegas/FalloutNV.exe", "4d5a",
				"Steam Library/Fallout New Vegas/nvse_loader.exe", "4d5a"), snapshot());
		assertEquals(1, sdk("deploy", projectDir.toString(), "--undo"));
		assertEquals(List.of("Not undone: there is no deploy to undo"), out());
	}

	@Test
	void aPluginWithoutMemoryPoolGoesAloneIntoItsModOrganizerMod() throws Exception {
		Path projectDir = project("PlainPlugin", false);
		Path mods = Files.createDirectories(dir.resolve("Steam Library/MO2/mods"));
		Files.delete(game.nvseLoader());
		assertEquals(0, sdk("deploy", projectDir.toString(), "--game", game.root().toString(), "--mods", mods.toString(),
				"--config", "Debug"), err());
		List<String> lines = out();
		assertEquals("warning: " + game.root() + " has no nvse_loader.exe: install xNVSE"
				+ " (https://github.com/xNVSE/NVSE/releases), or the game will not load NVSE plugins", lines.get(0));
		assertEquals("Building PlainPlugin (Debug)", lines.get(1));
		assertTrue(lines.contains("The plugin does not use MemoryPool (no source includes MemoryPool.h): only the plugin is deployed"));
		assertTrue(lines.contains("added    " + mods.resolve("PlainPlugin/NVSE/Plugins/PlainPlugin.dll")), lines::toString);
		assertFalse(Files.exists(game.jemalloc()));
		assertFalse(Files.exists(game.pluginsFolder()));
	}

	@Test
	void aCompileErrorRefusesTheDeployAfterGccsOutput() throws Exception {
		Path projectDir = project("Broken", false);
		Files.writeString(projectDir.resolve("src/main.cpp"), "int broken = ;\n", StandardOpenOption.APPEND);
		Map<String, String> before = snapshot();
		assertEquals(1, sdk("deploy", projectDir.toString(), "--game", game.root().toString()));
		List<String> lines = out();
		assertTrue(lines.stream().anyMatch(l -> l.contains("../src/main.cpp:") && l.contains(": error: ")), lines::toString);
		assertEquals("Not deployed: the build failed: i686-w64-mingw32-g++ exited with code 1 (its output is above)",
				lines.get(lines.size() - 1));
		assertEquals(before, snapshot());
		assertFalse(Files.exists(org.memorypool.sdk.core.deploy.PluginProject.journal(projectDir)));
	}

	static Stream<Arguments> refusals() {
		return Stream.of(Arguments.of("no FalloutNV.exe", List.of(), "Not deployed: {game} has no FalloutNV.exe: choose the"
				+ " Fallout: New Vegas folder, the one that holds FalloutNV.exe"),
				Arguments.of("no runtime configured", List.of(), "Not deployed: the MemoryPool runtime's files are not configured:"
						+ " run this command through ./sdk, which passes -Dmemorypool.plugin=<MemoryPoolNVSE.dll>"
						+ " -Dmemorypool.jemalloc=<jemalloc.dll>"),
				Arguments.of("not a project", List.of(), "Not deployed: {project}/.project is missing: {project} is not an"
						+ " Eclipse project: give the folder that holds .project and .cproject, or create the project in"
						+ " Eclipse (File > New > C/C++ Project)"),
				Arguments.of("missing Mod Organizer folder", List.of("--mods", "{dir}/no-mo2"),
						"Not deployed: the Mod Organizer 2 mods folder {dir}/no-mo2 does not exist"));
	}

	/** Refusals exit with 1, say why in one line and change nothing in the game. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("refusals")
	void refusalsChangeNothing(String situation, List<String> extra, String message) throws Exception {
		Path projectDir = situation.equals("not a project") ? Files.createDirectories(dir.resolve("empty"))
				: project("Refused", false);
		switch (situation) {
		case "no FalloutNV.exe" -> Files.delete(game.exe());
		case "no runtime configured" -> properties.remove(DeployCommand.JEMALLOC_PROPERTY);
		default -> {
		}
		}
		Map<String, String> before = snapshot();
		List<String> args = new ArrayList<>(List.of("deploy", projectDir.toString(), "--game", game.root().toString()));
		extra.forEach(a -> args.add(a.replace("{dir}", dir.toString())));
		assertEquals(1, sdk(args.toArray(String[]::new)), err());
		List<String> lines = out();
		assertEquals(message.replace("{game}", game.root().toString()).replace("{project}", projectDir.toString())
				.replace("{dir}", dir.toString()), lines.get(lines.size() - 1));
		assertEquals(before, snapshot());
	}

	static Stream<Arguments> usageErrors() {
		return Stream.of(Arguments.of(List.of("deploy"), "give the project folder, e.g. ./sdk deploy MyPlugin --game <game folder>"),
				Arguments.of(List.of("deploy", "{project}"), "give the game folder with --game <dir>"),
				Arguments.of(List.of("deploy", "{project}", "--game"), "--game needs a value, e.g. --game \"C:/Games/Fallout New Vegas\""),
				Arguments.of(List.of("deploy", "{project}", "--game", "a", "--game", "b"), "--game is given twice: give it once"),
				Arguments.of(List.of("deploy", "{project}", "--undo", "--config", "Debug"),
						"--undo takes only the project folder: it undoes the deploy recorded there"),
				Arguments.of(List.of("deploy", "{project}", "--force"),
						"unknown option '--force': the options are --game, --config, --mods and --undo"),
				Arguments.of(List.of("deploy", "{project}", "--game", "{dir}", "--config", "Profile"),
						"the project Usage has no configuration 'Profile': choose one of Debug, Release"),
				Arguments.of(List.of("deploy", "{project}", "--game", ""), "--game is given an empty folder (an unset"
						+ " variable?): give the folder, e.g. --game \"C:/Games/Fallout New Vegas\""),
				Arguments.of(List.of("deploy", "", "--game", "{dir}"), "the project folder is empty (an unset variable?):"
						+ " give it, e.g. . for the current folder"),
				Arguments.of(List.of("deploy", "{dir}/nowhere", "--game", "{dir}"),
						"there is no folder {dir}/nowhere: give the folder that holds the project's .project and .cproject"));
	}

	@ParameterizedTest
	@MethodSource("usageErrors")
	void usageErrorsExitWithTwo(List<String> args, String message) throws Exception {
		Path projectDir = project("Usage", false);
		String[] resolved = args.stream().map(a -> a.replace("{project}", projectDir.toString()).replace("{dir}", dir.toString()))
				.toArray(String[]::new);
		assertEquals(SdkCommandLine.EXIT_USAGE, sdk(resolved));
		assertEquals("sdk deploy: " + message.replace("{dir}", dir.toString()) + " (usage: ./sdk deploy <projectDir> --game <dir>"
				+ " [--config Release] [--mods <MO2 mods>] [--undo])", err());
		assertEquals(List.of(), out());
	}

	@Test
	void aMissingGameFolderSuggestsOneFoundOnThisMachine() throws Exception {
		Path projectDir = project("Suggest", false);
		installs.add(new GameInstall(dir.resolve("not a game"), "the FalloutNVPath environment variable"));
		installs.add(new GameInstall(game.root(), "the Steam library " + dir.resolve("Steam Library")));
		assertEquals(SdkCommandLine.EXIT_USAGE, sdk("deploy", projectDir.toString()));
		assertTrue(err().startsWith("sdk deploy: give the game folder with --game <dir>, e.g. --game \"" + game.root()
				+ "\" (found through the Steam library " + dir.resolve("Steam Library") + ") (usage: "), err());
	}
}
