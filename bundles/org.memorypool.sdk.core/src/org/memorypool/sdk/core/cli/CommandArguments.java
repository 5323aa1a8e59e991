// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.game.ModOrganizerInstance;

/**
 * A command's arguments: one positional folder, options with a value ({@code --name X}) and flags
 * ({@code --undo}). Every mistake is a {@link UsageException} that says what to do.
 */
record CommandArguments(String folder, Map<String, String> values, Set<String> flags) {

	/** Options whose value is a folder: an empty one (an unset shell variable) would mean the current folder. */
	private static final Set<String> FOLDER_OPTIONS = Set.of("--game", "--mods", "--header", "--output");

	/**
	 * @param valueOptions   each option that takes a value, with an example value for messages
	 * @param flagOptions    options without a value
	 * @param optionsList    how to list the options when an unknown one is given
	 * @param missingFolder  what to say when no folder is given
	 * @param folderKind     what the folder is, e.g. "project folder"; null for a command that takes none
	 */
	static CommandArguments parse(List<String> args, Map<String, String> valueOptions, Set<String> flagOptions, String optionsList,
			String missingFolder, String folderKind) throws UsageException {
		Map<String, String> values = new HashMap<>();
		Set<String> flags = new HashSet<>();
		String folder = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (valueOptions.containsKey(arg)) {
				if (i + 1 == args.size()) {
					throw new UsageException(arg + " needs a value, e.g. " + arg + " " + valueOptions.get(arg));
				}
				if (args.get(i + 1).isEmpty() && FOLDER_OPTIONS.contains(arg)) {
					throw new UsageException(arg + " is given an empty folder (an unset variable?): give the folder, e.g. "
							+ arg + " " + valueOptions.get(arg));
				}
				if (values.put(arg, args.get(++i)) != null) {
					throw new UsageException(arg + " is given twice: give it once");
				}
			} else if (flagOptions.contains(arg)) {
				flags.add(arg);
			} else if (arg.startsWith("-")) {
				throw new UsageException("unknown option '" + TerminalText.escape(arg) + "': the options are " + optionsList);
			} else if (folderKind == null) {
				throw new UsageException("unexpected '" + TerminalText.escape(arg) + "': this command takes only " + optionsList);
			} else if (folder == null) {
				if (arg.isEmpty()) {
					throw new UsageException("the " + folderKind + " is empty (an unset variable?): give it, e.g. . for the"
							+ " current folder");
				}
				folder = arg;
			} else {
				throw new UsageException("give one " + folderKind + ", not '" + TerminalText.escape(folder) + "' and '"
						+ TerminalText.escape(arg) + "'");
			}
		}
		if (folder == null && folderKind != null) {
			throw new UsageException(missingFolder);
		}
		return new CommandArguments(folder, values, flags);
	}

	Optional<String> value(String option) {
		return Optional.ofNullable(values.get(option));
	}

	boolean has(String flag) {
		return flags.contains(flag);
	}

	/**
	 * The {@code --game} folder, which must exist: the folder of FalloutNV.exe.
	 *
	 * @throws UsageException when it is not given or is no folder
	 */
	Path gameFolder() throws UsageException {
		Path game = Path.of(value("--game").orElseThrow(() -> new UsageException(
				"give the game folder with --game <dir>, the folder of FalloutNV.exe"))).toAbsolutePath().normalize();
		if (!Files.isDirectory(game)) {
			throw new UsageException("there is no folder " + game + ": give the folder of FalloutNV.exe with --game");
		}
		return game;
	}

	/**
	 * The Mod Organizer 2 instance whose mods folder {@code --mods} gives; empty without {@code --mods}.
	 *
	 * @throws UsageException when no MO2 instance has that mods folder
	 */
	Optional<ModOrganizerInstance> modOrganizer() throws UsageException {
		if (value("--mods").isEmpty()) {
			return Optional.empty();
		}
		Path mods = Path.of(value("--mods").get()).toAbsolutePath().normalize();
		return Optional.of(ModOrganizerInstance.ofMods(mods, ModOrganizerInstance.instancesFolderOfThisMachine())
				.orElseThrow(() -> new UsageException(mods + " is not the mods folder of a Mod Organizer 2 instance"
						+ " (no ModOrganizer.ini found for it): give the mods folder MO2 uses")));
	}
}
