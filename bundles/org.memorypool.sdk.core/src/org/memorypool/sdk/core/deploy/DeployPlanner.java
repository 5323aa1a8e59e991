// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.memorypool.sdk.core.RealPaths;
import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.game.ExistingNames;
import org.memorypool.sdk.core.game.ModOrganizerInstance;
import org.memorypool.sdk.core.loadability.Loadability;
import org.memorypool.sdk.core.loadability.LoadabilityCheck;
import org.memorypool.sdk.core.loadability.Verdict;

/**
 * Works out a deploy and refuses it, with one reason, when it cannot be done safely: the plan is made before
 * anything is touched, so a refusal changes nothing.
 */
public final class DeployPlanner {

	/** The largest file a deploy replaces (and so hashes and backs up): as large as the PE reader reads. */
	private static final long MAX_REPLACED_SIZE = 128L * 1024 * 1024;

	private final Path shippedMemoryPool;
	private final Path shippedJemalloc;

	/** The runtime files the SDK ships, deployed with plugins that use MemoryPool. */
	public DeployPlanner(Path shippedMemoryPool, Path shippedJemalloc) {
		this.shippedMemoryPool = shippedMemoryPool;
		this.shippedJemalloc = shippedJemalloc;
	}

	/**
	 * @param pluginDll      the built plugin
	 * @param modName        the project's name, the mod's folder name under Mod Organizer 2
	 * @param usesMemoryPool whether to install or update the MemoryPool runtime too
	 */
	public DeployPlan plan(Path pluginDll, String modName, boolean usesMemoryPool, DeployTarget target) throws DeployException {
		checkGame(target);
		if (target.modOrganizerMods().isPresent()) {
			checkModName(modName, target.modOrganizerMods().get());
			if (modName.equalsIgnoreCase(DeployTarget.RUNTIME_MOD) && usesMemoryPool) {
				throw new DeployException("The project is named like the runtime's mod " + DeployTarget.RUNTIME_MOD
						+ ": rename the project (its .project)");
			}
		}
		Loadability loadability = checkPlugin(pluginDll, target.game().root());
		List<Path[]> files = new ArrayList<>();
		files.add(new Path[] { pluginDll, ExistingNames.resolve(target.pluginsFolder(modName), pluginDll.getFileName().toString()) });
		if (usesMemoryPool) {
			files.add(new Path[] { shippedMemoryPool, target.memoryPoolPlugin() });
			files.add(new Path[] { shippedJemalloc, target.jemalloc() });
		}
		checkDistinctTargets(files, List.of(target.memoryPoolPlugin(), target.jemalloc()));
		List<FileCopy> copies = new ArrayList<>();
		List<Path> unchanged = new ArrayList<>();
		List<Path> roots = new ArrayList<>(List.of(target.game().root()));
		target.modOrganizerMods().ifPresent(roots::add);
		for (Path[] file : files) {
			Path source = file[0];
			Path destination = file[1];
			checkNoLinkLeadsOut(destination, roots);
			if (!Files.isRegularFile(source)) {
				throw new DeployException(source + " is missing: " + (source == pluginDll ? "build the project first" : "reinstall the SDK"));
			}
			if (Files.exists(destination) && !Files.isRegularFile(destination)) {
				throw new DeployException(destination + " is not a file (a folder, a pipe or a device stands there): move"
						+ " it out of the game folder, then deploy again");
			}
			if (Files.exists(destination)) {
				checkNotTooLarge(destination);
				checkNotInUse(destination);
				if (sameContent(source, destination)) {
					unchanged.add(destination);
					continue;
				}
			}
			checkWritable(existingAncestor(destination.getParent()));
			copies.add(new FileCopy(source, destination, Files.exists(destination)));
		}
		return new DeployPlan(copies, unchanged,
				loadability.warnings().stream().map(w -> loadability.fileName() + " " + w.line()).toList(), roots);
	}

	/**
	 * The plugin must not land where the runtime's files go (a project or artifact named MemoryPoolNVSE or jemalloc, in
	 * any case): one copy would overwrite the other, and its backup the file it replaced.
	 */
	private static void checkDistinctTargets(List<Path[]> files, List<Path> runtimeFiles) throws DeployException {
		String plugin = files.get(0)[1].toAbsolutePath().normalize().toString();
		for (Path runtimeFile : runtimeFiles) {
			// Whether or not this deploy installs the runtime: the plugin would replace a runtime the user installed.
			if (runtimeFile.toAbsolutePath().normalize().toString().equalsIgnoreCase(plugin)) {
				throw new DeployException("The plugin " + files.get(0)[0].getFileName() + " would replace the MemoryPool"
						+ " runtime's " + runtimeFile.getFileName() + ": rename the project's artifact (C/C++ Build >"
						+ " Settings > Build Artifact, or the project)");
			}
		}
	}

