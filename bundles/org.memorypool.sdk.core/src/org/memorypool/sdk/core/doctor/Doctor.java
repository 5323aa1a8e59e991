// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.doctor;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.deploy.DeployTarget;
import org.memorypool.sdk.core.doctor.DoctorCheck.Status;
import org.memorypool.sdk.core.game.ExistingNames;
import org.memorypool.sdk.core.game.GameFolderCheck;
import org.memorypool.sdk.core.game.GameInstall;
import org.memorypool.sdk.core.game.GameInstallFinder;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.game.ModList;
import org.memorypool.sdk.core.game.ModOrganizerInstance;
import org.memorypool.sdk.core.game.RuntimeLog;
import org.memorypool.sdk.core.loadability.Loadability;
import org.memorypool.sdk.core.loadability.LoadabilityCheck;
import org.memorypool.sdk.core.pe.PeFormatException;
import org.memorypool.sdk.core.pe.PeImage;
import org.memorypool.sdk.core.pe.PeReader;
import org.memorypool.sdk.core.pe.PeVersion;

/**
 * Says why a plugin will not load on this machine: reads the game folder, xNVSE, the plugins folder, the MemoryPool
 * runtime and Mod Organizer 2's instance, and changes nothing. Every file it reads is input it does not control: a
 * folder is listed up to {@link #MAX_ENTRIES} entries, each DLL read as {@link PeReader} bounds it.
 */
public final class Doctor {

	/** The only FalloutNV.exe xNVSE supports (Steam, GOG and Epic ship it; the no-gore build has the same number). */
	static final PeVersion SUPPORTED_GAME = new PeVersion(1, 4, 0, 525);
	/** IMAGE_FILE_LARGE_ADDRESS_AWARE: the 4 GB patch sets it on FalloutNV.exe. */
	static final int IMAGE_FILE_LARGE_ADDRESS_AWARE = 0x0020;
	/** A plugins folder holds tens of files; one with more is listed this far. */
	static final int MAX_ENTRIES = 2000;
	/**
	 * The bytes of plugins-folder DLLs one examination reads: real plugins are a few MB each, so this covers hundreds
	 * of them, while a folder of huge files costs seconds, not minutes.
	 */
	static final long MAX_DLL_BYTES = 256L * 1024 * 1024;

	/** Labels padded to one width, so findings line up. */
	private static final int LABEL_WIDTH = 10;
	private static final String XNVSE = "install xNVSE (https://github.com/xNVSE/NVSE/releases) into the game folder";

	private final GameInstallFinder finder;
	private final Optional<Path> shippedPlugin;
	private final Optional<Path> shippedJemalloc;
	private final Optional<Path> instancesFolder;

	/**
	 * @param finder          where the game is looked for when no folder is given
	 * @param shippedPlugin   the MemoryPoolNVSE.dll this SDK ships, to tell its build from another
	 * @param shippedJemalloc the jemalloc.dll this SDK ships
	 * @param instancesFolder Mod Organizer 2's folder of global instances ({@code %LOCALAPPDATA%\ModOrganizer})
	 */
	public Doctor(GameInstallFinder finder, Optional<Path> shippedPlugin, Optional<Path> shippedJemalloc,
			Optional<Path> instancesFolder) {
		this.finder = finder;
		this.shippedPlugin = shippedPlugin;
		this.shippedJemalloc = shippedJemalloc;
		this.instancesFolder = instancesFolder;
	}

	/**
	 * The checklist as the command line and the IDE's console print it: a line per check, {@code [status]} padded to
	 * one width, its details indented below it, and a last line saying whether anything stops a plugin from loading.
	 */
	public static List<String> lines(List<DoctorCheck> checks) {
		List<String> lines = new ArrayList<>();
		for (DoctorCheck check : checks) {
			String label = "[" + check.status().label() + "]";
			// Paths come from Steam's and MO2's files: escaped here, once for every printer.
			lines.add(label + " ".repeat(Math.max(1, LABEL_WIDTH - label.length()))
					+ TerminalText.escapeLine(check.subject() + ": " + check.finding()));
			check.details().forEach(d -> lines.add(" ".repeat(LABEL_WIDTH + 2) + TerminalText.escapeLine(d)));
		}
		lines.add(blocking(checks) ? "Something above (marked problem) stops one or more plugins from loading."
				: "Nothing found that stops a plugin from loading.");
		return lines;
	}

