// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.loadability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.loadability.Finding.Problem;
import org.memorypool.sdk.core.loadability.Finding.Severity;
import org.memorypool.sdk.core.loadability.PlayerDlls.Source;
import org.memorypool.sdk.core.pe.PeCode;
import org.memorypool.sdk.core.pe.PeExport;
import org.memorypool.sdk.core.pe.PeFormatException;
import org.memorypool.sdk.core.pe.PeImage;
import org.memorypool.sdk.core.pe.PeReader;
import org.memorypool.sdk.core.pe.PeVersion;

/**
 * Decides whether Fallout: New Vegas, through xNVSE, can load a file as a plugin on a player's machine, as Windows'
 * loader and xNVSE would: a PE32 i386 DLL, named {@code *.dll}, exporting {@code NVSEPlugin_Query} and
 * {@code NVSEPlugin_Load} under exactly those names, importing only DLLs that players have ({@link PlayerDlls}).
 * {@code ./sdk inspect}, {@code ./sdk deploy}, the IDE's Deploy to Game and the end of every build use it.
 * Each finding names the change that removes it.
 */
public final class LoadabilityCheck {

	/** How much of an entry point's code to decode: compiled entry points return well within it. */
	private static final int CODE_BYTES = 16 * 1024;
	/** How deep the check follows DLLs of the game folder that import each other. */
	private static final int MAX_DEPENDENCY_DEPTH = 8;
	private static final String ERROR_126 = "Windows refuses to load the plugin (error 126, \"The specified module could not be found\")";

	/** A game folder holds tens of files next to the EXE; one with more is indexed this far. */
	private static final int MAX_GAME_FOLDER_ENTRIES = 10_000;

	private final PlayerDlls playerDlls;
	private final Optional<Path> gameFolder;
	/** The game folder's files by lower-case name, listed once for every lookup (a listing per import was cubic). */
	private Map<String, Path> gameFolderFiles;
	/** What {@link #whyNotLoadable} found for each game-folder DLL, by lower-case name: each is read once per check. */
	private final Map<String, Optional<String>> gameFolderVerdicts = new HashMap<>();

	private LoadabilityCheck(PlayerDlls playerDlls, Optional<Path> gameFolder) {
		this.playerDlls = playerDlls;
		this.gameFolder = gameFolder;
	}

	/** The check for any player's machine: only DLLs of Windows, the game and xNVSE count as present. */
	public static LoadabilityCheck forPlayers() {
		return new LoadabilityCheck(PlayerDlls.standard(), Optional.empty());
	}

	/**
	 * The check for a game folder: DLLs next to {@code FalloutNV.exe} in {@code gameFolder} count as present too
	 * (Windows looks there first), with a warning that players need them as well.
	 */
	public LoadabilityCheck inGameFolder(Path gameFolder) {
		return new LoadabilityCheck(playerDlls, Optional.of(gameFolder));
	}

	/**
	 * Checks the file at {@code file}; its name is the name it would have in {@code Data/NVSE/Plugins}.
	 *
	 * @throws IOException when the file cannot be read (missing, a folder, no permission); a file that is read but is
	 *                     no Windows DLL is a verdict, not an exception
	 */
	public Loadability check(Path file) throws IOException {
		String fileName = TerminalText.escape(file.getFileName() == null ? file.toString() : file.getFileName().toString());
		List<Finding> findings = new ArrayList<>();
		checkName(fileName, findings);
		byte[] bytes;
		PeImage image;
		try {
			bytes = PeReader.load(file);
			image = PeReader.read(bytes, file.toString());
		} catch (PeFormatException e) {
			findings.add(startsWithMz(file)
					? new Finding(Severity.ERROR, Problem.CORRUPT_IMAGE, "is " + TerminalText.escape(reasonOf(e, fileName)),
							new Fix.None("rebuild it, or copy or download it again: the file is damaged or cut short"))
					: new Finding(Severity.ERROR, Problem.NOT_A_WINDOWS_IMAGE,
							"is " + TerminalText.escape(reasonOf(e, fileName)), new Fix.UseI686Toolchain()));
			return new Loadability(fileName, Optional.empty(), findings, Optional.empty());
		}
		checkImage(image, findings);
		checkEntryPoints(image, findings);
		checkEntryPointCode(image, bytes, fileName, findings);
		checkForwardedEntryPoints(image, findings);
		checkImports(image.imports(), false, findings);
		checkImports(image.delayImports(), true, findings);
		return new Loadability(fileName, Optional.of(image), findings, fileVersion(bytes, file));
	}

