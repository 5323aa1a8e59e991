package org.memorypool.sdk.core.launch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The game's processes running on this machine: those whose program or an argument is a file named
 * {@code FalloutNV.exe} (compared ignoring case, as Windows names files). On Windows that is the game itself; under
 * Wine and Proton, Wine's loader whose command line Wine rewrote to the game's Windows path
 * ({@code C:\...\FalloutNV.exe}). The SDK's own process and its ancestors never count, whatever their arguments.
 */
public final class GameProcesses {

	/** The game's program. */
	public static final String GAME_EXE = "FalloutNV.exe";

	private final Supplier<Stream<ProcessHandle>> processes;

	/** @param processes the processes to look among, e.g. {@link ProcessHandle#allProcesses()} */
	public GameProcesses(Supplier<Stream<ProcessHandle>> processes) {
		this.processes = processes;
	}

	/** This machine's. */
	public static GameProcesses ofThisMachine() {
		return new GameProcesses(ProcessHandle::allProcesses);
	}

	/** The game's processes that are alive now. */
	public List<ProcessHandle> running() {
		Set<Long> own = new HashSet<>();
		for (Optional<ProcessHandle> at = Optional.of(ProcessHandle.current()); at.isPresent(); at = at.get().parent()) {
			own.add(at.get().pid());
		}
		List<ProcessHandle> game = new ArrayList<>();
		processes.get().filter(p -> !own.contains(p.pid()) && p.isAlive() && isGame(p.info())).forEach(game::add);
		return game;
	}

	/** Whether a process's program or one of its arguments is the game's file. */
	static boolean isGame(ProcessHandle.Info info) {
		if (info.command().map(GameProcesses::namesGame).orElse(false)) {
			return true;
		}
		if (info.arguments().map(a -> Stream.of(a).anyMatch(GameProcesses::namesGame)).orElse(false)) {
			return true;
		}
		// Where the arguments cannot be read apart (Windows gives the whole line), the first word of the line.
		return info.arguments().isEmpty() && info.commandLine().map(GameProcesses::firstWordNamesGame).orElse(false);
	}

	private static boolean firstWordNamesGame(String commandLine) {
		String line = commandLine.strip();
		String first = line.startsWith("\"") && line.indexOf('"', 1) > 0 ? line.substring(1, line.indexOf('"', 1))
				: line.split("\\s+", 2)[0];
		return namesGame(first);
	}

	/** Whether a path, with / or \, names a file called FalloutNV.exe. */
	static boolean namesGame(String path) {
		String slashed = path.replace('\\', '/');
		return slashed.substring(slashed.lastIndexOf('/') + 1).equalsIgnoreCase(GAME_EXE);
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
