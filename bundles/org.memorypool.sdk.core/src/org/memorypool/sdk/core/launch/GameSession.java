// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.launch;

import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.memorypool.sdk.core.logs.LogFollower;

/**
 * One run of the game: starts the launch command, then, until the game has ended, hands on what the launcher prints
 * and every line written to the game's logs ({@link LogFollower}: each once, none of an earlier run's), and watches
 * the game's processes ({@link GameProcesses}), which outlive a launcher such as {@code nvse_loader.exe}.
 * <p>
 * The run has ended when the launcher has ended and then no game process runs: the game was seen and is gone, or
 * none appeared within {@link #GAME_START} of the launcher's end (or the launcher failed). {@link #terminate} ends
 * the launcher and the game. One thread calls {@link #follow}; any thread may call {@link #terminate}.
 */
public final class GameSession {

	/** How often logs and processes are looked at: often enough to look live, rarely enough to cost the game nothing. */
	public static final Duration POLL_INTERVAL = Duration.ofMillis(250);
	/** How long the game may take to appear once its launcher has ended. */
	static final Duration GAME_START = Duration.ofSeconds(30);
	/** How long the rest of an ended launcher's output may take to be read. */
	private static final Duration READER_GRACE = Duration.ofSeconds(2);
	/** How long the launcher and the game get to end when asked, before they are ended forcibly. */
	static final Duration END_GRACE = Duration.ofSeconds(5);
	/** Launcher lines kept for the next poll at most; a launcher printing faster loses lines, counted. */
	private static final int MAX_PENDING = 10_000;
	private static final int MAX_LINE = 16 * 1024;
	/** util-linux's setsid, on Linux: starts a program in a new session, away from the terminal's signals. */
	private static final Path SETSID = Path.of("/usr/bin/setsid");

	/** What a run reports; called on the thread that calls {@link #follow}. */
	public interface Listener {
		/** A line of the launcher's output ({@code file} empty) or of a log ({@code file} its path). */
		void line(Path file, String text);

		/** The game's processes appeared: their ids. */
		void gameStarted(List<Long> processIds);
	}

	/** How a run ended. */
	public enum Ending {
		/** The game ran and ended. */
		GAME_ENDED,
		/** The launcher ended and no game appeared: it failed, or started something else. */
		NO_GAME,
		/** {@link #terminate} ended it. */
		TERMINATED
	}

	/**
	 * @param ending  how it ended
	 * @param message one line for the user, e.g. "The game ended (its processes are gone)"
	 */
	public record Outcome(Ending ending, String message) {
	}

	private final LaunchCommand command;
	private final LogFollower logs;
	private final GameProcesses processes;
	private final ConcurrentLinkedQueue<String> launcherLines = new ConcurrentLinkedQueue<>();
	private final AtomicInteger pending = new AtomicInteger();
	private final AtomicInteger dropped = new AtomicInteger();
	private volatile boolean terminated;
	private Process launcher;
	private Thread launcherReader;

	/**
	 * @param logs the logs to follow; what they hold now is an earlier run's and is not handed on
	 */
	public GameSession(LaunchCommand command, List<Path> logs, GameProcesses processes) {
		this.command = command;
		this.logs = new LogFollower(logs);
		this.processes = processes;
	}

	/**
	 * Starts the launcher.
	 *
	 * @throws IOException when its program cannot be started, with a message that says which and what to do
	 */
	public void start() throws IOException {
		// Lines of earlier runs are skipped from here on, before the game can write.
		logs.poll();
		List<String> arguments = new ArrayList<>(command.arguments());
		arguments.set(0, resolve(arguments.get(0), command.environmentFor(System.getenv()), command.directory()));
		// In a session of its own: Ctrl+C in the terminal that follows the game reaches the SDK, not the game.
		if (Files.isExecutable(SETSID)) {
			// setsid itself would start and then fail: the program is checked here, to say so as starting it would.
			Optional<String> problem = programProblem(command);
			if (problem.isPresent()) {
				throw new IOException(problem.get());
			}
			arguments.add(0, SETSID.toString());
		}
		ProcessBuilder builder = new ProcessBuilder(arguments).directory(command.directory().toFile()).redirectErrorStream(true);
		builder.environment().putAll(command.environment());
		try {
			launcher = builder.start();
		} catch (IOException e) {
			throw new IOException("cannot start " + command.arguments().get(0) + " (" + e.getMessage() + "): check the"
					+ " launch command, " + command.origin(), e);
		}
		launcher.getOutputStream().close();
		launcherReader = Thread.ofVirtual().start(this::readLauncher);
	}

	/**
	 * Why the command's program cannot be started, e.g. {@code cannot start wine (no such program, or not executable):
	 * check the launch command, <origin>}; empty when it can. Asked before anything is built or deployed for the launch.
	 */
	public static Optional<String> programProblem(LaunchCommand command) {
		String program = resolve(command.arguments().get(0), command.environmentFor(System.getenv()), command.directory());
		try {
			Path path = Path.of(program);
			if (Files.isRegularFile(path) && Files.isExecutable(path)) {
				return Optional.empty();
			}
		} catch (InvalidPathException e) {
			// Said below, as for a missing program.
		}
		return Optional.of("cannot start " + command.arguments().get(0) + " (no such program, or not executable): check"
				+ " the launch command, " + command.origin());
	}