	/** The version resource of an image already read; a damaged one counts as none (the verdict does not need it). */
	private static Optional<PeVersion> fileVersion(byte[] bytes, Path file) {
		try {
			return PeReader.fileVersion(bytes, file.toString());
		} catch (PeFormatException e) {
			return Optional.empty();
		}
	}

	private static void checkName(String fileName, List<Finding> findings) {
		if (fileName.toLowerCase(Locale.ROOT).endsWith(".dll")) {
			return;
		}
		int dot = fileName.lastIndexOf('.');
		String base = dot > 0 ? fileName.substring(0, dot) : fileName;
		String extension = dot > 0 ? fileName.substring(dot + 1) : "";
		// CDT's Linux shared-library output type adds "lib" for .so artifacts; plugins are named for the mod.
		if (base.startsWith("lib") && base.length() > 3 && extension.equals("so")) {
			base = base.substring(3);
		}
		if (base.toLowerCase(Locale.ROOT).endsWith(".dll")) {
			base = base.substring(0, base.length() - 4);
		}
		findings.add(new Finding(Severity.ERROR, Problem.FILE_NAME, "is named " + TerminalText.escape(fileName)
				+ ": xNVSE loads only *.dll files from Data/NVSE/Plugins and never sees it",
				new Fix.NameAsDll(TerminalText.escape(base) + ".dll")));
	}

	private static void checkImage(PeImage image, List<Finding> findings) {
		if (!image.isPe32I386()) {
			findings.add(new Finding(Severity.ERROR, Problem.WRONG_MACHINE, "is a " + image.formatName() + " for "
					+ image.machineName() + ": Fallout: New Vegas is a 32-bit (i386) process and Windows refuses it"
					+ " (error 193, \"not a valid Win32 application\")", new Fix.UseI686Toolchain()));
		}
		if ((image.characteristics() & PeImage.IMAGE_FILE_EXECUTABLE_IMAGE) == 0) {
			findings.add(new Finding(Severity.ERROR, Problem.CORRUPT_IMAGE, "is not marked executable"
					+ " (IMAGE_FILE_EXECUTABLE_IMAGE): the linker did not finish it and Windows refuses it",
					new Fix.None("link it again and look for the linker's errors")));
		}
		if (!image.dll()) {
			findings.add(new Finding(Severity.ERROR, Problem.NOT_A_DLL, "is a program, not a DLL"
					+ " (IMAGE_FILE_DLL is not set): xNVSE loads plugins as DLLs, and Windows never runs a program's"
					+ " start-up code (its C runtime and globals) when it loads one that way", new Fix.LinkAsDll()));
		} else if ((image.characteristics() & PeImage.IMAGE_FILE_RELOCS_STRIPPED) != 0) {
			findings.add(new Finding(Severity.WARNING, Problem.RELOCATIONS, "has no relocations: Windows can load it"
					+ " only at its preferred base address, and fails when another DLL of the game already holds it",
					new Fix.KeepRelocations()));
		}
	}

