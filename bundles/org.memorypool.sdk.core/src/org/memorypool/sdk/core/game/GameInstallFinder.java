// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.memorypool.sdk.core.HostOs;
import org.memorypool.sdk.core.TerminalText;

/**
 * Finds the folders that may hold Fallout: New Vegas, in this order: the {@code FalloutNVPath} environment
 * variable (xNVSE's build convention), Steam's libraries (app 22380), Bethesda's registry key, GOG's registry key
 * and default folders, and the Epic Games Store's install manifests ({@link EpicManifests}). The environment variable is listed as it is set, so that {@link GameFolderCheck} can say
 * what is wrong with it; the other places are guesses and are listed only when the folder exists. A folder found
 * twice is listed once, with the first place that named it. Nothing here checks that a folder holds the game.
 */
public final class GameInstallFinder {

	static final String ENVIRONMENT_VARIABLE = "FalloutNVPath";
	/** Steam allows a few libraries a drive; more than this is not a file Steam wrote. */
	static final int MAX_LIBRARIES = 64;
	static final String STEAM_APP_ID = "22380";
	static final String STEAM_FOLDER = "Fallout New Vegas";
	/**
	 * Steam's apps of the game and their usual folders: the worldwide release, and the Russian and Polish/Czech one
	 * that Steam sells as a separate app (as MO2's Linux installer and Wabbajack's game registry list them).
	 */
	static final Map<String, String> STEAM_APPS = new java.util.LinkedHashMap<>(Map.of(STEAM_APP_ID, STEAM_FOLDER));
	static {
		STEAM_APPS.put("22490", "Fallout New Vegas enplczru");
	}
	/** GOG's product id of Fallout: New Vegas Ultimate Edition, the key its installer writes. */
	static final String GOG_ID = "1454587428";
	private static final String BETHESDA_KEY = "Bethesda Softworks\\FalloutNV";
	private static final String GOG_KEY = "GOG.com\\Games\\" + GOG_ID;
	private static final String EPIC_KEY = "Epic Games\\EpicGamesLauncher";

	private final Map<String, String> environment;
	private final Path home;
	private final HostOs os;
	private final RegistryReader registry;
	private final List<String> notes = new ArrayList<>();

	/**
	 * @param environment the environment variables; on Windows their names are matched ignoring case
	 * @param home        the user's home folder, where Linux keeps Steam
	 * @param registry    read only on Windows
	 */
	public GameInstallFinder(Map<String, String> environment, Path home, HostOs os, RegistryReader registry) {
		this.environment = Map.copyOf(environment);
		this.home = home;
		this.os = os;
		this.registry = registry;
	}

	/** A finder that looks at this machine. */
	public static GameInstallFinder forThisMachine() {
		HostOs os = HostOs.current();
		return new GameInstallFinder(System.getenv(), HostOs.userHome(), os,
				os == HostOs.WINDOWS ? new RegQueryReader() : RegistryReader.NONE);
	}

