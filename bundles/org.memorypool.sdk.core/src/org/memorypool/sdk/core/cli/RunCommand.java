// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.CdtProjectException;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.game.ModOrganizerInstance;
import org.memorypool.sdk.core.launch.GameProcesses;
import org.memorypool.sdk.core.launch.GameSession;
import org.memorypool.sdk.core.launch.LaunchCommand;
import org.memorypool.sdk.core.launch.LaunchDetector;
import org.memorypool.sdk.core.logs.GameLogs;

/**
 * {@code ./sdk run <projectDir> --game <dir> [--mods <MO2 mods>] [--config Release] [--command "<line>"]
 * [--restart]}: builds and deploys as {@code ./sdk deploy} does, starts the game through NVSE
 * ({@link LaunchDetector}, or the command given) and prints what the launcher prints and the lines written to the
 * plugin's log, {@code nvse.log} and {@code MemoryPoolNVSE.log} until the game ends. A game already running locks the
 * plugin's DLL: without {@code --restart} that is refused, with it the game is closed first. Ctrl+C stops following;
 * the game goes on.
 */
final class RunCommand implements Command {

	static final int EXIT_NOT_RUN = 1;
	private static final Map<String, String> VALUE_OPTIONS = Map.of("--game", "\"C:/Games/Fallout New Vegas\"", "--mods",
			"\"C:/Modding/MO2/mods\"", "--config", "Release", "--command", "\"wine nvse_loader.exe\"");
	private static final String RESTART = "--restart";

	private final DeployCommand deploy;
	private final Function<GameLayout, GameProcesses> gameProcesses;
	private final LaunchDetector detector;

	RunCommand() {
		this(new DeployCommand(), GameProcesses::of, LaunchDetector.forThisMachine());
	}

	/** @param gameProcesses the processes of a game folder's game */
	RunCommand(DeployCommand deploy, Function<GameLayout, GameProcesses> gameProcesses, LaunchDetector detector) {
		this.deploy = deploy;
		this.gameProcesses = gameProcesses;
		this.detector = detector;
	}

	@Override
	public String name() {
		return "run";
	}

	@Override
	public String usage() {
		return "run <projectDir> --game <dir> [--mods <MO2 mods>] [--config Release] [--command \"<line>\"] [--restart]";
	}

	@Override
	public String summary() {
		return "build, deploy, start the game through NVSE and print the plugin's logs live until it ends";
	}

	@Override
	public List<String> details() {
		return List.of("starts nvse_loader.exe (Windows), MO2's NVSE executable (with --mods, a portable MO2), Proton or Wine;",
				"--command replaces that command line; NAME=value words before the program set variables",
				"--restart: close a running game first (it locks the plugin's DLL); Ctrl+C stops following, the game goes on",
				"exit status: 0 the game ran and ended, 1 it did not run (deploy refused, launch failed), 2 wrong arguments");
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		CommandArguments arguments = CommandArguments.parse(args, VALUE_OPTIONS, Set.of(RESTART),
				"--game, --mods, --config, --command and --restart",
				"give the project folder, e.g. ./sdk run MyPlugin --game <game folder>", "project folder");
		Path projectDir = Path.of(arguments.folder()).toAbsolutePath().normalize();
		String name;
		try {
			name = CprojectReader.read(projectDir).name();
		} catch (CdtProjectException e) {
			throw new UsageException(e.getMessage());
		}
		Path game = arguments.gameFolder();
		Optional<ModOrganizerInstance> mo2 = arguments.modOrganizer();
		GameLayout layout = new GameLayout(game);
		GameProcesses processes = gameProcesses.apply(layout);
		List<String> notes = new ArrayList<>();
		LaunchCommand command;
		try {
			command = arguments.value("--command").isPresent()
					? LaunchCommand.parse(arguments.value("--command").get(), game, "the command given with --command")
					: detector.detect(layout, mo2, notes);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--command: " + e.getMessage());
		}
		// Before the deploy: a launch that cannot start changes nothing in the game.
		Optional<String> problem = GameSession.programProblem(command);
		if (problem.isPresent()) {
			out.println("Not run: " + problem.get());
			return EXIT_NOT_RUN;
		}

		try {
			List<ProcessHandle> running = processes.running();
			if (!running.isEmpty()) {
				String which = GameProcesses.GAME_EXE + " (process " + running.get(0).pid() + ")";
				if (!arguments.has(RESTART)) {
					out.println("Not run: the game is running, " + which + ", and holds the plugin's DLL open: close it,"
							+ " or give --restart to close it first");
					return EXIT_NOT_RUN;
				}
				out.println("Closing the running game, " + which);
				List<ProcessHandle> left = GameProcesses.end(running, java.time.Duration.ofSeconds(5));
				if (!left.isEmpty()) {
					out.println("Not run: the game (process " + left.get(0).pid() + ") would not close: end it yourself");
					return EXIT_NOT_RUN;
				}
			}
			List<String> deployArguments = new ArrayList<>(List.of(projectDir.toString(), "--game", game.toString(),
					"--config", arguments.value("--config").orElse("Release")));
			arguments.value("--mods").ifPresent(m -> deployArguments.addAll(List.of("--mods", m)));
			if (deploy.run(deployArguments, out) != 0) {
				return EXIT_NOT_RUN;
			}
			notes.forEach(n -> out.println("note: " + TerminalText.escapeLine(n)));
			out.println("Starting the game: " + TerminalText.escape(command.commandLine()) + " (" + TerminalText.escape(
					command.origin()) + ")");
			GameLogs logs = GameLogs.of(layout, name, mo2.map(ModOrganizerInstance::overwrite));
			GameSession session = new GameSession(command, logs.files(), processes);
			try {
				session.start();
			} catch (IOException e) {
				out.println("Not run: " + TerminalText.escapeLine(e.getMessage()));
				return EXIT_NOT_RUN;
			}
			GameSession.Outcome outcome = session.follow(new GameSession.Listener() {
				@Override
				public void line(Path file, String text) {
					String source = file.toString().isEmpty() ? "launcher" : file.getFileName().toString();
					out.println("[" + TerminalText.escape(source) + "] " + TerminalText.escape(text));
				}

				@Override
				public void gameStarted(List<Long> processIds) {
					out.println("The game is running (process " + processIds.get(0) + ")");
				}
			}, () -> false);
			out.println(outcome.message());
			return outcome.ending() == GameSession.Ending.GAME_ENDED ? 0 : EXIT_NOT_RUN;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return EXIT_NOT_RUN;
		}
	}
}