	private static void checkEntryPoints(PeImage image, List<Finding> findings) {
		List<String> names = image.exportNames();
		List<String> missing = EntryPoints.NAMES.stream().filter(n -> !names.contains(n)).toList();
		if (missing.isEmpty()) {
			return;
		}
		List<Finding> lookAlikes = new ArrayList<>();
		for (String entryPoint : missing) {
			EntryPoints.lookAlike(entryPoint, names).ifPresent(lookAlikes::add);
		}
		if (missing.size() == EntryPoints.NAMES.size() && lookAlikes.isEmpty()) {
			findings.add(new Finding(Severity.INFO, Problem.NO_ENTRY_POINTS, "exports neither " + EntryPoints.QUERY
					+ " nor " + EntryPoints.LOAD + ": xNVSE loads it, finds no entry point and unloads it",
					new Fix.None("to make it a plugin, export both by name: " + EntryPoints.declaration(EntryPoints.QUERY)
							+ " and " + EntryPoints.declaration(EntryPoints.LOAD)
							+ (image.exports().stream().anyMatch(e -> e.name().isEmpty())
									? "; it exports functions by ordinal only: if they are the entry points, remove NONAME"
											+ " from their lines under EXPORTS in the .def file"
									: "")
							+ "; a helper DLL that a plugin loads by full path (as MemoryPoolNVSE.dll loads jemalloc.dll) may stay: NVSE only skips it")));
			return;
		}
		for (String entryPoint : missing) {
			Optional<Finding> lookAlike = EntryPoints.lookAlike(entryPoint, names);
			findings.add(lookAlike.orElseGet(() -> new Finding(Severity.ERROR, Problem.ENTRY_POINT,
					"does not export " + entryPoint + ": xNVSE needs both entry points and skips the DLL",
					new Fix.ExportEntryPoint(entryPoint))));
		}
	}

	/**
	 * An entry point exported under its exact name can still fail when xNVSE calls it: data exported under its name,
	 * or a {@code __stdcall} function (renamed by {@code -Wl,--kill-at} or a .def file), whose return leaves the game's
	 * stack off.
	 */
	private static void checkEntryPointCode(PeImage image, byte[] bytes, String fileName, List<Finding> findings) {
		if (!image.isPe32I386()) {
			return;
		}
		Map<String, PeCode> codes;
		try {
			codes = PeReader.exportedCode(bytes, fileName, EntryPoints.NAMES, CODE_BYTES);
		} catch (PeFormatException e) {
			return; // read once already: cannot happen for the same bytes
		}
		for (String entryPoint : EntryPoints.NAMES) {
			PeCode code = codes.get(entryPoint);
			if (code == null) {
				continue;
			}
			if (!code.executable()) {
				findings.add(new Finding(Severity.ERROR, Problem.ENTRY_POINT, "exports " + entryPoint + " as data, in a"
						+ " section that holds no code: xNVSE calls it and the game crashes", new Fix.DefineAsFunction(entryPoint)));
				continue;
			}
			int popped = CalleeCleanup.argumentBytesPopped(code.bytes()).orElse(0);
			if (popped > 0) {
				findings.add(new Finding(Severity.ERROR, Problem.ENTRY_POINT, "exports " + entryPoint + " as a function"
						+ " that removes its own " + popped + " bytes of arguments (ret " + popped + "; __stdcall or"
						+ " __fastcall under its plain name, e.g. through -Wl,--kill-at or a .def file): xNVSE calls it as"
						+ " a cdecl function and the game's stack is left " + popped + " bytes off", new Fix.UseCdecl(entryPoint)));
			}
		}
	}

	/** An entry point forwarded to a DLL players lack: GetProcAddress then finds nothing. */
	private void checkForwardedEntryPoints(PeImage image, List<Finding> findings) {
		for (PeExport export : image.exports()) {
			if (export.forwarder().isEmpty() || export.name().filter(EntryPoints.NAMES::contains).isEmpty()) {
				continue;
			}
			String forwarder = export.forwarder().get();
			int dot = forwarder.lastIndexOf('.');
			String dll = (dot > 0 ? forwarder.substring(0, dot) : forwarder) + ".dll";
			Source source = playerDlls.lookUp(dll).source();
			boolean present = source == Source.WINDOWS || source == Source.GAME_RUNTIME || source == Source.GAME_FOLDER
					|| inGameFolder(dll);
			if (!present) {
				String entryPoint = export.name().get();
				findings.add(new Finding(Severity.ERROR, Problem.ENTRY_POINT, "forwards " + entryPoint + " to "
						+ TerminalText.escape(forwarder) + ", and " + TerminalText.escape(dll) + " is neither part of Windows"
						+ " nor of the game: GetProcAddress finds no " + entryPoint,
						new Fix.StopForwarding(entryPoint, TerminalText.escape(forwarder))));
			}
		}
	}

