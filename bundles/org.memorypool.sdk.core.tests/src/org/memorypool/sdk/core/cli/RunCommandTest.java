// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.HostOs;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.launch.GameProcesses;
import org.memorypool.sdk.core.launch.LaunchDetector;
import org.memorypool.sdk.core.pe.PeReaderTestData;
import org.memorypool.sdk.core.project.ProjectGenerator;
import org.memorypool.sdk.core.project.ProjectSpec;

/**
 * {@code ./sdk run} on a generated plugin, built for real, into a fake game whose "launcher" (given with --command,
 * as a user may) starts a stand-in game: a shell whose $0 is the game folder's FalloutNV.exe, which writes the
 * plugin's log as the plugin would and ends.
 */
class RunCommandTest {

	private static final Path HEADER = Path.of(System.getProperty("memorypool.header")).toAbsolutePath();

	@TempDir
	Path dir;

	private final CapturedRun run = new CapturedRun();
	private final Map<String, String> properties = new HashMap<>();
	private GameLayout game;

	@BeforeEach
	void gameAndRuntime() throws IOException {
		game = new GameLayout(Files.createDirectories(dir.resolve("Fallout New Vegas")));
		Files.writeString(game.exe(), "MZ");
		Files.writeString(game.nvseLoader(), "MZ");
		properties.put(DeployCommand.PLUGIN_PROPERTY, Files.write(dir.resolve("MemoryPoolNVSE.dll"),
				PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll"))).toString());
		properties.put(DeployCommand.JEMALLOC_PROPERTY, Files.write(dir.resolve("jemalloc.dll"),
				PeReaderTestData.plugin(0x14C, false, List.of("msvcrt.dll"))).toString());
		Files.writeString(game.root().resolve("launcher.sh"), """
				echo "nvse_loader: starting FalloutNV.exe"
				sh -c 'sleep 0.5; for i in 1 2; do echo "GenRun: frame $i" >> GenRun.log; sleep 0.3; done; sleep "$1"' \\
				    "$PWD/FalloutNV.exe" "${GAME_SECONDS:-0}" &
				""");
	}

	@AfterEach
	void noGameLeft() throws InterruptedException {
		GameProcesses.end(games(), Duration.ofSeconds(5));
	}

	private List<ProcessHandle> games() {
		return GameProcesses.of(game).running();
	}

	private int sdk(String... args) {
		run.clear();
		RunCommand command = new RunCommand(new DeployCommand(properties::get, List::of), GameProcesses::of,
				new LaunchDetector(HostOs.current()));
		return run.run(new SdkCommandLine(List.of(command)), args);
	}

	private Path project() throws Exception {
		return new ProjectGenerator(HEADER, HEADER.resolveSibling("nvse_plugin.h"))
				.generate(ProjectSpec.defaults("GenRun", Files.createDirectories(dir.resolve("workspace"))));
	}

	@Test
	void buildsDeploysStartsTheGameAndPrintsItsLogUntilItEnds() throws Exception {
		Path project = project();
		Files.writeString(game.pluginLog("GenRun"), "GenRun: an earlier run\n");
		assertEquals(0, sdk("run", project.toString(), "--game", game.root().toString(), "--command", "sh launcher.sh"),
				run.outLines() + run.errText());
		List<String> out = run.outLines();
		assertTrue(Files.isRegularFile(game.pluginsFolder().resolve("GenRun.dll")), "deployed");
		int start = out.indexOf("Starting the game: sh launcher.sh (the command given with --command)");
		assertTrue(start > 0, out::toString);
		assertEquals(List.of("[launcher] nvse_loader: starting FalloutNV.exe", "[GenRun.log] GenRun: frame 1",
				"[GenRun.log] GenRun: frame 2", "The game ended (FalloutNV.exe is no longer running)"),
				out.subList(start + 1, out.size()).stream().filter(l -> !l.startsWith("The game is running")).toList());
		assertTrue(out.stream().anyMatch(l -> l.startsWith("The game is running (process ")), out::toString);
	}

	@Test
	void aRunningGameHoldsTheDllSoItIsRefusedUnlessRestartClosesItFirst() throws Exception {
		Path project = project();
		Process running = new ProcessBuilder("sh", "-c", "sleep 60", game.exe().toString()).start();
		try {
			assertEquals(1, sdk("run", project.toString(), "--game", game.root().toString(), "--command", "sh launcher.sh"));
			assertEquals(List.of("Not run: the game is running, FalloutNV.exe (process " + running.pid() + "), and holds the"
					+ " plugin's DLL open: close it, or give --restart to close it first"), run.outLines());
			assertTrue(Files.notExists(game.pluginsFolder().resolve("GenRun.dll")), "nothing deployed");

			assertEquals(0, sdk("run", project.toString(), "--game", game.root().toString(), "--command", "sh launcher.sh",
					"--restart"), run.outLines().toString());
			assertEquals("Closing the running game, FalloutNV.exe (process " + running.pid() + ")", run.outLines().get(0));
			assertTrue(!running.isAlive(), "the old game was closed");
		} finally {
			running.destroyForcibly();
		}
	}

	@Test
	void aLaunchCommandThatCannotStartIsOneLineAndNothingIsDeployed() throws Exception {
		Path project = project();
		assertEquals(1, sdk("run", project.toString(), "--game", game.root().toString(), "--command",
				"\"" + dir.resolve("no such loader.exe") + "\" -x"));
		assertEquals(List.of("Not run: cannot start " + dir.resolve("no such loader.exe") + " (no such program, or not"
				+ " executable): check the launch command, the command given with --command"), run.outLines());
		assertFalse(Files.exists(game.pluginsFolder().resolve("GenRun.dll")), "not deployed");
		assertFalse(Files.exists(project.resolve("Release")), "not even built");
		assertEquals(2, sdk("run", project.toString(), "--game", game.root().toString(), "--command", "\"unclosed"));
		assertTrue(run.errText().contains("--command: the command line has a \" that is not closed: close it"), run.errText());
	}

	@Test
	void aProgramNamedWithoutAFolderIsFoundInTheGameFolder() throws Exception {
		Path start = Files.writeString(game.root().resolve("start-game"), "#!/bin/sh\nexec sh launcher.sh\n");
		start.toFile().setExecutable(true);
		assertEquals(0, sdk("run", project().toString(), "--game", game.root().toString(), "--command", "start-game"),
				() -> String.join("\n", run.outLines()));
		assertTrue(run.outLines().contains("[GenRun.log] GenRun: frame 2"), run.outLines()::toString);
	}
}
