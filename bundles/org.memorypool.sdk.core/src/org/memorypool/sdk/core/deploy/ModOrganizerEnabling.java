// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.game.ModList;
import org.memorypool.sdk.core.game.ModOrganizerInstance;

/**
 * After a deploy into Mod Organizer 2's mods folder, enables the deployed mods in the instance's selected profile, or
 * says exactly what the user must click in MO2 when that cannot be done.
 */
public final class ModOrganizerEnabling {

	private ModOrganizerEnabling() {
	}

	/**
	 * What enabling did.
	 *
	 * @param lines   for the console: what was enabled, or what to do in MO2; none without MO2
	 * @param modList the profile's list it changed, with the changes, for undo ({@link Deployer#recordEnabling})
	 */
	public record Result(List<String> lines, Optional<Path> modList, List<ModList.Change> changes) {

		static final Result NONE = new Result(List.of(), Optional.empty(), List.of());

		static Result say(String line) {
			return new Result(List.of(TerminalText.escapeLine(line)), Optional.empty(), List.of());
		}
	}

	/**
	 * As {@link #enable(DeployTarget, List, Optional)} for a plugin's deploy on this machine: the plugin's mod, and the
	 * runtime's when the plugin uses MemoryPool; MO2's global instances in {@code %LOCALAPPDATA%\ModOrganizer} on
	 * Windows.
	 */
	public static Result enable(DeployTarget target, String pluginMod, boolean usesMemoryPool) {
		List<String> mods = usesMemoryPool ? List.of(pluginMod, DeployTarget.RUNTIME_MOD) : List.of(pluginMod);
		return enable(target, mods, ModOrganizerInstance.instancesFolderOfThisMachine());
	}

	/**
	 * After a deploy {@code deployer} applied: enables the mods as {@link #enable(DeployTarget, String, boolean)} does
	 * and records what changed in the deploy's journal, so that undo puts the profile's list back.
	 *
	 * @return lines for the console, with a warning when the journal cannot record it (the deploy stands)
	 */
	public static List<String> enableAndRecord(Deployer deployer, DeployTarget target, String pluginMod,
			boolean usesMemoryPool) {
		Result enabling = enable(target, pluginMod, usesMemoryPool);
		List<String> lines = new ArrayList<>(enabling.lines());
		try {
			deployer.recordEnabling(enabling);
		} catch (DeployException e) {
			lines.add("warning: " + TerminalText.escapeLine(e.getMessage()));
		}
		return lines;
	}

	/**
	 * @param mods            the mods deployed into, e.g. the plugin's and {@link DeployTarget#RUNTIME_MOD}
	 * @param instancesFolder MO2's folder of global instances ({@code %LOCALAPPDATA%\ModOrganizer}), where there is one
	 */
	public static Result enable(DeployTarget target, List<String> mods, Optional<Path> instancesFolder) {
		if (target.modOrganizerMods().isEmpty()) {
			return Result.NONE;
		}
		Path modsFolder = target.modOrganizerMods().get();
		String names = String.join(" and ", mods.stream().map(TerminalText::escape).toList());
		String byHand = "in Mod Organizer 2, press F5 (Refresh), then tick " + names + " in the left pane";
		Optional<ModOrganizerInstance> instance = ModOrganizerInstance.ofMods(modsFolder, instancesFolder);
		if (instance.isEmpty()) {
			return Result.say("No Mod Organizer 2 instance (" + ModOrganizerInstance.INI + ") names " + modsFolder
					+ " as its mods folder: " + byHand);
		}
		Optional<Path> modList = instance.get().modList();
		if (modList.isEmpty()) {
			return Result.say(instance.get().ini() + " selects no profile: " + byHand);
		}
		List<String> lines = new ArrayList<>();
		Path game = target.game().root().toAbsolutePath().normalize();
		instance.get().gamePath().filter(p -> !p.equals(game)).ifPresent(p -> lines.add("warning: the Mod Organizer 2"
				+ " instance " + instance.get().ini().getParent() + " manages the game in " + p + ", not " + game));
		List<ModList.Change> changes;
		try {
			changes = ModList.enable(modList.get(), mods);
		} catch (IOException e) {
			return Result.say(modList.get() + " cannot be changed (" + e.getMessage() + "): " + byHand);
		}
		changes.forEach(c -> lines.add(c.describe(modList.get())));
		if (changes.isEmpty()) {
			lines.add(names + " already enabled in " + modList.get());
		}
		lines.add("If Mod Organizer 2 is open, press F5 (Refresh) there: it keeps its own copy of the list");
		// Paths and names come from MO2's files.
		return new Result(lines.stream().map(TerminalText::escapeLine).toList(), modList, changes);
	}
}
