// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.memorypool.sdk.core.Sentences;
import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.deploy.DeployException;
import org.memorypool.sdk.core.deploy.DeployPlan;
import org.memorypool.sdk.core.deploy.DeployTarget;
import org.memorypool.sdk.core.deploy.Deployer;
import org.memorypool.sdk.core.deploy.ModArchiveContents;
import org.memorypool.sdk.core.deploy.ModArchiveInstall;
import org.memorypool.sdk.core.deploy.ModOrganizerEnabling;
import org.memorypool.sdk.core.game.GameFolderCheck;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.game.ModOrganizerInstance;
import org.memorypool.sdk.core.loadability.Loadability;
import org.memorypool.sdk.core.loadability.LoadabilityCheck;
import org.memorypool.sdk.core.loadability.Verdict;
import org.memorypool.sdk.core.pe.PeVersion;

/**
 * {@code ./sdk install}: installs a mod archive (what {@code ./sdk package} writes) as a player would, so that an author
 * tries exactly what ships: unpacked into the game's {@code Data} folder, or with {@code --mods} as its own Mod Organizer
 * 2 mod with MO2's {@code meta.ini}, enabled in the instance's profile. Every plugin DLL in it passes the game's
 * loadability check first; {@code --undo} takes the last install of that archive back out.
 */
final class InstallCommand implements Command {

	private static final String REFUSED = "Not installed: ";
	private static final Map<String, String> VALUE_OPTIONS = Map.of("--game", "\"C:/Games/Fallout New Vegas\"", "--mods",
			"\"C:/Modding/MO2/mods\"");
	private static final String UNDO = "--undo";
	private static final String META_INI = "meta.ini";
	private static final String STAGING_PREFIX = "memorypool-install";

	private final Optional<Path> instancesFolder;

	InstallCommand() {
		this(ModOrganizerInstance.instancesFolderOfThisMachine());
	}

	/** @param instancesFolder MO2's global instances folder ({@code %LOCALAPPDATA%\ModOrganizer}), where there is one */
	InstallCommand(Optional<Path> instancesFolder) {
		this.instancesFolder = instancesFolder;
	}

	@Override
	public String name() {
		return "install";
	}

	@Override
	public String usage() {
		return "install <archive.zip> --game <dir> [--mods <MO2 mods>] [--undo]";
	}

	@Override
	public String summary() {
		return "install a mod archive as players do: into the game's Data folder, or with --mods as its own Mod Organizer 2"
				+ " mod, enabled in the profile";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		CommandArguments arguments = CommandArguments.parse(args, VALUE_OPTIONS, Set.of(UNDO), "--game, --mods and --undo",
				"give the archive, e.g. ./sdk install MyPlugin-1.0.0.zip --game <game folder>", "archive");
		Path archive = Path.of(arguments.folder()).toAbsolutePath().normalize();
		String game = arguments.value("--game").orElseThrow(() -> new UsageException("give the game folder with --game <dir>"));
		Path gameDir = Path.of(game).toAbsolutePath().normalize();
		Optional<Path> mods = arguments.value("--mods").map(m -> Path.of(m).toAbsolutePath().normalize());
		String modName = ModArchiveInstall.modName(archive);
		DeployTarget target = new DeployTarget(new GameLayout(gameDir), mods);
		Path destination = ModArchiveInstall.destination(target.game(), mods, modName);
		Path journal = ModArchiveInstall.journal(destination, modName);
		Deployer deployer = new Deployer(journal);
		if (arguments.has(UNDO)) {
			try {
				deployer.undo().forEach(line -> out.println(TerminalText.escapeLine(line)));
				out.println("Took the last install into " + TerminalText.escape(destination.toString()) + " back out");
				return 0;
			} catch (DeployException e) {
				out.println("Not undone: " + TerminalText.escapeLine(Sentences.continuing(e.getMessage())));
				return 1;
			}
		}
		if (!Files.isRegularFile(archive)) {
			return refuse(out, "there is no file " + archive + ": give the .zip that ./sdk package wrote");
		}
		GameFolderCheck check = GameFolderCheck.of(gameDir);
		if (!check.usable()) {
			return refuse(out, check.errors().get(0));
		}
		try {
			ModArchiveInstall.check(target, modName, archive);
		} catch (DeployException e) {
			return refuse(out, e.getMessage());
		}
		check.warnings().forEach(w -> out.println("warning: " + TerminalText.escapeLine(w)));
		Path staging;
		try {
			staging = Files.createTempDirectory(STAGING_PREFIX);
			removeStaleStaging(staging.getParent());
		} catch (IOException e) {
			return refuse(out, "no temporary folder to unpack into (" + e.getMessage() + ")");
		}
		try {
			return install(archive, target, destination, modName, deployer, journal, staging, out);
		} finally {
			deleteTree(staging);
		}
	}

