// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.memorypool.sdk.core.HostOs;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.game.ModOrganizerInstance;

/**
 * The command that starts the game through NVSE on this machine, as a player starts it:
 * <ul>
 * <li>with Mod Organizer 2 (a portable instance, whose {@code ModOrganizer.exe} sits beside its
 * {@code ModOrganizer.ini}): MO2 with {@code moshortcut://:<title>} of its executable entry for
 * {@code nvse_loader.exe}, so the game sees the enabled mods;</li>
 * <li>on Windows: {@code nvse_loader.exe} in the game folder;</li>
 * <li>elsewhere, a game Steam installed with Proton (its library's {@code compatdata/22380} names the Proton build in
 * {@code config_info}): that Proton's {@code proton run nvse_loader.exe} with Steam's variables;</li>
 * <li>elsewhere: {@code wine nvse_loader.exe}, in the Wine prefix the game folder lies in ({@code .../drive_c/...}) or
 * in Proton's prefix of the game.</li>
 * </ul>
 * What it finds is a starting point the user can change ({@link LaunchCommand#parse}).
 */
public final class LaunchDetector {

	/** Fallout: New Vegas's Steam app id (22490, the Russian and Polish/Czech release, uses it too for saves). */
	static final String STEAM_APP = "22380";
	private static final long MAX_CONFIG_INFO = 64 * 1024;

	private final HostOs os;

	/** @param os the machine the game runs on */
	public LaunchDetector(HostOs os) {
		this.os = os;
	}

	/** This machine's. */
	public static LaunchDetector forThisMachine() {
		return new LaunchDetector(HostOs.current());
	}

	/**
	 * @param game the game folder
	 * @param mo2  the Mod Organizer 2 instance the plugin is deployed through, if any
	 * @param notes where it says why it passed over MO2 or Proton
	 */
	public LaunchCommand detect(GameLayout game, Optional<ModOrganizerInstance> mo2, List<String> notes) {
		Path loader = game.nvseLoader();
		if (mo2.isPresent()) {
			Optional<LaunchCommand> throughMo2 = throughModOrganizer(mo2.get(), notes);
			if (throughMo2.isPresent()) {
				return throughMo2.get();
			}
		}
		if (os == HostOs.WINDOWS) {
			return new LaunchCommand(List.of(loader.toString()), game.root(), Map.of(), "xNVSE's loader");
		}
		Optional<LaunchCommand> proton = throughProton(game, loader, notes);
		if (proton.isPresent()) {
			return proton.get();
		}
		return throughWine(List.of(loader.toString()), game.root(), "Wine");
	}

	private Optional<LaunchCommand> throughModOrganizer(ModOrganizerInstance instance, List<String> notes) {
		Path folder = instance.ini().getParent();
		Path mo2 = folder.resolve("ModOrganizer.exe");
		if (!Files.isRegularFile(mo2)) {
			notes.add("Mod Organizer 2's instance " + folder + " is not a portable one (no ModOrganizer.exe beside its"
					+ " ModOrganizer.ini), so where MO2 is installed is not known: the game is started without MO2; to"
					+ " start it through MO2, change the command to: <MO2 folder>/ModOrganizer.exe \"moshortcut://"
					+ folder.getFileName() + ":<the NVSE entry's title>\"");
			return Optional.empty();
		}
		Optional<ModOrganizerInstance.Executable> nvse = instance.executables().stream()
				.filter(e -> e.fileName().equalsIgnoreCase("nvse_loader.exe")).findFirst();
		if (nvse.isEmpty()) {
			notes.add("Mod Organizer 2 (" + mo2 + ") has no executable for nvse_loader.exe: add one in MO2 (the"
					+ " executables' list, '+', 'Add from file', the game folder's nvse_loader.exe), else the game is"
					+ " started without MO2 and does not see its mods");
			return Optional.empty();
		}
		List<String> command = List.of(mo2.toString(), "moshortcut://:" + nvse.get().title());
		String origin = "Mod Organizer 2, its executable '" + nvse.get().title() + "'";
		return Optional.of(os == HostOs.WINDOWS ? new LaunchCommand(command, folder, Map.of(), origin)
				: throughWine(command, folder, origin + " under Wine"));
	}

