// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.CdtProjectException;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.game.ModOrganizerInstance;
import org.memorypool.sdk.core.logs.GameLogs;
import org.memorypool.sdk.core.logs.LogFollower;

/**
 * {@code ./sdk logs <projectDir> --game <dir> [--mods <MO2 mods>] [--seconds N]}: prints the lines the game writes
 * to the plugin's log, {@code nvse.log} and {@code MemoryPoolNVSE.log} while it runs ({@link GameLogs}), each once,
 * as {@code [file] line}; what the logs held before is an earlier run's and is not printed. Runs until interrupted,
 * or for N seconds.
 */
final class LogsCommand implements Command {

	/** How often the logs are read: often enough to look live, rarely enough to cost the game nothing. */
	static final Duration POLL_INTERVAL = Duration.ofMillis(250);
	private static final Map<String, String> VALUE_OPTIONS = Map.of("--game", "\"C:/Games/Fallout New Vegas\"", "--mods",
			"\"C:/Modding/MO2/mods\"", "--seconds", "60");

	@Override
	public String name() {
		return "logs";
	}

	@Override
	public String usage() {
		return "logs <projectDir> --game <dir> [--mods <MO2 mods>] [--seconds N]";
	}

	@Override
	public String summary() {
		return "follow the plugin's log, nvse.log and MemoryPoolNVSE.log live while the game runs";
	}

	@Override
	public List<String> details() {
		return List.of("prints each new line once as [file] line; runs until interrupted (Ctrl+C) or for --seconds",
				"with --mods, also follows Mod Organizer 2's overwrite folder, where a game MO2 runs writes new files");
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		CommandArguments arguments = CommandArguments.parse(args, VALUE_OPTIONS, Set.of(), "--game, --mods and --seconds",
				"give the project folder, e.g. ./sdk logs MyPlugin --game <game folder>", "project folder");
		Path projectDir = Path.of(arguments.folder()).toAbsolutePath().normalize();
		String name;
		try {
			name = CprojectReader.read(projectDir).name();
		} catch (CdtProjectException e) {
			throw new UsageException(e.getMessage());
		}
		Path game = arguments.gameFolder();
		Optional<Path> overwrite = arguments.modOrganizer().map(ModOrganizerInstance::overwrite);
		long seconds = seconds(arguments.value("--seconds"));
		GameLogs logs = GameLogs.of(new GameLayout(game), name, overwrite);
		LogFollower follower = new LogFollower(logs.files());
		out.println("Following " + String.join(", ", logs.files().stream().map(f -> TerminalText.escape(f.toString()))
				.toList()));
		out.println(seconds < 0 ? "Lines written from now on; Ctrl+C stops." : "Lines written in the next " + seconds
				+ " s.");
		long end = seconds < 0 ? Long.MAX_VALUE : System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		try {
			while (true) {
				for (LogFollower.Line line : follower.poll()) {
					out.println("[" + TerminalText.escape(line.file().getFileName().toString()) + "] "
							+ TerminalText.escape(line.text()));
				}
				if (System.nanoTime() >= end) {
					return 0;
				}
				Thread.sleep(Math.min(POLL_INTERVAL.toMillis(), Math.max(1, (end - System.nanoTime()) / 1_000_000)));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	/** The --seconds value; -1 without it. */
	static long seconds(Optional<String> value) throws UsageException {
		if (value.isEmpty()) {
			return -1;
		}
		try {
			long seconds = Long.parseLong(value.get());
			if (seconds >= 0 && seconds <= 7 * 24 * 3600) {
				return seconds;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new UsageException("--seconds takes a whole number of seconds from 0 to 604800, not '"
				+ TerminalText.escape(value.get()) + "'");
	}
}
