// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.memorypool.sdk.core.HostOs;

/**
 * A Mod Organizer 2 instance, as its {@code ModOrganizer.ini} describes it: the instance's folder holds the file;
 * {@code [Settings]} may move the mods and profiles folders ({@code base_directory}, {@code mod_directory},
 * {@code profiles_directory}, {@code %BASE_DIR%} standing for the base); {@code [General]} names the game's folder
 * ({@code gamePath}) and the profile in use ({@code selected_profile}), Qt's {@code @ByteArray(...)} around text.
 *
 * @param ini      the instance's {@code ModOrganizer.ini}
 * @param mods     the mods folder, one folder per mod
 * @param overwrite the folder where files the game creates while MO2 runs it end up (the runtime's log, there)
 * @param profile  the selected profile's folder, which holds {@code modlist.txt}; empty when none is selected
 * @param gamePath the game's folder the instance manages; empty when the file names none
 */
public record ModOrganizerInstance(Path ini, Path mods, Path overwrite, Optional<Path> profile,
		Optional<Path> gamePath) {

	public static final String INI = "ModOrganizer.ini";
	/** The longest path Windows takes (with the \\?\ prefix); Linux's is shorter. */
	private static final int MAX_PATH_LENGTH = 32_767;
	/** MO2's own files are a few KB; a larger one is not looked into. */
	private static final long MAX_SIZE = 1024 * 1024;

	/**
	 * The instance whose mods folder is {@code mods}: the folder above it (MO2's default and portable layouts), or an
	 * instance of MO2's own folder ({@code %LOCALAPPDATA%\ModOrganizer\<instance>}, given as {@code instancesFolder})
	 * whose settings name {@code mods}. Empty when none does; an unreadable file is passed over.
	 */
	public static Optional<ModOrganizerInstance> ofMods(Path mods, Optional<Path> instancesFolder) {
		Path normal = mods.toAbsolutePath().normalize();
		List<Path> candidates = new ArrayList<>();
		if (normal.getParent() != null) {
			candidates.add(ExistingNames.resolve(normal.getParent(), INI));
		}
		instancesFolder.filter(Files::isDirectory).ifPresent(folder -> {
			try (var list = Files.list(folder)) {
				list.limit(256).forEach(instance -> candidates.add(ExistingNames.resolve(instance, INI)));
			} catch (IOException e) {
				// No instances there, then.
			}
		});
		for (Path ini : candidates) {
			Optional<ModOrganizerInstance> instance = read(ini);
			if (instance.isPresent() && same(instance.get().mods(), normal)) {
				return instance;
			}
		}
		return Optional.empty();
	}

	/** MO2's folder of global instances on this machine: {@code %LOCALAPPDATA%\ModOrganizer} on Windows, else none. */
	public static Optional<Path> instancesFolderOfThisMachine() {
		return HostOs.current() == HostOs.WINDOWS
				? HostOs.WINDOWS.variable(System.getenv(), "LOCALAPPDATA").filter(v -> !v.isBlank())
						.map(v -> Path.of(v, "ModOrganizer"))
				: Optional.empty();
	}

	/** The instance {@code ini} describes; empty when it is missing, too large or names no folder here. */
	public static Optional<ModOrganizerInstance> read(Path ini) {
		Map<String, String> values;
		try {
			if (!Files.isRegularFile(ini) || Files.size(ini) > MAX_SIZE) {
				return Optional.empty();
			}
			values = parse(new String(Files.readAllBytes(ini), StandardCharsets.UTF_8));
		} catch (IOException e) {
			return Optional.empty();
		}
		try {
			Path folder = ini.toAbsolutePath().normalize().getParent();
			String base = values.getOrDefault("settings/base_directory", "");
			Path baseFolder = base.isBlank() ? folder : folder.resolve(path(base, folder));
			Path mods = directory(values, "settings/mod_directory", "mods", baseFolder);
			Path profiles = directory(values, "settings/profiles_directory", "profiles", baseFolder);
			Path overwrite = directory(values, "settings/overwrite_directory", "overwrite", baseFolder);
			String profile = values.getOrDefault("general/selected_profile", "");
			Optional<Path> profileFolder = Optional.empty();
			if (!profile.isBlank()) {
				Path candidate = profiles.resolve(profile).normalize();
				if (profiles.equals(candidate.getParent())) {
					profileFolder = Optional.of(candidate);
				}
			}
			String game = values.getOrDefault("general/gamepath", "");
			return Optional.of(new ModOrganizerInstance(ini, mods, overwrite, profileFolder,
					game.isBlank() ? Optional.empty() : Optional.of(folder.resolve(path(game, folder)).normalize())));
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	/** Where the MemoryPool runtime's log lands when MO2 runs the game: its overwrite folder catches new files. */
	public Path runtimeLog() {
		return ExistingNames.resolve(overwrite, "MemoryPoolNVSE.log");
	}

	/**
	 * A program MO2 runs with the instance's virtual file system, from {@code [customExecutables]} (Tools > Executables):
	 * what MO2 shows as its title and the program it starts.
	 *
	 * @param title  its name in MO2, which a {@code moshortcut://} link names
	 * @param binary the program, as MO2 wrote it (Windows' form, / or \)
	 */
	public record Executable(String title, String binary) {

		/** The program's file name, e.g. {@code nvse_loader.exe}. */
		public String fileName() {
			String slashed = binary.replace('\\', '/');
			return slashed.substring(slashed.lastIndexOf('/') + 1);
		}
	}

	/** MO2 keeps a few dozen executables; more entries than this are not read. */
	private static final int MAX_EXECUTABLES = 256;

	/** The instance's executables, in MO2's order; empty when its file cannot be read. */
	public List<Executable> executables() {
		Map<String, String> values;
		try {
			if (!Files.isRegularFile(ini) || Files.size(ini) > MAX_SIZE) {
				return List.of();
			}
			values = parse(new String(Files.readAllBytes(ini), StandardCharsets.UTF_8));
		} catch (IOException e) {
			return List.of();
		}
		List<Executable> executables = new ArrayList<>();
		for (int i = 1; i <= MAX_EXECUTABLES; i++) {
			String title = values.get("customexecutables/" + i + "\\title");
			String binary = values.get("customexecutables/" + i + "\\binary");
			if (title != null && binary != null && !title.isBlank() && !binary.isBlank()) {
				executables.add(new Executable(title, binary));
			}
		}
		return executables;
	}

	/** The selected profile's {@code modlist.txt}. */
	public Optional<Path> modList() {
		return profile.map(p -> ExistingNames.resolve(p, "modlist.txt"));
	}

	private static Path directory(Map<String, String> values, String key, String defaultName, Path base) {
		String value = values.getOrDefault(key, "");
		if (value.isBlank()) {
			return base.resolve(defaultName).normalize();
		}
		String marker = "%BASE_DIR%";
		StringBuilder expanded = new StringBuilder();
		int from = 0;
		for (int at = indexOfIgnoringCase(value, marker, 0); at >= 0; at = indexOfIgnoringCase(value, marker, from)) {
			expanded.append(value, from, at).append(base);
			from = at + marker.length();
			if (expanded.length() > MAX_PATH_LENGTH) {
				// Longer than any path Windows or Linux takes: not a folder.
				throw new InvalidPathException(key, "expands past " + MAX_PATH_LENGTH + " characters");
			}
		}
		expanded.append(value, from, value.length());
		return base.resolve(path(expanded.toString(), base)).normalize();
	}

	private static int indexOfIgnoringCase(String text, String part, int from) {
		for (int i = from; i + part.length() <= text.length(); i++) {
			if (text.regionMatches(true, i, part, 0, part.length())) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A path as MO2 writes it, with / or \, for the file system of {@code near}: where / separates names (MO2 under
	 * Wine), Wine's drive Z: is the root.
	 */
	private static String path(String text, Path near) {
		String slashed = text.replace('\\', '/');
		if (near.getFileSystem().getSeparator().equals("/") && slashed.length() >= 3
				&& (slashed.charAt(0) == 'Z' || slashed.charAt(0) == 'z') && slashed.startsWith(":/", 1)) {
			return slashed.substring(2);
		}
		return slashed;
	}

	private static boolean same(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		} catch (IOException e) {
			return a.normalize().equals(b.normalize());
		}
	}

	/**
	 * QSettings' INI format as MO2 writes it: {@code [Section]} and {@code key=value} lines; keys are returned as
	 * {@code section/key} in lower case; Qt's {@code @ByteArray(...)} and double quotes are taken off, {@code \\}
	 * is one backslash.
	 */
	static Map<String, String> parse(String text) {
		Map<String, String> values = new HashMap<>();
		String section = "general";
		for (String raw : text.split("\r?\n|\r", -1)) {
			String line = raw.strip();
			if (line.startsWith("[") && line.endsWith("]")) {
				section = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
				continue;
			}
			int equals = line.indexOf('=');
			if (equals <= 0 || line.startsWith(";") || line.startsWith("#")) {
				continue;
			}
			String value = line.substring(equals + 1).strip();
			if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
				value = value.substring(1, value.length() - 1);
			}
			if (value.startsWith("@ByteArray(") && value.endsWith(")")) {
				value = value.substring("@ByteArray(".length(), value.length() - 1);
			}
			values.putIfAbsent(section + "/" + line.substring(0, equals).strip().toLowerCase(Locale.ROOT),
					value.replace("\\\\", "\\"));
		}
		return values;
	}
}
