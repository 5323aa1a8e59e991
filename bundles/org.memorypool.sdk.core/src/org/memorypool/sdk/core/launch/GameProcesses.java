// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.memorypool.sdk.core.game.GameLayout;

/**
 * The processes of the game in one game folder, running on this machine: those whose program, or a word of whose
 * command line, is that folder's {@code FalloutNV.exe} (compared ignoring case, as Windows names files). On Windows
 * that is the game itself; under Wine and Proton, Wine's loader, whose command line Wine sets to the game's Windows
 * path ({@code C:\...\FalloutNV.exe}, {@code Z:\...} standing for Linux's root): where Linux shows it, in
 * {@code /proc/<pid>/cmdline}, the first word, which Java's process information leaves out. A game of another folder,
 * and the SDK's own process and its ancestors, never count.
 */
public final class GameProcesses {

	/** The game's program. */
	public static final String GAME_EXE = "FalloutNV.exe";
	/** A command line longer than this is not read further: Windows' own limit is 32 K characters. */
	private static final int MAX_COMMAND_LINE = 64 * 1024;

	private final Path gameFolder;
	private final Supplier<Stream<ProcessHandle>> processes;

	/**
	 * @param gameFolder the folder of the game's FalloutNV.exe
	 * @param processes  the processes to look among, e.g. {@link ProcessHandle#allProcesses()}
	 */
	public GameProcesses(Path gameFolder, Supplier<Stream<ProcessHandle>> processes) {
		this.gameFolder = gameFolder.toAbsolutePath().normalize();
		this.processes = processes;
	}

	/** The game of this folder on this machine. */
	public static GameProcesses of(GameLayout game) {
		return new GameProcesses(game.root(), ProcessHandle::allProcesses);
	}

	/** The game's processes that are alive now. */
	public List<ProcessHandle> running() {
		Set<Long> own = new HashSet<>();
		for (Optional<ProcessHandle> at = Optional.of(ProcessHandle.current()); at.isPresent(); at = at.get().parent()) {
			own.add(at.get().pid());
		}
		List<ProcessHandle> game = new ArrayList<>();
		processes.get().filter(p -> !own.contains(p.pid()) && p.isAlive() && words(p).anyMatch(this::namesGame))
				.forEach(game::add);
		return game;
	}

	/** The program and the words of a process's command line, as far as this system shows them. */
	private static Stream<String> words(ProcessHandle process) {
		ProcessHandle.Info info = process.info();
		Stream<String> known = Stream.concat(info.command().stream(), info.arguments().stream().flatMap(Stream::of));
		Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
		if (!Files.isReadable(cmdline)) {
			return known;
		}
		try (InputStream in = Files.newInputStream(cmdline)) {
			String line = new String(in.readNBytes(MAX_COMMAND_LINE), StandardCharsets.UTF_8);
			return Stream.concat(known, Stream.of(line.split("\0")));
		} catch (IOException e) {
			// The process ended meanwhile.
			return known;
		}
	}

	/**
	 * Whether a path, with / or \, names this folder's FalloutNV.exe: as a path of this system, or as Wine writes it,
	 * {@code Z:\} for the root and another drive for a folder of the prefix ({@code drive_c}), whose path ends the
	 * same way.
	 */
	boolean namesGame(String path) {
		String slashed = path.strip().replace('\\', '/');
		int slash = slashed.lastIndexOf('/');
		if (slash < 0 || !slashed.substring(slash + 1).equalsIgnoreCase(GAME_EXE)) {
			return false;
		}
		String folder = slashed.substring(0, slash);
		String ours = gameFolder.toString().replace('\\', '/');
		if (folder.length() >= 2 && folder.charAt(1) == ':' && Character.isLetter(folder.charAt(0))
				&& !ours.matches("(?i)[a-z]:.*")) {
			String rest = folder.substring(2);
			if (Character.toLowerCase(folder.charAt(0)) == 'z') {
				return same(rest.isEmpty() ? "/" : rest, ours);
			}
			return !rest.isEmpty() && ours.toLowerCase(Locale.ROOT).endsWith(rest.toLowerCase(Locale.ROOT));
		}
		return same(folder, ours);
	}

	private static boolean same(String folder, String ours) {
		try {
			return Path.of(folder).toAbsolutePath().normalize().toString().replace('\\', '/').equalsIgnoreCase(ours);
		} catch (InvalidPathException e) {
			return false;
		}
	}

	/**
	 * Ends the processes: asks each to end, then, after {@code grace}, ends those still alive forcibly; waits at most
	 * as long again for them to be gone.
	 *
	 * @return the processes still alive afterwards (none, normally)
	 */
	public static List<ProcessHandle> end(List<ProcessHandle> processes, Duration grace) throws InterruptedException {
		processes.forEach(ProcessHandle::destroy);
		List<ProcessHandle> left = waitFor(processes, grace);
		left.forEach(ProcessHandle::destroyForcibly);
		return waitFor(left, grace);
	}

	private static List<ProcessHandle> waitFor(List<ProcessHandle> processes, Duration limit) throws InterruptedException {
		long end = System.nanoTime() + limit.toNanos();
		List<ProcessHandle> alive = new ArrayList<>();
		for (ProcessHandle process : processes) {
			CompletableFuture<ProcessHandle> exit = process.onExit();
			try {
				exit.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
			} catch (TimeoutException | ExecutionException e) {
				if (process.isAlive()) {
					alive.add(process);
				}
			}
		}
		return alive;
	}
}
