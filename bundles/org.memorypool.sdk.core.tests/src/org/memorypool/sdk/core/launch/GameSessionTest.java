// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of a stand-in game: a launcher script that, as nvse_loader.exe does, starts the game (a shell whose $0 is
 * the game folder's FalloutNV.exe, so it is found as the game is) and ends at once; the game writes its log and ends.
 */
class GameSessionTest {

	@TempDir
	Path dir;

	private final List<String> lines = new CopyOnWriteArrayList<>();
	private final List<List<Long>> started = new ArrayList<>();
	private final GameSession.Listener listener = new GameSession.Listener() {
		@Override
		public void line(Path file, String text) {
			lines.add((file.toString().isEmpty() ? "launcher" : file.getFileName().toString()) + ": " + text);
		}

		@Override
		public void gameStarted(List<Long> processIds) {
			started.add(processIds);
		}
	};

	@AfterEach
	void noGameLeft() throws InterruptedException {
		GameProcesses.end(games(), java.time.Duration.ofSeconds(5));
	}

	/** The stand-in game's processes: in this test's folder only, whatever else runs on the machine. */
	private List<ProcessHandle> games() {
		return processes().running();
	}

	private GameProcesses processes() {
		return new GameProcesses(dir, ProcessHandle::allProcesses);
	}

	private LaunchCommand launcher(String game) throws IOException {
		Files.writeString(dir.resolve("launcher.sh"), """
				echo "starting the game"
				sh -c '%s' "$PWD/FalloutNV.exe" "$PWD/GenPlugin.log" &
				echo "started"
				""".formatted(game));
		return new LaunchCommand(List.of("sh", "launcher.sh"), dir, Map.of(), "a test's launcher");
	}

	@Test
	void theLaunchersOutputAndTheLogsLinesComeOnceAndTheRunEndsWithTheGame() throws Exception {
		Path log = dir.resolve("GenPlugin.log");
		Files.writeString(log, "an earlier run's line\n");
		GameSession session = new GameSession(launcher(": > \"$1\"; for i in 1 2 3; do echo \"line $i\" >> \"$1\"; sleep 0.4;"
				+ " done"), List.of(log, dir.resolve("nvse.log")), processes());
		session.start();
		GameSession.Outcome outcome = session.follow(listener, () -> false);
		assertEquals(GameSession.Ending.GAME_ENDED, outcome.ending(), lines::toString);
		assertEquals("The game ended (FalloutNV.exe is no longer running)", outcome.message());
		assertEquals(List.of("launcher: starting the game", "launcher: started"),
				lines.stream().filter(l -> l.startsWith("launcher: ")).toList());
		assertEquals(List.of("GenPlugin.log: line 1", "GenPlugin.log: line 2", "GenPlugin.log: line 3"),
				lines.stream().filter(l -> l.startsWith("GenPlugin.log: ")).toList());
		assertEquals(1, started.size());
	}

	@Test
	void terminateEndsTheGameTheLauncherStarted() throws Exception {
		GameSession session = new GameSession(launcher("while :; do sleep 1; done"), List.of(), processes());
		session.start();
		Thread terminator = Thread.ofVirtual().start(() -> {
			try {
				while (started.isEmpty() && games().isEmpty()) {
					Thread.sleep(50);
				}
				assertEquals(List.of(), session.terminate());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		GameSession.Outcome outcome = session.follow(listener, () -> false);
		terminator.join();
		assertEquals(GameSession.Ending.TERMINATED, outcome.ending());
		assertEquals(List.of(), games(), "the game is gone");
	}

	@Test
	void aLauncherThatFailsEndsTheRunWithItsStatusAndOneThatIsNotThereCannotStart() throws Exception {
		Files.writeString(dir.resolve("broken.sh"), "echo 'nvse_loader: could not find FalloutNV.exe'\nexit 3\n");
		GameSession session = new GameSession(new LaunchCommand(List.of("sh", "broken.sh"), dir, Map.of(), "a test's"
				+ " launcher"), List.of(), processes());
		session.start();
		GameSession.Outcome outcome = session.follow(listener, () -> false);
		assertEquals(GameSession.Ending.NO_GAME, outcome.ending());
		assertTrue(outcome.message().startsWith("The launcher ended (exit status 3) and no FalloutNV.exe started: see its"
				+ " output above"), outcome.message());
		assertEquals(List.of("launcher: nvse_loader: could not find FalloutNV.exe"), lines);
		assertFalse(started.size() > 0);

		GameSession missing = new GameSession(new LaunchCommand(List.of(dir.resolve("nvse_loader.exe").toString()), dir,
				Map.of(), "xNVSE's loader"), List.of(), processes());
		IOException e = assertThrows(IOException.class, missing::start);
		assertTrue(e.getMessage().startsWith("cannot start " + dir.resolve("nvse_loader.exe")), e.getMessage());
		assertTrue(e.getMessage().endsWith(": check the launch command, xNVSE's loader"), e.getMessage());
	}

	@Test
	void aLauncherLineWithoutEndIsCutNotHeldWhole() throws Exception {
		// 200 MB without a line break: read whole, it would take twice that in the heap.
		Files.writeString(dir.resolve("noisy.sh"), "head -c 200000000 /dev/zero | tr '\\0' x\nexit 3\n");
		GameSession session = new GameSession(new LaunchCommand(List.of("sh", "noisy.sh"), dir, Map.of(), "a test's"
				+ " launcher"), List.of(), processes());
		session.start();
		GameSession.Outcome outcome = session.follow(listener, () -> false);
		assertEquals(GameSession.Ending.NO_GAME, outcome.ending());
		assertTrue(outcome.message().startsWith("The launcher ended (exit status 3)"), outcome.message());
		assertEquals(1, lines.size());
		assertEquals("launcher: " + "x".repeat(16 * 1024) + " ...", lines.get(0));
	}

	@Test
	void theGameIsThisFoldersFalloutNvExeAsThisSystemOrWineWritesIt() {
		GameProcesses linux = new GameProcesses(Path.of("/home/me/games/Fallout New Vegas"), java.util.stream.Stream::empty);
		assertTrue(linux.namesGame("/home/me/games/Fallout New Vegas/falloutnv.EXE"));
		assertTrue(linux.namesGame("Z:\\home\\me\\games\\Fallout New Vegas\\FalloutNV.exe"), "Wine's drive Z: is the root");
		assertFalse(linux.namesGame("/home/me/other/Fallout New Vegas/FalloutNV.exe"), "another install");
		assertFalse(linux.namesGame("/home/me/games/Fallout New Vegas/FalloutNV.exe.bak"));
		assertFalse(linux.namesGame("FalloutNV.exe"), "no folder: any install's");
		GameProcesses prefix = new GameProcesses(Path.of("/home/me/.wine/drive_c/Games/Fallout New Vegas"),
				java.util.stream.Stream::empty);
		assertTrue(prefix.namesGame("C:\\Games\\Fallout New Vegas\\FalloutNV.exe"), "a drive of the prefix");
		assertFalse(prefix.namesGame("C:\\Other Games\\Fallout New Vegas\\FalloutNV.exe"));
	}
}
