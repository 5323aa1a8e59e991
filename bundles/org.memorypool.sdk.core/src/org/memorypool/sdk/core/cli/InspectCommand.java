// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.loadability.Finding;
import org.memorypool.sdk.core.loadability.Loadability;
import org.memorypool.sdk.core.loadability.LoadabilityCheck;
import org.memorypool.sdk.core.loadability.Verdict;
import org.memorypool.sdk.core.pe.PeExport;
import org.memorypool.sdk.core.pe.PeFormatException;
import org.memorypool.sdk.core.pe.PeImage;
import org.memorypool.sdk.core.pe.PeReader;
import org.memorypool.sdk.core.pe.PeVersion;

/**
 * {@code ./sdk inspect <file> [--game DIR]}: what a DLL is built for, what it exports and imports, and the game's
 * verdict on it, which is also the exit status ({@link Verdict#exitStatus()}; 1 when the file cannot be read), so
 * that scripts and CI can use it as a gate.
 */
final class InspectCommand implements Command {

	/** The file could not be read at all. */
	static final int EXIT_UNREADABLE = 1;
	private static final String GAME = "--game";

	@Override
	public String name() {
		return "inspect";
	}

	@Override
	public String usage() {
		return "inspect <file.dll> [--game <dir>]";
	}

	@Override
	public String summary() {
		return "print a DLL's machine, exports and imports, and whether the game can load it";
	}

	@Override
	public List<String> details() {
		return List.of("--game: DLLs next to FalloutNV.exe in that folder count as present",
				"exit status: 0 an NVSE plugin the game can load, 3 a DLL the game can load but not an NVSE plugin,",
				"4 the game cannot load it, 1 the file cannot be read, 2 wrong arguments");
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		CommandArguments arguments = CommandArguments.parse(args, Map.of(GAME, "\"C:/Games/Fallout New Vegas\""), Set.of(),
				GAME, "give the DLL to inspect, e.g. ./sdk inspect Release/MyPlugin.dll", "file");
		Path file = Path.of(arguments.folder());
		LoadabilityCheck check = LoadabilityCheck.forPlayers();
		if (arguments.value(GAME).isPresent()) {
			Path game = Path.of(arguments.value(GAME).get()).toAbsolutePath().normalize();
			if (!Files.isDirectory(game)) {
				throw new UsageException("there is no game folder " + game + ": give the folder that holds FalloutNV.exe");
			}
			check = check.inGameFolder(game);
		}
		Loadability loadability;
		try {
			loadability = check.check(file);
		} catch (NoSuchFileException e) {
			out.println(TerminalText.escape(file.toString()) + ": no such file");
			return EXIT_UNREADABLE;
		} catch (AccessDeniedException e) {
			out.println("Cannot read " + TerminalText.escape(file.toString()) + ": permission denied");
			return EXIT_UNREADABLE;
		} catch (IOException e) {
			out.println("Cannot read " + TerminalText.escape(file.toString()) + ": " + TerminalText.escape(String.valueOf(e.getMessage())));
			return EXIT_UNREADABLE;
		}
		out.println(TerminalText.escape(file.toString()));
		loadability.image().ifPresent(image -> describe(image, file, out));
		for (Finding finding : loadability.findings()) {
			out.println(finding.severity().name().toLowerCase(Locale.ROOT) + ": " + loadability.fileName() + " " + finding.line());
		}
		Verdict verdict = loadability.verdict();
		out.println("verdict: " + verdict.description() + " (exit status " + verdict.exitStatus() + ")");
		return verdict.exitStatus();
	}

	private static void describe(PeImage image, Path file, PrintStream out) {
		out.println("  format:  " + image.formatName());
		out.println("  machine: " + image.machineName());
		out.println("  version: " + fileVersion(file));
		out.println("  exports: " + image.exports().size());
		image.exports().forEach(e -> out.println("    " + describe(e)));
		list(out, "imports", image.imports());
		if (!image.delayImports().isEmpty()) {
			list(out, "delay-loaded imports", image.delayImports());
		}
	}

	/**
	 * The version resource's file version (Explorer > Properties > Details), e.g. {@code 1.2.0.0}, or why there is none:
	 * the SDK's projects get one from PluginVersion.h at every build.
	 */
	private static String fileVersion(Path file) {
		try {
			return PeReader.fileVersion(PeReader.load(file), file.getFileName().toString()).map(PeVersion::toString)
					.orElse("none (the DLL has no version resource)");
		} catch (PeFormatException | IOException e) {
			return "unreadable (" + TerminalText.escape(String.valueOf(e.getMessage())) + ")";
		}
	}

	private static String describe(PeExport export) {
		String name = export.name().map(TerminalText::escape).orElse("ordinal " + export.ordinal() + " (no name)");
		return name + export.forwarder().map(f -> " -> " + TerminalText.escape(f)).orElse("");
	}

	private static void list(PrintStream out, String title, List<String> names) {
		out.println("  " + title + ": " + names.size());
		names.forEach(n -> out.println("    " + TerminalText.escape(n)));
	}
}