	/** Whether any check found something that stops a plugin from loading. */
	public static boolean blocking(List<DoctorCheck> checks) {
		return checks.stream().anyMatch(c -> c.status() == Status.PROBLEM);
	}

	/**
	 * The checklist, in the order a user fixes things.
	 *
	 * @param gameFolder the folder given by the user; empty to look for the game
	 * @param mods       Mod Organizer 2's mods folder, when the user deploys through MO2
	 */
	public List<DoctorCheck> examine(Optional<Path> gameFolder, Optional<Path> mods) {
		List<DoctorCheck> checks = new ArrayList<>();
		ReadBudget budget = new ReadBudget(MAX_DLL_BYTES);
		Optional<Path> game = gameFolder(gameFolder, checks);
		Optional<ModOrganizerInstance> instance = mods.flatMap(m -> ModOrganizerInstance.ofMods(m, instancesFolder));
		if (game.isPresent()) {
			GameLayout layout = new GameLayout(game.get());
			exe(layout, checks);
			nvse(layout, checks);
			List<Path> variants = ExistingNames.allCases(layout.root(), "Data", "NVSE", "Plugins");
			if (variants.size() > 1) {
				checks.add(new DoctorCheck(Status.WARNING, "Data/NVSE/Plugins", variants.size() + " folders whose names differ"
						+ " only in case: Windows sees one folder, but Wine and Proton on a case-sensitive disk see them apart"
						+ " and the game reads only one: move the files of the others into the first",
						variants.stream().map(Path::toString).toList()));
				for (Path variant : variants) {
					pluginsFolder(layout.root().relativize(variant).toString().replace('\\', '/'), variant, layout, budget, checks);
				}
			} else {
				pluginsFolder("Data/NVSE/Plugins", layout.pluginsFolder(), layout, budget, checks);
			}
			runtime(layout, mods, instance, checks);
		}
		mods.ifPresent(m -> modOrganizer(m, instance, game.map(GameLayout::new), budget, checks));
		return checks;
	}

	private Optional<Path> gameFolder(Optional<Path> given, List<DoctorCheck> checks) {
		if (given.isPresent()) {
			GameFolderCheck check = GameFolderCheck.of(given.get());
			if (!Files.isRegularFile(new GameLayout(given.get()).exe())) {
				checks.add(DoctorCheck.of(Status.PROBLEM, "Game folder", TerminalText.escapeLine(check.errors().get(0))));
				return Optional.empty();
			}
			checks.add(DoctorCheck.of(Status.OK, "Game folder", given.get() + " (given)"));
			return given;
		}
		List<GameInstall> installs = finder.find();
		List<String> details = new ArrayList<>(finder.notes());
		GameInstall chosen = null;
		for (GameInstall install : installs) {
			boolean game = Files.isRegularFile(new GameLayout(install.folder()).exe());
			if (game && chosen == null) {
				chosen = install;
			} else {
				// Every other folder found, once, with why it is not the one.
				details.add((game ? "also a game: " : "no FalloutNV.exe in ") + install.folder() + " (" + install.source()
						+ ")");
			}
		}
		if (chosen != null) {
			checks.add(new DoctorCheck(Status.OK, "Game folder", chosen.folder() + " (found in " + chosen.source() + ")",
					details));
			return Optional.of(chosen.folder());
		}
		checks.add(new DoctorCheck(Status.PROBLEM, "Game folder", "not found: give it with --game <dir>, or set the"
				+ " FalloutNVPath environment variable to the folder that holds FalloutNV.exe", details));
		return Optional.empty();
	}