	/**
	 * A file deploy writes must stay in the game's (or MO2's mods) folder also after following links: a plugins folder
	 * that is a link leading elsewhere would put the plugin, and later its undo, outside.
	 */
	static void checkNoLinkLeadsOut(Path destination, List<Path> roots) throws DeployException {
		for (Path root : roots) {
			if (!destination.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize())) {
				continue;
			}
			try {
				Optional<Path> link = RealPaths.leadingOut(root, destination.getParent());
				if (link.isPresent()) {
					throw new DeployException(link.get() + " is a link leading out of " + root.toAbsolutePath().normalize()
							+ " (to " + link.get().toRealPath() + "): deploy writes only inside the folder it is given; give"
							+ " the real game folder, or replace the link with a folder");
				}
			} catch (IOException e) {
				throw new DeployException(destination + " cannot be checked (" + e.getMessage() + "): check the folder's"
						+ " permissions", e);
			}
			return;
		}
	}

	/** The mod's folder must be one folder in MO2's mods folder: a project's name is read from its files. */
	private static void checkModName(String modName, Path mods) throws DeployException {
		boolean oneFolder;
		try {
			Path folder = mods.resolve(modName).normalize();
			oneFolder = !modName.isBlank() && modName.chars().noneMatch(c -> c < 0x20 || c == '/' || c == '\\')
					&& mods.normalize().equals(folder.getParent());
		} catch (InvalidPathException e) {
			oneFolder = false;
		}
		if (!oneFolder) {
			throw new DeployException("The project's name \"" + TerminalText.escape(modName) + "\" cannot be a mod folder in "
					+ mods + ": rename the project (its .project) to a plain folder name");
		}
	}

	static void checkGame(DeployTarget target) throws DeployException {
		Path root = target.game().root();
		if (!Files.isDirectory(root)) {
			throw new DeployException("The game folder " + root + " does not exist: set the game folder in the preferences (or --game)");
		}
		if (!Files.isRegularFile(target.game().exe())) {
			throw new DeployException(root + " is not a Fallout: New Vegas folder: it has no FalloutNV.exe");
		}
		if (!Files.isWritable(root)) {
			throw new DeployException("The game folder " + root + " is not writable: fix its permissions or run with rights to it");
		}
		if (target.modOrganizerMods().isPresent() && !Files.isDirectory(target.modOrganizerMods().get())) {
			throw new DeployException("The Mod Organizer 2 mods folder " + target.modOrganizerMods().get() + " does not exist");
		}
		if (target.modOrganizerMods().isPresent()
				&& Files.isRegularFile(ExistingNames.resolve(target.modOrganizerMods().get(), ModOrganizerInstance.INI))) {
			Path instance = target.modOrganizerMods().get();
			Path mods = ModOrganizerInstance.read(ExistingNames.resolve(instance, ModOrganizerInstance.INI))
					.map(ModOrganizerInstance::mods).orElse(instance.resolve("mods"));
			throw new DeployException(instance + " is a Mod Organizer 2 instance (it holds " + ModOrganizerInstance.INI
					+ "), not its mods folder: give " + mods);
		}
		if (target.modOrganizerMods().isPresent() && target.modOrganizerMods().get().toAbsolutePath().normalize()
				.startsWith(root.toAbsolutePath().normalize())) {
			throw new DeployException("The Mod Organizer 2 mods folder " + target.modOrganizerMods().get() + " lies in the"
					+ " game folder, where MO2's mods must not be (the game would see them all): give the mods folder of"
					+ " your MO2 instance");
		}
	}

	/**
	 * The loadability check, with the game folder's own DLLs counting as present; anything but an NVSE plugin the
	 * game can load is refused with the first reason and its fix.
	 */
	private static Loadability checkPlugin(Path dll, Path gameRoot) throws DeployException {
		Loadability loadability;
		try {
			loadability = LoadabilityCheck.forPlayers().inGameFolder(gameRoot).check(dll);
		} catch (IOException e) {
			throw new DeployException(dll + " cannot be read: " + e.getMessage() + " (build the project first)");
		}
		if (loadability.verdict() != Verdict.NVSE_PLUGIN) {
			throw new DeployException(loadability.reason());
		}
		return loadability;
	}

	/**
	 * A file the deploy replaces is hashed and copied to its backup: one far larger than any DLL is no plugin, and
	 * copying it would cost gigabytes.
	 */
	private static void checkNotTooLarge(Path file) throws DeployException {
		try {
			long size = Files.size(file);
			if (size > MAX_REPLACED_SIZE) {
				throw new DeployException(file + " is " + size / (1024 * 1024) + " MB, larger than any DLL the game loads:"
						+ " move it out of the game folder, then deploy again");
			}
		} catch (IOException e) {
			throw new DeployException(file + " cannot be read (" + e.getMessage() + "): check its permissions", e);
		}
	}

	/** Windows locks a DLL the game has loaded; elsewhere a lock held by another process says the same. */
	private static void checkNotInUse(Path file) throws DeployException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new DeployException(file + " is in use (is the game running?): close the game and deploy again");
			}
		} catch (IOException | OverlappingFileLockException e) {
			throw new DeployException(file + " is in use (is the game running?): close the game and deploy again");
		}
	}

	private static void checkWritable(Path folder) throws DeployException {
		if (!Files.isWritable(folder)) {
			throw new DeployException(folder + " is not writable: fix its permissions");
		}
	}

	private static Path existingAncestor(Path folder) {
		Path existing = folder;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		return existing == null ? folder : existing;
	}

	private static boolean sameContent(Path a, Path b) throws DeployException {
		try {
			return Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
		} catch (IOException e) {
			throw new DeployException("Cannot compare " + a + " with " + b + ": " + e.getMessage());
		}
	}
}