	/** Imports of MinGW's runtime make one finding, so that one set of linker flags removes them all. */
	private void checkImports(List<String> dlls, boolean delayed, List<Finding> findings) {
		Severity missingSeverity = delayed ? Severity.WARNING : Severity.ERROR;
		Problem problem = delayed ? Problem.DELAY_IMPORT : Problem.IMPORT;
		String verb = delayed ? "delay-loads " : "imports ";
		String consequence = delayed ? "the game loads the plugin, but its first call into it ends the game with an exception"
				: ERROR_126;
		List<String> mingw = new ArrayList<>();
		Set<String> mingwFlags = new LinkedHashSet<>();
		for (String dll : new LinkedHashSet<>(dlls)) {
			String shown = TerminalText.escape(dll);
			PlayerDlls.Entry entry = playerDlls.lookUp(dll);
			switch (entry.source()) {
			case WINDOWS, GAME_RUNTIME, GAME_FOLDER -> {
			}
			case WINDOWS_8, WINDOWS_8_1, WINDOWS_10 -> {
				String windows = switch (entry.source()) {
				case WINDOWS_8 -> "Windows 8";
				case WINDOWS_8_1 -> "Windows 8.1";
				default -> "Windows 10";
				};
				findings.add(new Finding(Severity.WARNING, problem, verb + shown + ", which Windows has only from " + windows
						+ " on" + (entry.source() == Source.WINDOWS_10 ? " (Windows 7 and 8.1 with an update)" : "")
						+ ": players on older Windows cannot load the plugin", new Fix.TargetOlderWindows(shown, windows)));
			}
			case REDISTRIBUTABLE -> findings.add(new Finding(missingSeverity, problem, verb + shown + " from "
					+ entry.detail() + ", which is not part of Windows: on players' machines without it, " + consequence,
					new Fix.RemoveDependency(shown, entry.detail())));
			case MINGW -> {
				mingw.add(shown);
				mingwFlags.add(entry.detail());
			}
			case UNKNOWN -> {
				Optional<Path> there = gameFolderFile(dll);
				Optional<String> broken = there.flatMap(file -> whyNotLoadable(file, new HashSet<>(), 0));
				if (broken.isPresent()) {
					findings.add(new Finding(missingSeverity, problem, verb + shown + " from the game folder, but "
							+ broken.get() + ": " + consequence, new Fix.RemoveDependency(shown, "")));
				} else if (there.isPresent()) {
					findings.add(new Finding(Severity.WARNING, problem, verb + shown + ", which this game folder has"
							+ " but neither Windows nor the game installs: players need it there too",
							new Fix.RemoveDependency(shown, "")));
				} else {
					findings.add(new Finding(missingSeverity, problem, verb + shown + ", which is neither part of"
							+ " Windows nor of the game" + (gameFolder.isPresent() ? " and is not in the game folder" : "")
							+ ": " + consequence, new Fix.RemoveDependency(shown, "")));
				}
			}
			}
		}
		if (!mingw.isEmpty()) {
			// -static links every GCC runtime library statically, so it replaces the narrower flags.
			List<String> flags = mingwFlags.contains("-static") ? List.of("-static") : List.copyOf(mingwFlags);
			findings.add(new Finding(missingSeverity, problem, verb + String.join(" and ", mingw)
					+ " (MinGW-w64 GCC's runtime), which no player has: " + consequence, new Fix.AddLinkerFlags(flags)));
		}
	}

