// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.game.ModOrganizerInstance;
import org.memorypool.sdk.core.monitor.HeapMonitor;
import org.memorypool.sdk.core.monitor.HeapSample;

/**
 * {@code ./sdk monitor --game <dir> [--mods <MO2 mods>] [--seconds N] [--csv <file>]}: prints the MemoryPool
 * runtime's heap statistics as the running game publishes them, one line a second ({@link HeapMonitor}); with
 * {@code --csv} also writes them to a CSV file as they come. Runs until interrupted, or for N seconds.
 */
final class MonitorCommand implements Command {

	/** Twice as often as the runtime writes: a sample shows within half a second. */
	static final Duration POLL_INTERVAL = Duration.ofMillis(500);
	private static final Map<String, String> VALUE_OPTIONS = Map.of("--game", "\"C:/Games/Fallout New Vegas\"", "--mods",
			"\"C:/Modding/MO2/mods\"", "--seconds", "60", "--csv", "heap.csv");

	@Override
	public String name() {
		return "monitor";
	}

	@Override
	public String usage() {
		return "monitor --game <dir> [--mods <MO2 mods>] [--seconds N] [--csv <file>]";
	}

	@Override
	public String summary() {
		return "print the MemoryPool heap's statistics live while the game runs, one line a second";
	}

	@Override
	public List<String> details() {
		return List.of("reads MemoryPoolNVSE.stats, which the runtime rewrites at each run and appends to every second",
				"--csv: also write each sample to that file (created or replaced), with a header line");
	}

	/** The same name, or the same file under another name (a link). */
	private static boolean sameFile(Path stats, Path csv) {
		if (stats.toAbsolutePath().normalize().equals(csv)) {
			return true;
		}
		try {
			return Files.exists(stats) && Files.exists(csv) && Files.isSameFile(stats, csv);
		} catch (IOException e) {
			return false;
		}
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		CommandArguments arguments = CommandArguments.parse(args, VALUE_OPTIONS, Set.of(), "--game, --mods, --seconds and --csv",
				"", null);
		Path game = arguments.gameFolder();
		Optional<Path> overwrite = arguments.modOrganizer().map(ModOrganizerInstance::overwrite);
		long seconds = LogsCommand.seconds(arguments.value("--seconds"));
		Optional<Path> csv;
		try {
			if (arguments.value("--csv").filter(String::isBlank).isPresent()) {
				throw new UsageException("--csv: give the file to write, e.g. --csv heap.csv");
			}
			csv = arguments.value("--csv").map(f -> Path.of(f).toAbsolutePath().normalize());
		} catch (InvalidPathException e) {
			throw new UsageException("--csv: '" + TerminalText.escape(e.getInput()) + "' is not a file name on this system");
		}
		GameLayout layout = new GameLayout(game);
		List<Path> files = HeapMonitor.files(layout, overwrite);
		if (csv.isPresent() && files.stream().anyMatch(f -> sameFile(f, csv.get()))) {
			throw new UsageException("--csv: " + TerminalText.escape(csv.get().toString()) + " is the statistics file the"
					+ " monitor reads: choose another file");
		}
		HeapMonitor monitor = new HeapMonitor(files);
		// The CSV file is opened first: a place it cannot be written is said before anything is followed.
		try (Writer writer = csv.isPresent() ? Files.newBufferedWriter(csv.get(), StandardCharsets.UTF_8) : Writer.nullWriter()) {
			return follow(monitor, files, layout, overwrite.isEmpty(), seconds, writer, out);
		} catch (IOException e) {
			out.println("Cannot write " + TerminalText.escape(csv.map(Path::toString).orElse("the CSV file")) + ": "
					+ TerminalText.escape(reason(e)));
			return 1;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	/** What went wrong with the CSV file, in words: Java's exceptions often give only the path. */
	private static String reason(IOException e) {
		if (e instanceof NoSuchFileException) {
			return "its folder does not exist: create it, or choose another file";
		}
		if (e instanceof AccessDeniedException) {
			return "not allowed to write there: choose a folder you can write to";
		}
		if (e instanceof FileSystemException f && f.getReason() != null) {
			return f.getReason();
		}
		return String.valueOf(e.getMessage());
	}

	private static int follow(HeapMonitor monitor, List<Path> files, GameLayout layout, boolean noModOrganizer,
			long seconds, Writer writer, PrintStream out) throws IOException, InterruptedException {
		out.println("Following " + String.join(", ", files.stream().map(f -> TerminalText.escape(f.toString())).toList()));
		if (noModOrganizer && !Files.isRegularFile(layout.memoryPoolPlugin())) {
			out.println("note: no MemoryPoolNVSE.dll in " + TerminalText.escape(layout.pluginsFolder().toString())
					+ ": the statistics come from the MemoryPool runtime, which deploying a plugin that uses MemoryPool puts there");
		}
		out.println(seconds < 0 ? "Samples from now on; Ctrl+C stops." : "Samples of the next " + seconds + " s.");
		long end = seconds < 0 ? Long.MAX_VALUE : System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		writer.write(HeapSample.HEADER + "\n");
		writer.flush();
		boolean seen = false;
		while (true) {
			for (HeapMonitor.Fresh fresh : monitor.pollRuns()) {
				HeapSample sample = fresh.sample();
				if (fresh.startsRun() && seen) {
					out.println("-- the game started again --");
				}
				seen = true;
				out.println(sample.describe());
				writer.write(sample.csv() + "\n");
			}
			writer.flush();
			if (System.nanoTime() >= end) {
				return 0;
			}
			Thread.sleep(Math.min(POLL_INTERVAL.toMillis(), Math.max(1, (end - System.nanoTime()) / 1_000_000)));
		}
	}
}
