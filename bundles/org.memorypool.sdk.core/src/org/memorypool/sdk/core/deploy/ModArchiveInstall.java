// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.game.ExistingNames;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.pe.PeVersion;

/**
 * Installing a mod archive as players do: by hand, its files go into the game's {@code Data} folder; with Mod Organizer
 * 2, into their own mod {@code <mods>/<ModName>/} with the {@code meta.ini} MO2 writes for an archive it installs.
 * Files go through {@link Deployer}, so a replaced file is kept as {@code .bak}, a crash leaves nothing half-written and
 * {@code --undo} takes the install back out.
 */
public final class ModArchiveInstall {

	/** The name MO2 shows in its Nexus column for a mod from no Nexus page; it reads it as "game of the mod". */
	private static final String GAME_NAME = "FalloutNV";

	private ModArchiveInstall() {
	}

	/** The mod's name: the archive's name without {@code .zip} and without a trailing {@code -<version>}. */
	public static String modName(Path archive) {
		String base = archive.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
		String name = base.replaceFirst("-v?\\d+(\\.\\d+){0,3}$", "");
		return name.isBlank() ? base : name;
	}

	/** The folder the archive's Data-root goes into: the game's {@code Data}, or the mod's folder in MO2's mods. */
	public static Path destination(GameLayout game, Optional<Path> modOrganizerMods, String modName) {
		return modOrganizerMods.map(mods -> ExistingNames.resolve(mods, modName)).orElse(ExistingNames.resolve(game.root(), "Data"));
	}

	/**
	 * The journal of the last install of the mod {@code modName} into {@code destination}, beside the deploy journals in
	 * the state folder: one per mod, so that {@code --undo} takes out the archive it names. The destination's real path
	 * names it, so the same game reached through a link shares it.
	 */
	public static Path journal(Path destination, String modName) {
		Path real = destination.toAbsolutePath().normalize();
		try {
			real = destination.toRealPath();
		} catch (IOException e) {
			// Not there yet: its own path.
		}
		return PluginProject.stateFolder().resolve(DeployJournal.ARCHIVE_INSTALLS)
				.resolve(PluginProject.pathKey(real.resolve(modName)) + ".properties");
	}

	/**
	 * What must hold before an archive is installed: the game folder and MO2's mods folder as {@code ./sdk deploy}
	 * requires them, and a mod name (from the archive's file name) that is one folder Windows can hold.
	 *
	 * @throws DeployException with one line saying what to change
	 */
	public static void check(DeployTarget target, String modName, Path archive) throws DeployException {
		DeployPlanner.checkGame(target);
		if (target.modOrganizerMods().isPresent() && !ModArchiveContents.windowsCanHold(modName)) {
			throw new DeployException("the archive's name " + TerminalText.escape(archive.getFileName().toString())
					+ " gives the mod name \"" + TerminalText.escape(modName) + "\", which is no folder name Windows can hold:"
					+ " rename the archive to <ModName>-<version>.zip");
		}
	}

	/**
	 * What installing {@code files} (names below the Data root, e.g. from {@link ModArchiveContents#files()}) into
	 * {@code destination} does; nothing is touched.
	 *
	 * @param root the folder every target must lie in: the game's, or MO2's mods folder
	 */
	public static DeployPlan plan(Map<String, Path> files, Path destination, Path root, List<String> warnings)
			throws IOException, DeployException {
		List<FileCopy> copies = new ArrayList<>();
		List<Path> unchanged = new ArrayList<>();
		List<String> allWarnings = new ArrayList<>(warnings);
		for (Map.Entry<String, Path> file : files.entrySet()) {
			String lower = file.getKey().toLowerCase(java.util.Locale.ROOT);
			if (lower.startsWith("data/")) {
				allWarnings.add(file.getKey() + " is in a Data folder inside the archive's Data root, where the game never"
						+ " looks: move it up a level");
			}
			if (lower.equals(ModArchive.PLUGINS_FOLDER.toLowerCase(java.util.Locale.ROOT) + "memorypoolnvse.dll")) {
				allWarnings.add(file.getKey() + " is the MemoryPool runtime: a mod should name it as a requirement, not carry"
						+ " it (./sdk package leaves it out)");
			}
			Path target = ExistingNames.resolve(destination, file.getKey().split("/"));
			DeployPlanner.checkNoLinkLeadsOut(target, List.of(root));
			if (Files.isRegularFile(target) && Files.mismatch(target, file.getValue()) == -1) {
				unchanged.add(target);
			} else if (Files.exists(target) && !Files.isRegularFile(target)) {
				throw new IOException(target + " is a folder, where the archive has a file");
			} else {
				copies.add(new FileCopy(file.getValue(), target, Files.exists(target)));
			}
		}
		return new DeployPlan(copies, unchanged, allWarnings, List.of(root));
	}

	/**
	 * The {@code meta.ini} MO2 writes into a mod it installed from an archive: the game, no Nexus id, the version it
	 * shows in its Version column, and the archive it came from. Windows line ends, as MO2's QSettings writes them.
	 */
	public static byte[] metaIni(Optional<PeVersion> version, Path archive) {
		String text = "[General]\ngameName=" + GAME_NAME + "\nmodid=0\nversion="
				+ version.map(PeVersion::toString).orElse("")
				+ "\ninstallationFile=" + archive.toAbsolutePath().normalize().toString().replace('\\', '/') + "\n";
		return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
	}
}