	/** {@code wine <command>}, in the prefix {@code folder} lies in when it lies in one. */
	private LaunchCommand throughWine(List<String> command, Path folder, String origin) {
		List<String> words = new ArrayList<>();
		words.add("wine");
		words.addAll(command);
		Optional<Path> prefix = winePrefixOf(folder);
		return new LaunchCommand(words, folder, prefix.map(p -> Map.of("WINEPREFIX", p.toString())).orElse(Map.of()),
				prefix.map(p -> origin + ", the prefix " + p).orElse(origin + ", its default prefix"));
	}

	/** The Wine prefix a folder lies in: the folder holding {@code drive_c} on its way. */
	static Optional<Path> winePrefixOf(Path folder) {
		for (Path at = folder.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
			if (at.getFileName() != null && at.getFileName().toString().equals("drive_c")) {
				return Optional.ofNullable(at.getParent());
			}
		}
		return Optional.empty();
	}

	/**
	 * Steam's Proton for a game in a Steam library ({@code <library>/steamapps/common/<game>}) that Steam ran with
	 * Proton: {@code <library>/steamapps/compatdata/22380} exists, and the first line of its {@code config_info} after
	 * the version names a file of the Proton build ({@code .../Proton 8.0/files/share/fonts/}).
	 */
	private Optional<LaunchCommand> throughProton(GameLayout game, Path loader, List<String> notes) {
		Path common = game.root().toAbsolutePath().normalize().getParent();
		if (common == null || !common.getFileName().toString().equalsIgnoreCase("common") || common.getParent() == null) {
			return Optional.empty();
		}
		Path steamapps = common.getParent();
		Path compatdata = steamapps.resolve("compatdata").resolve(STEAM_APP);
		if (!Files.isDirectory(compatdata)) {
			return Optional.empty();
		}
		Optional<Path> proton = protonOf(compatdata.resolve("config_info"));
		if (proton.isEmpty() || !Files.isRegularFile(proton.get().resolve("proton"))) {
			notes.add("Steam ran the game with Proton (" + compatdata + "), but which Proton is not known from its"
					+ " config_info: the game is started with Wine in Proton's prefix");
			return Optional.of(new LaunchCommand(List.of("wine", loader.toString()), game.root(),
					Map.of("WINEPREFIX", compatdata.resolve("pfx").toString()), "Wine, in Proton's prefix of the game"));
		}
		Path steamRoot = HostOs.userHome().resolve(".steam/steam");
		String clientPath = Files.isDirectory(steamRoot) ? steamRoot.toString() : steamapps.getParent().toString();
		return Optional.of(new LaunchCommand(List.of(proton.get().resolve("proton").toString(), "run", loader.toString()),
				game.root(), Map.of("STEAM_COMPAT_DATA_PATH", compatdata.toString(), "STEAM_COMPAT_CLIENT_INSTALL_PATH",
						clientPath, "SteamAppId", STEAM_APP, "SteamGameId", STEAM_APP),
				"Steam's Proton " + proton.get().getFileName() + ", the game's prefix " + compatdata.resolve("pfx")));
	}

	/** The Proton folder {@code config_info} names: the part of its first path before {@code /files/} or {@code /dist/}. */
	static Optional<Path> protonOf(Path configInfo) {
		try (InputStream in = Files.newInputStream(configInfo)) {
			String text = new String(in.readNBytes((int) MAX_CONFIG_INFO), StandardCharsets.UTF_8);
			for (String line : text.split("\n", 16)) {
				String path = line.strip();
				for (String marker : List.of("/files/", "/dist/")) {
					int at = path.indexOf(marker);
					if (path.startsWith("/") && at > 0) {
						return Optional.of(Path.of(path.substring(0, at)));
					}
				}
			}
		} catch (IOException | InvalidPathException e) {
			// No Proton known, then.
		}
		return Optional.empty();
	}
}