	/**
	 * The candidates, best first. An entry of Steam's files that cannot name a folder is skipped, with a note in
	 * {@link #notes()}.
	 */
	public List<GameInstall> find() {
		notes.clear();
		Map<Path, GameInstall> found = new LinkedHashMap<>();
		environmentVariable().ifPresent(folder -> add(found, folder, "the " + ENVIRONMENT_VARIABLE + " environment variable", false));
		// Each library is looked into once, however many entries and Steam roots name it, and at most MAX_LIBRARIES.
		Set<Path> looked = new HashSet<>();
		for (Path steam : steamRoots()) {
			for (SteamLibrary library : steamLibraries(steam)) {
				Optional<Path> libraryFolder = path(library.path());
				if (libraryFolder.isEmpty()) {
					notes.add(steam.resolve("steamapps").resolve("libraryfolders.vdf") + " names the library \""
							+ TerminalText.escape(library.path()) + "\", which is not a folder name here: skipped");
					continue;
				}
				Path folder = libraryFolder.get();
				if (!looked.add(identity(folder))) {
					continue;
				}
				if (looked.size() > MAX_LIBRARIES) {
					notes.add(steam.resolve("steamapps").resolve("libraryfolders.vdf") + " names more than " + MAX_LIBRARIES
							+ " libraries: the rest were not looked into");
					break;
				}
				for (Map.Entry<String, String> app : STEAM_APPS.entrySet()) {
					boolean listed = library.appIds().contains(app.getKey());
					installFolder(folder, app.getKey(), app.getValue()).ifPresent(game -> add(found, game, "the Steam"
							+ " library " + folder + (listed ? " (it lists app " + app.getKey() + ")" : ""), true));
				}
			}
		}
		if (os == HostOs.WINDOWS) {
			for (String key : machineKeys(BETHESDA_KEY)) {
				registry.read(key, "Installed Path").flatMap(this::path)
						.ifPresent(folder -> add(found, folder, "the registry (" + key + ", Installed Path)", true));
			}
			for (String key : machineKeys(GOG_KEY)) {
				registry.read(key, "path").flatMap(this::path)
						.ifPresent(folder -> add(found, folder, "GOG's registry key " + key, true));
			}
			add(found, systemDrive().resolve("GOG Games").resolve(STEAM_FOLDER), "GOG's default folder", true);
			add(found, programFilesX86().resolve("GOG Galaxy").resolve("Games").resolve(STEAM_FOLDER),
					"GOG Galaxy's default folder", true);
			Path manifests = epicData().resolve("Manifests");
			for (Path folder : EpicManifests.gameFolders(manifests, notes)) {
				add(found, folder, "the Epic Games Store's manifests in " + manifests, true);
			}
		}
		return List.copyOf(found.values());
	}

	private Optional<Path> environmentVariable() {
		return env(ENVIRONMENT_VARIABLE).filter(v -> !v.isBlank()).flatMap(this::path);
	}

	/** Steam's own folders, which hold {@code steamapps/libraryfolders.vdf}; the first library is Steam's own. */
	private List<Path> steamRoots() {
		List<Path> roots = new ArrayList<>();
		if (os == HostOs.WINDOWS) {
			registry.read("HKCU\\Software\\Valve\\Steam", "SteamPath").flatMap(this::path).ifPresent(roots::add);
			machineKeys("Valve\\Steam").forEach(key -> registry.read(key, "InstallPath").flatMap(this::path).ifPresent(roots::add));
			roots.add(programFilesX86().resolve("Steam"));
			env("ProgramFiles").flatMap(this::path).ifPresent(p -> roots.add(p.resolve("Steam")));
		} else {
			// The native client's links and folder, Debian's steam-installer, the Flatpak (both layouts) and the Snap.
			roots.add(home.resolve(".steam/steam"));
			roots.add(home.resolve(".steam/root"));
			roots.add(home.resolve(".local/share/Steam"));
			roots.add(home.resolve(".steam/debian-installation"));
			roots.add(home.resolve(".var/app/com.valvesoftware.Steam/.local/share/Steam"));
			roots.add(home.resolve(".var/app/com.valvesoftware.Steam/data/Steam"));
			roots.add(home.resolve("snap/steam/common/.local/share/Steam"));
		}
		return roots;
	}

	/** The libraries {@code libraryfolders.vdf} lists; Steam's own folder alone when it has no readable list. */
	private List<SteamLibrary> steamLibraries(Path steam) {
		Path vdf = steam.resolve("steamapps").resolve("libraryfolders.vdf");
		if (Files.isRegularFile(vdf)) {
			try {
				List<SteamLibrary> libraries = new ArrayList<>(SteamLibrary.parse(steamFile(vdf)));
				// Libraries that list the game come first: a library that merely has the folder may hold a leftover.
				libraries.sort((a, b) -> Boolean.compare(listsTheGame(b), listsTheGame(a)));
				// The format before 2021 lists only the libraries added to Steam's own, which is implicit (case 10).
				libraries.add(new SteamLibrary(steam.toString(), Set.of()));
				return libraries;
			} catch (IOException e) {
				// A damaged list: Steam's own library is still worth a look.
				notes.add(vdf + " cannot be read as Steam's library list (" + TerminalText.escapeLine(String.valueOf(
						e.getMessage())) + "): only Steam's own library was looked into; Steam rewrites the file when it starts");
			}
		}
		return List.of(new SteamLibrary(steam.toString(), Set.of()));
	}

	/** What the last {@link #find()} skipped and why, one line each, safe to print. */
	public List<String> notes() {
		return List.copyOf(notes);
	}