	private static void exe(GameLayout game, List<DoctorCheck> checks) {
		Path exe = game.exe();
		try {
			byte[] bytes = PeReader.load(exe);
			PeImage image = PeReader.read(bytes, exe.toString());
			Optional<PeVersion> version = PeReader.fileVersion(bytes, exe.toString());
			if (version.isEmpty()) {
				checks.add(DoctorCheck.of(Status.WARNING, "FalloutNV.exe", "it has no version resource, so its version is"
						+ " unknown; xNVSE supports only " + SUPPORTED_GAME));
			} else if (!version.get().equals(SUPPORTED_GAME)) {
				checks.add(DoctorCheck.of(Status.PROBLEM, "FalloutNV.exe", "version " + version.get() + ", but xNVSE supports"
						+ " only " + SUPPORTED_GAME + ": update the game (Steam or GOG: verify or reinstall it)"));
			} else {
				checks.add(DoctorCheck.of(Status.OK, "FalloutNV.exe", "version " + SUPPORTED_GAME
						+ ", the one xNVSE supports (the standard or the no-gore build)"));
			}
			boolean largeAddressAware = (image.characteristics() & IMAGE_FILE_LARGE_ADDRESS_AWARE) != 0;
			checks.add(largeAddressAware
					? DoctorCheck.of(Status.OK, "4 GB patch", "FalloutNV.exe is Large Address Aware: the game can use 4 GB")
					: DoctorCheck.of(Status.WARNING, "4 GB patch", "FalloutNV.exe is not Large Address Aware: the game can"
							+ " use only 2 GB and heavily modded games run out of memory; apply a 4 GB patch (e.g. the FNV"
							+ " 4GB Patcher)"));
		} catch (IOException | PeFormatException e) {
			checks.add(DoctorCheck.of(Status.PROBLEM, "FalloutNV.exe", "cannot be read as a program: "
					+ TerminalText.escapeLine(String.valueOf(e.getMessage())) + "; verify the game's files"));
		}
	}

	private static void nvse(GameLayout game, List<DoctorCheck> checks) {
		Path dll = ExistingNames.resolve(game.root(), "nvse_1_4.dll");
		if (!Files.isRegularFile(dll)) {
			checks.add(DoctorCheck.of(Status.PROBLEM, "xNVSE", "nvse_1_4.dll is missing, so no NVSE plugin loads: " + XNVSE));
			return;
		}
		String version;
		try {
			byte[] bytes = PeReader.load(dll);
			version = PeReader.fileVersion(bytes, dll.toString()).map(v -> "version " + v).orElse("version unknown");
		} catch (IOException | PeFormatException e) {
			checks.add(DoctorCheck.of(Status.PROBLEM, "xNVSE", "nvse_1_4.dll cannot be read as a DLL ("
					+ TerminalText.escapeLine(String.valueOf(e.getMessage())) + "): " + XNVSE));
			return;
		}
		if (!Files.isRegularFile(game.nvseLoader())) {
			checks.add(DoctorCheck.of(Status.WARNING, "xNVSE", "nvse_1_4.dll (" + version + ") is there, but nvse_loader.exe"
					+ " is not: start the game through xNVSE's loader, or " + XNVSE));
		} else {
			checks.add(DoctorCheck.of(Status.OK, "xNVSE", "nvse_loader.exe and nvse_1_4.dll (" + version + ")"));
		}
	}