	/**
	 * A program named without a folder is looked up on the launch's PATH, as a shell would, then in the launch's folder
	 * (the game's, where {@code nvse_loader.exe} lies); one with a folder counts from the launch's folder.
	 */
	private static String resolve(String program, Map<String, String> environment, Path directory) {
		if (program.contains("/") || program.contains("\\")) {
			return directory.resolve(program).toString();
		}
		for (String folder : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
			try {
				Path candidate = Path.of(folder.isEmpty() ? "." : folder, program);
				if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
					return candidate.toString();
				}
			} catch (InvalidPathException e) {
				// Not a folder on this system.
			}
		}
		try {
			Path inFolder = directory.resolve(program);
			if (Files.isRegularFile(inFolder)) {
				return inFolder.toString();
			}
		} catch (InvalidPathException e) {
			// Not a file name on this system: started as given, which fails and says so.
		}
		return program;
	}

	/** Reads the launcher's output in lines of at most {@link #MAX_LINE} characters: a line without end costs no more. */
	private void readLauncher() {
		try (Reader in = new InputStreamReader(launcher.getInputStream(), Charset.defaultCharset())) {
			StringBuilder line = new StringBuilder();
			boolean cut = false;
			char[] buffer = new char[8192];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				for (int i = 0; i < n; i++) {
					char c = buffer[i];
					if (c == '\n') {
						deliver(line, cut);
						line.setLength(0);
						cut = false;
					} else if (line.length() < MAX_LINE) {
						line.append(c);
					} else {
						cut = true;
					}
				}
			}
			if (!line.isEmpty() || cut) {
				deliver(line, cut);
			}
		} catch (IOException e) {
			// The launcher ended or was ended: its output ends here.
		}
	}

	private void deliver(StringBuilder line, boolean cut) {
		int length = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
		if (pending.incrementAndGet() > MAX_PENDING) {
			pending.decrementAndGet();
			dropped.incrementAndGet();
			return;
		}
		launcherLines.add(line.substring(0, length) + (cut ? " ..." : ""));
	}

	/**
	 * Hands on lines until the run has ended.
	 *
	 * @param canceled asked at every poll: when it says so, following stops and the game keeps running
	 * @return how the run ended; {@code null} when {@code canceled} stopped the following
	 */
	public Outcome follow(Listener listener, BooleanSupplier canceled) throws InterruptedException {
		boolean seen = false;
		long launcherEnded = -1;
		while (true) {
			// The game is announced before the lines it wrote since the last poll.
			List<ProcessHandle> game = processes.running();
			if (!game.isEmpty() && !seen) {
				seen = true;
				listener.gameStarted(game.stream().map(ProcessHandle::pid).toList());
			}
			hand(listener);
			if (terminated) {
				hand(listener);
				return new Outcome(Ending.TERMINATED, "Terminated: the launcher and the game were ended");
			}
			if (!launcher.isAlive() && launcherEnded < 0) {
				launcherEnded = System.nanoTime();
			}
			if (launcherEnded >= 0 && game.isEmpty()) {
				int exit = launcher.exitValue();
				if (seen) {
					handRest(listener);
					return new Outcome(Ending.GAME_ENDED, "The game ended (" + GameProcesses.GAME_EXE + " is no longer running)");
				}
				if (exit != 0 || System.nanoTime() - launcherEnded > GAME_START.toNanos()) {
					handRest(listener);
					return new Outcome(Ending.NO_GAME, "The launcher ended (exit status " + exit + ") and no "
							+ GameProcesses.GAME_EXE + " started" + (exit != 0 ? "" : " within " + GAME_START.toSeconds()
									+ " s") + ": see its output above, and check the launch command (" + command.origin() + ")");
				}
			}
			if (canceled.getAsBoolean()) {
				hand(listener);
				return null;
			}
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
	}

	/** The last lines: what the ended launcher printed may still be in the pipe, read to its end first. */
	private void handRest(Listener listener) throws InterruptedException {
		launcherReader.join(READER_GRACE.toMillis());
		hand(listener);
	}

	private void hand(Listener listener) {
		for (String line = launcherLines.poll(); line != null; line = launcherLines.poll()) {
			pending.decrementAndGet();
			listener.line(Path.of(""), line);
		}
		int lost = dropped.getAndSet(0);
		if (lost > 0) {
			listener.line(Path.of(""), "(" + lost + " lines of the launcher's output not shown: it printed faster than they are read)");
		}
		for (LogFollower.Line line : logs.poll()) {
			listener.line(line.file(), line.text());
		}
	}

	/**
	 * Ends the launcher (with what it started) and the game's processes: asked first, forcibly after
	 * {@link #END_GRACE}.
	 *
	 * @return the processes that would not end (none, normally)
	 */
	public List<ProcessHandle> terminate() throws InterruptedException {
		terminated = true;
		List<ProcessHandle> targets = new ArrayList<>();
		if (launcher != null) {
			launcher.descendants().forEach(targets::add);
			targets.add(launcher.toHandle());
		}
		targets.addAll(processes.running());
		return GameProcesses.end(targets.stream().distinct().toList(), END_GRACE);
	}
}