	private int install(Path archive, DeployTarget target, Path destination, String modName, Deployer deployer, Path journal,
			Path staging, PrintStream out) {
		boolean modOrganizer = target.modOrganizerMods().isPresent();
		DeployPlan plan;
		List<String> notes;
		try {
			ModArchiveContents contents = ModArchiveContents.unpack(archive, staging);
			List<String> warnings = new ArrayList<>();
			if (!contents.stripped().isEmpty()) {
				warnings.add("the archive's files are in its folder " + contents.stripped() + ", installed from there as Mod"
						+ " Organizer 2 does; Vortex and players unpacking by hand may not: put NVSE/ at the archive's root");
			}
			Optional<PeVersion> version = checkPlugins(contents, warnings);
			Map<String, Path> files = new TreeMap<>(contents.files());
			if (modOrganizer) {
				Path meta = Files.createDirectories(staging.resolve("meta")).resolve(META_INI);
				Files.write(meta, ModArchiveInstall.metaIni(version, archive));
				files.putIfAbsent(META_INI, meta);
			}
			deployer.rollBackInterrupted();
			Path root = target.modOrganizerMods().orElse(target.game().root());
			plan = ModArchiveInstall.plan(files, destination, root, warnings);
			if (plan.copies().isEmpty()) {
				plan.describe().forEach(line -> out.println(TerminalText.escapeLine(line)));
				ModOrganizerEnabling.enable(target, List.of(modName), instancesFolder).lines().forEach(out::println);
				out.println("Nothing to install: " + TerminalText.escape(destination.toString()) + " already has these files");
				return 0;
			}
			if (Files.isRegularFile(journal)) {
				// Another version of this mod is installed: take it out first, so that what it replaced (the player's
				// own files) is what this install keeps as .bak, and what its undo puts back.
				out.println("Taking out the last install of " + TerminalText.escape(modName) + " first:");
				deployer.undo().forEach(line -> out.println("  " + TerminalText.escapeLine(line)));
				plan = ModArchiveInstall.plan(files, destination, root, warnings);
			}
			notes = deployer.apply(plan);
		} catch (DeployException e) {
			return refuse(out, e.getMessage());
		} catch (IOException e) {
			return refuse(out, "the files cannot be put into " + TerminalText.escape(destination.toString()) + " ("
					+ e.getMessage() + ")");
		}
		plan.describe().forEach(line -> out.println(TerminalText.escapeLine(line)));
		notes.forEach(line -> out.println(TerminalText.escapeLine(line)));
		if (modOrganizer) {
			ModOrganizerEnabling.Result enabling = ModOrganizerEnabling.enable(target, List.of(modName), instancesFolder);
			enabling.lines().forEach(out::println);
			try {
				deployer.recordEnabling(enabling);
			} catch (DeployException e) {
				out.println("warning: " + TerminalText.escapeLine(e.getMessage()));
			}
		}
		out.println("Installed " + TerminalText.escape(archive.getFileName().toString()) + " into "
				+ TerminalText.escape(destination.toString()) + "; to take it back out, run ./sdk install "
				+ TerminalText.escape(archive.toString()) + " --game " + TerminalText.escape(target.game().root().toString())
				+ target.modOrganizerMods().map(m -> " --mods " + TerminalText.escape(m.toString())).orElse("") + " --undo");
		return 0;
	}

	/**
	 * Refuses an archive whose plugin DLLs the game would not load; adds the checks' warnings.
	 *
	 * @return the version resource of the archive's plugin, when it has exactly one plugin with one
	 */
	private static Optional<PeVersion> checkPlugins(ModArchiveContents contents, List<String> warnings)
			throws DeployException, IOException {
		List<String> plugins = contents.pluginDlls();
		if (plugins.isEmpty()) {
			throw new DeployException("the archive has no DLL in NVSE/Plugins, so NVSE would load nothing from it:"
					+ " package the plugin project with ./sdk package");
		}
		List<PeVersion> versions = new ArrayList<>();
		for (String name : plugins) {
			Path dll = contents.files().get(name);
			Loadability loadability = LoadabilityCheck.forPlayers().check(dll);
			if (!loadability.errors().isEmpty()) {
				throw new DeployException(name + " " + loadability.errors().get(0).line());
			}
			if (loadability.verdict() != Verdict.NVSE_PLUGIN) {
				warnings.add(name + " is " + loadability.verdict().description() + ": NVSE will skip it");
			}
			loadability.warnings().forEach(w -> warnings.add(name + " " + w.line()));
			loadability.fileVersion().ifPresent(versions::add);
		}
		return versions.size() == 1 && plugins.size() == 1 ? Optional.of(versions.get(0)) : Optional.empty();
	}

	/** Staging folders a killed install left, a day old or more (a running install's is minutes old at most). */
	private static void removeStaleStaging(Path temp) {
		long dayAgo = System.currentTimeMillis() - 24L * 3600 * 1000;
		try (java.nio.file.DirectoryStream<Path> leftovers = Files.newDirectoryStream(temp, STAGING_PREFIX + "*")) {
			for (Path leftover : leftovers) {
				if (Files.isDirectory(leftover, java.nio.file.LinkOption.NOFOLLOW_LINKS)
						&& Files.getLastModifiedTime(leftover).toMillis() < dayAgo) {
					deleteTree(leftover);
				}
			}
		} catch (IOException e) {
			// Only tidying: the system's temporary folder is cleaned up by the system too.
		}
	}

	private static void deleteTree(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// A temporary folder the system cleans up.
		}
	}

	private static int refuse(PrintStream out, String reason) {
		out.println(REFUSED + TerminalText.escapeLine(Sentences.continuing(reason)));
		return 1;
	}
}