	/** Every file in a plugins folder: a check per DLL with the game's verdict on it, one for the files NVSE ignores. */
	private static void pluginsFolder(String label, Path folder, GameLayout game, ReadBudget budget,
			List<DoctorCheck> checks) {
		if (!Files.isDirectory(folder)) {
			checks.add(DoctorCheck.of(Status.INFO, label, "no such folder yet: nothing is installed there"));
			return;
		}
		List<Path> files = list(folder);
		List<String> ignored = new ArrayList<>();
		int dlls = 0;
		LoadabilityCheck loadability = LoadabilityCheck.forPlayers().inGameFolder(game.root());
		for (Path file : files) {
			String name = TerminalText.escape(file.getFileName().toString());
			if (!Files.isRegularFile(file) || !name.toLowerCase(Locale.ROOT).endsWith(".dll")) {
				ignored.add(name + (Files.isDirectory(file) ? "/" : ""));
				continue;
			}
			dlls++;
			String subject = label + "/" + name;
			try {
				if (!budget.take(Files.size(file))) {
					checks.add(DoctorCheck.of(Status.INFO, subject, "not read: one check reads at most "
							+ MAX_DLL_BYTES / (1024 * 1024) + " MB of DLLs; check it alone with ./sdk inspect"));
					continue;
				}
				Loadability verdict = loadability.check(file);
				List<String> details = verdict.warnings().stream().map(w -> "warning: " + w.line()).toList();
				checks.add(switch (verdict.verdict()) {
				case NVSE_PLUGIN -> new DoctorCheck(Status.OK, subject, "an NVSE plugin the game can load" + version(verdict), details);
				case NOT_AN_NVSE_PLUGIN -> new DoctorCheck(Status.INFO, subject, "not an NVSE plugin" + version(verdict)
						+ ": NVSE loads it, finds no entry point and skips it" + (name.equalsIgnoreCase("jemalloc.dll")
								? " (the MemoryPool runtime beside it loads it)" : ""), details);
				case NOT_LOADABLE -> new DoctorCheck(Status.PROBLEM, subject, name.equalsIgnoreCase("jemalloc.dll")
						? "the game cannot load it, so the MemoryPool runtime beside it falls back to the system heap:"
								+ " replace it with the SDK's (deploy a plugin that uses MemoryPool again)"
						: TerminalText.escapeLine(verdict.reason()), details);
				});
			} catch (IOException e) {
				checks.add(DoctorCheck.of(Status.PROBLEM, subject, "cannot be read ("
						+ TerminalText.escapeLine(String.valueOf(e.getMessage())) + ")"));
			}
		}
		if (files.size() >= MAX_ENTRIES) {
			ignored.add("... (only the first " + MAX_ENTRIES + " entries were read)");
		}
		if (!ignored.isEmpty()) {
			checks.add(new DoctorCheck(Status.INFO, label, ignored.size() + " entr" + (ignored.size() == 1 ? "y" : "ies")
					+ " NVSE ignores (it loads only *.dll files)", ignored));
		} else if (dlls == 0) {
			checks.add(DoctorCheck.of(Status.INFO, label, "empty"));
		}
	}

	/** ", version 1.2.0.0", the file version of the DLL's version resource (what Explorer shows), or "" without one. */
	private static String version(Loadability loadability) {
		return loadability.fileVersion().map(v -> ", version " + v).orElse("");
	}