	/**
	 * The game's folder in a library: where its app manifest says, else Steam's usual name; empty, with a note, when the
	 * manifest names something that is not one folder in the library's {@code steamapps/common}.
	 */
	private static boolean listsTheGame(SteamLibrary library) {
		return STEAM_APPS.keySet().stream().anyMatch(library.appIds()::contains);
	}

	private Optional<Path> installFolder(Path library, String appId, String usualFolder) {
		Path steamapps = library.resolve("steamapps");
		Path manifest = steamapps.resolve("appmanifest_" + appId + ".acf");
		String folder = usualFolder;
		if (Files.isRegularFile(manifest)) {
			try {
				folder = KeyValues.parse(steamFile(manifest)).stream()
						.filter(k -> k.key().equalsIgnoreCase("AppState")).findFirst()
						.flatMap(k -> k.string("installdir")).filter(d -> !d.isBlank()).orElse(usualFolder);
			} catch (IOException e) {
				// Steam's usual name, then.
			}
		}
		Path common = steamapps.resolve("common");
		try {
			Path game = common.resolve(folder).normalize();
			if (game.getParent() != null && game.getParent().equals(common.normalize()) && folder.chars().noneMatch(c -> c < 0x20)) {
				return Optional.of(game);
			}
		} catch (InvalidPathException e) {
			// Reported below.
		}
		notes.add(manifest + " names the install folder \"" + TerminalText.escape(folder) + "\", which is not a folder"
				+ " in " + common + ": skipped (let Steam verify the game's files, or give the game folder with --game)");
		return Optional.empty();
	}

	/**
	 * A file of Steam's, as text: at most 4 MB (Steam's own are a few KB), bytes that are not UTF-8 replaced.
	 *
	 * @throws IOException when it cannot be read or is larger
	 */
	private static String steamFile(Path file) throws IOException {
		if (Files.size(file) > 4L * 1024 * 1024) {
			throw new IOException(file + " is larger than any file Steam writes");
		}
		return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
	}

	/** A 32-bit program's key under HKLM: in the 32-bit view on 64-bit Windows, else where it is on 32-bit Windows. */
	private static List<String> machineKeys(String key) {
		return List.of("HKLM\\SOFTWARE\\WOW6432Node\\" + key, "HKLM\\SOFTWARE\\" + key);
	}

	private Path systemDrive() {
		// "C:" alone means the current folder on drive C:, not its root.
		String drive = env("SystemDrive").filter(d -> !d.isBlank()).orElse("C:");
		return path(drive.endsWith("/") || drive.endsWith("\\") ? drive : drive + "/")
				.orElse(home.getFileSystem().getRootDirectories().iterator().next());
	}

	/** The Epic Games launcher's data folder: where the registry says, else its default under ProgramData. */
	private Path epicData() {
		for (String key : machineKeys(EPIC_KEY)) {
			Optional<Path> data = registry.read(key, "AppDataPath").flatMap(this::path);
			if (data.isPresent()) {
				return data.get();
			}
		}
		return env("ProgramData").flatMap(this::path).orElse(systemDrive().resolve("ProgramData"))
				.resolve("Epic").resolve("EpicGamesLauncher").resolve("Data");
	}

	private Path programFilesX86() {
		return env("ProgramFiles(x86)").flatMap(this::path).orElse(systemDrive().resolve("Program Files (x86)"));
	}

	private Optional<String> env(String name) {
		return os.variable(environment, name);
	}

	/** A path from a file, the registry or the environment, on the file system of the home folder (the machine's). */
	private Optional<Path> path(String text) {
		try {
			return Optional.of(home.getFileSystem().getPath(text.strip()));
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	/** Adds the folder unless it was found before; a guess only when it exists. */
	private static void add(Map<Path, GameInstall> found, Path folder, String source, boolean onlyIfExists) {
		if (onlyIfExists && !Files.isDirectory(folder)) {
			return;
		}
		found.putIfAbsent(identity(folder), new GameInstall(folder, source));
	}

	/** The same folder reached through a link ({@code ~/.steam/steam} usually is one) counts once. */
	private static Path identity(Path folder) {
		try {
			return folder.toRealPath();
		} catch (IOException e) {
			return folder.toAbsolutePath().normalize();
		}
	}
}