	/** Whether the game folder holds {@code dll} beside FalloutNV.exe. */
	private boolean inGameFolder(String dll) {
		return gameFolderFile(dll).isPresent();
	}

	/** The file {@code dll} beside FalloutNV.exe in the game folder, matching names without case as Windows does. */
	private Optional<Path> gameFolderFile(String dll) {
		if (gameFolder.isEmpty() || dll.contains("/") || dll.contains("\\")) {
			return Optional.empty();
		}
		if (gameFolderFiles == null) {
			gameFolderFiles = new HashMap<>();
			try (DirectoryStream<Path> files = Files.newDirectoryStream(gameFolder.get())) {
				int listed = 0;
				for (Path file : files) {
					if (++listed > MAX_GAME_FOLDER_ENTRIES) {
						break;
					}
					if (Files.isRegularFile(file)) {
						gameFolderFiles.putIfAbsent(file.getFileName().toString().toLowerCase(Locale.ROOT), file);
					}
				}
			} catch (IOException e) {
				// An unreadable game folder has no DLLs to offer; the import stays missing.
			}
		}
		return Optional.ofNullable(gameFolderFiles.get(dll.toLowerCase(Locale.ROOT)));
	}

	/**
	 * Why Windows would not load a DLL of the game folder that a plugin imports: what it is, and what it imports in
	 * turn (followed through the game folder, each DLL once, at most {@value #MAX_DEPENDENCY_DEPTH} deep). Empty when
	 * it would load.
	 */
	private Optional<String> whyNotLoadable(Path file, Set<String> visited, int depth) {
		String key = file.getFileName().toString().toLowerCase(Locale.ROOT);
		Optional<String> known = gameFolderVerdicts.get(key);
		if (known != null) {
			return known;
		}
		Optional<String> verdict = whyNotLoadableRead(file, visited, depth);
		if (depth <= MAX_DEPENDENCY_DEPTH) {
			gameFolderVerdicts.put(key, verdict);
		}
		return verdict;
	}

	private Optional<String> whyNotLoadableRead(Path file, Set<String> visited, int depth) {
		String name = TerminalText.escape(file.getFileName().toString());
		if (depth > MAX_DEPENDENCY_DEPTH || !visited.add(name.toLowerCase(Locale.ROOT))) {
			return Optional.empty();
		}
		PeImage image;
		try {
			image = PeReader.read(file);
		} catch (IOException | PeFormatException e) {
			return Optional.of(name + " is no DLL Windows can load (" + TerminalText.escape(String.valueOf(e.getMessage())) + ")");
		}
		if (!image.isPe32I386()) {
			return Optional.of(name + " is a " + image.formatName() + " for " + image.machineName() + ", not for i386");
		}
		for (String imported : image.imports()) {
			String shown = TerminalText.escape(imported);
			switch (playerDlls.lookUp(imported).source()) {
			case MINGW, REDISTRIBUTABLE -> {
				return Optional.of(name + " imports " + shown + ", which players do not have");
			}
			case UNKNOWN -> {
				Optional<Path> next = gameFolderFile(imported);
				if (next.isEmpty()) {
					return Optional.of(name + " imports " + shown + ", which is neither part of Windows nor of the game");
				}
				Optional<String> deeper = whyNotLoadable(next.get(), visited, depth + 1);
				if (deeper.isPresent()) {
					return deeper;
				}
			}
			default -> {
			}
			}
		}
		return Optional.empty();
	}

	private static boolean startsWithMz(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] start = in.readNBytes(2);
			return start.length == 2 && start[0] == 'M' && start[1] == 'Z';
		} catch (IOException e) {
			return false;
		}
	}

	/** The reader's message without the file's path in front: findings follow the file name. */
	private static String reasonOf(PeFormatException e, String fileName) {
		String message = e.getMessage();
		int at = message.indexOf(fileName + " is ");
		return at >= 0 ? message.substring(at + fileName.length() + 4) : message;
	}
}