	/** Where the runtime and jemalloc.dll are, which build, and what the runtime's last run chose. */
	private void runtime(GameLayout game, Optional<Path> mods, Optional<ModOrganizerInstance> instance,
			List<DoctorCheck> checks) {
		List<DeployTarget> targets = new ArrayList<>(List.of(new DeployTarget(game, Optional.empty())));
		mods.ifPresent(m -> targets.add(new DeployTarget(game, Optional.of(m))));
		List<String> details = new ArrayList<>();
		boolean found = false;
		boolean seenByTheGame = false;
		boolean jemallocBeside = Files.isRegularFile(game.jemalloc());
		for (DeployTarget target : targets) {
			Path plugin = target.memoryPoolPlugin();
			if (Files.isRegularFile(plugin)) {
				found = true;
				// In MO2's mods folder the game sees it only while its mod is enabled in the profile.
				seenByTheGame |= target.modOrganizerMods().isEmpty() || enabledMods(instance).contains(DeployTarget.RUNTIME_MOD);
				details.add("MemoryPoolNVSE.dll: " + plugin + " (" + build(plugin, shippedPlugin) + ")");
				Path besidePlugin = ExistingNames.resolve(plugin.getParent(), "jemalloc.dll");
				if (Files.isRegularFile(besidePlugin)) {
					jemallocBeside = true;
					details.add("jemalloc.dll: " + besidePlugin + " (" + build(besidePlugin, shippedJemalloc)
							+ "; looked for first)");
				}
			}
		}
		if (Files.isRegularFile(game.jemalloc())) {
			details.add("jemalloc.dll: " + game.jemalloc() + " (" + build(game.jemalloc(), shippedJemalloc) + ")");
		}
		if (!found) {
			checks.add(new DoctorCheck(Status.INFO, "MemoryPool runtime", "not installed (only plugins that use"
					+ " MemoryPool need it; ./sdk deploy installs it with them)", details));
			return;
		}
		Optional<Path> logFile = lastLog(game, instance);
		RuntimeLog log = logFile.map(RuntimeLog::read).orElse(RuntimeLog.NONE);
		logFile.ifPresent(f -> details.add("log of the last run: " + f));
		log.version().ifPresent(v -> details.add("last run: MemoryPoolNVSE " + v));
		log.jemallocFile().ifPresent(f -> details.add("last run loaded " + f));
		String allocator = log.allocator().map(a -> "its last run chose " + a).orElse("no run logged yet");
		if (!seenByTheGame) {
			checks.add(new DoctorCheck(Status.WARNING, "MemoryPool runtime", "its mod " + DeployTarget.RUNTIME_MOD
					+ " is not enabled in Mod Organizer 2's profile, so the game does not see it: tick it in MO2's left pane",
					details));
		} else if (!jemallocBeside) {
			checks.add(new DoctorCheck(Status.WARNING, "MemoryPool runtime", "no jemalloc.dll beside it or next to"
					+ " FalloutNV.exe, so it uses the system heap (" + allocator + "): deploy again to install it", details));
		} else if (log.allocator().filter(a -> a.startsWith("system fallback")).isPresent()) {
			checks.add(new DoctorCheck(Status.WARNING, "MemoryPool runtime", allocator
					+ ": check the jemalloc.dll files listed", details));
		} else {
			checks.add(new DoctorCheck(Status.OK, "MemoryPool runtime", allocator, details));
		}
	}

	/** The runtime writes its log next to the EXE; under MO2 that new file lands in the instance's overwrite folder. */
	private static Optional<Path> lastLog(GameLayout game, Optional<ModOrganizerInstance> instance) {
		List<Path> logs = new ArrayList<>(List.of(game.memoryPoolLog()));
		instance.ifPresent(i -> logs.add(i.runtimeLog()));
		return RuntimeLog.newest(logs);
	}

	/** The mods enabled in the instance's selected profile; none when it cannot be read. */
	private static Set<String> enabledMods(Optional<ModOrganizerInstance> instance) {
		try {
			Optional<Path> modList = instance.flatMap(ModOrganizerInstance::modList);
			return modList.isPresent() ? new HashSet<>(ModList.enabledMods(modList.get())) : Set.of();
		} catch (IOException e) {
			return Set.of();
		}
	}

	private void modOrganizer(Path mods, Optional<ModOrganizerInstance> instance, Optional<GameLayout> game,
			ReadBudget budget, List<DoctorCheck> checks) {
		if (!Files.isDirectory(mods)) {
			checks.add(DoctorCheck.of(Status.PROBLEM, "Mod Organizer 2", "the mods folder " + mods + " does not exist:"
					+ " give the mods folder of your MO2 instance"));
			return;
		}
		if (instance.isEmpty() || instance.get().modList().isEmpty()) {
			checks.add(DoctorCheck.of(Status.WARNING, "Mod Organizer 2", instance.isEmpty()
					? "no instance (" + ModOrganizerInstance.INI + ") names " + mods + " as its mods folder, so which mods"
							+ " are enabled cannot be read"
					: instance.get().ini() + " selects no profile"));
			return;
		}
		Path modList = instance.get().modList().get();
		Set<String> enabled;
		try {
			enabled = new HashSet<>(ModList.enabledMods(modList));
		} catch (IOException e) {
			checks.add(DoctorCheck.of(Status.WARNING, "Mod Organizer 2", TerminalText.escapeLine(String.valueOf(e.getMessage()))));
			return;
		}
		List<String> details = new ArrayList<>();
		instance.get().gamePath().filter(p -> game.isPresent() && !p.equals(game.get().root().toAbsolutePath().normalize()))
				.ifPresent(p -> details.add("warning: the instance manages the game in " + p));
		Status status = details.isEmpty() ? Status.OK : Status.WARNING;
		List<Path> pluginMods = new ArrayList<>();
		for (Path mod : list(mods)) {
			Path nested = ExistingNames.resolve(mod, "Data", "NVSE", "Plugins");
			if (Files.isDirectory(nested)) {
				details.add("warning: " + TerminalText.escape(mod.getFileName().toString()) + " holds Data/NVSE/Plugins: MO2"
						+ " puts a mod's files into the game's Data, so the game looks in Data/Data/NVSE/Plugins and loads"
						+ " none of them: move its NVSE folder up, out of Data");
				status = Status.WARNING;
			}
			Path plugins = ExistingNames.resolve(mod, "NVSE", "Plugins");
			if (Files.isDirectory(plugins)) {
				String name = mod.getFileName().toString();
				boolean on = enabled.contains(name);
				details.add(TerminalText.escape(name) + (on ? ": enabled" : ": NOT enabled, so the game does not see its NVSE"
						+ " plugins: tick it in MO2's left pane"));
				if (on) {
					pluginMods.add(plugins);
				} else {
					status = Status.WARNING;
				}
			}
		}
		checks.add(new DoctorCheck(status, "Mod Organizer 2", "instance " + instance.get().ini().getParent() + ", profile "
				+ TerminalText.escape(modList.getParent().getFileName().toString()), details));
		if (game.isPresent()) {
			for (Path plugins : pluginMods) {
				pluginsFolder(TerminalText.escape(plugins.getParent().getParent().getFileName().toString()) + "/NVSE/Plugins",
						plugins, game.get(), budget, checks);
			}
		}
	}

	/** "the build this SDK ships" or "another build, N bytes". */
	private static String build(Path deployed, Optional<Path> shipped) {
		try {
			if (shipped.isPresent() && Files.isRegularFile(shipped.get()) && Files.size(deployed) == Files.size(shipped.get())
					&& Files.mismatch(deployed, shipped.get()) == -1) {
				return "the build this SDK ships";
			}
			return shipped.isPresent() ? "another build than this SDK ships, " + Files.size(deployed) + " bytes"
					: Files.size(deployed) + " bytes";
		} catch (IOException e) {
			return "cannot be read: " + TerminalText.escapeLine(String.valueOf(e.getMessage()));
		}
	}

	/** A folder's entries, sorted by name, at most {@link #MAX_ENTRIES}; none when it cannot be listed. */
	private static List<Path> list(Path folder) {
		List<Path> entries = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
			for (Path entry : stream) {
				if (entries.size() == MAX_ENTRIES) {
					break;
				}
				entries.add(entry);
			}
		} catch (IOException e) {
			return List.of();
		}
		entries.sort(Comparator.comparing(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)));
		return entries;
	}

	/** What is left of the bytes one examination may read. */
	private static final class ReadBudget {
		private long left;

		ReadBudget(long bytes) {
			left = bytes;
		}

		/** Whether {@code bytes} more may be read; if so they are counted. */
		boolean take(long bytes) {
			if (bytes > left) {
				return false;
			}
			left -= bytes;
			return true;
		}
	}
}
