// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.memorypool.sdk.core.RealPaths;
import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.game.ExistingNames;
import org.memorypool.sdk.core.game.ModList;

/**
 * The record of a project's last deploy, kept in the user's own state ({@link PluginProject#journal}), as a properties
 * file: {@code state} ({@code applying} or {@code done}); {@code root.N}, the folders the deploy wrote into;
 * {@code folder.N}, the folders it created; and per file {@code N.target}, {@code N.replaces}, {@code N.old} and
 * {@code N.new} (the SHA-256 of the file replaced and of the file put there, hex). A journal of the SDK before
 * states (one {@code target=replaces} line a file) is read too.
 * <p>
 * Undo deletes and renames what a journal names, so a damaged or foreign journal is refused unless every entry is
 * one a deploy could have made: each root a game folder (it holds {@code FalloutNV.exe}) or a Mod Organizer 2 mods
 * folder, each target a DLL next to the game's EXE, in the game's {@code Data/NVSE/Plugins}, or in a mod's
 * {@code NVSE/Plugins} (names in any case, no link on the way leading out), and each created folder one on the way to
 * a target. Undo then removes or restores only a file that still holds what the deploy put there ({@code N.new}).
 */
final class DeployJournal {

	static final String APPLYING = "applying";
	static final String DONE = "done";

	/** A journal lists a few files; a larger one is not the SDK's. */
	private static final long MAX_SIZE = 1024 * 1024;

	/**
	 * A file the journal names.
	 *
	 * @param oldDigest the SHA-256 of the file it replaced, hex; empty when it replaced none, or in an older journal
	 * @param newDigest the SHA-256 of the file the deploy put there, hex; empty in an older journal
	 */
	record Entry(FileCopy copy, String oldDigest, String newDigest) {
	}

	/**
	 * What a journal holds.
	 *
	 * @param state {@link #APPLYING}, {@link #DONE}, or null in the oldest format
	 * @param createdFolders deepest first
	 * @param modList the Mod Organizer 2 profile's {@code modlist.txt} the deploy changed, and how; empty when none
	 * @param uses    files the deploy found already in place ({@code unchanged}) and relies on, e.g. the shared runtime:
	 *                another project's undo keeps them
	 */
	record Contents(String state, List<Path> roots, List<Entry> entries, List<Path> createdFolders,
			Optional<ModListChanges> modList, List<Path> uses) {

		Contents(String state, List<Path> roots, List<Entry> entries, List<Path> createdFolders) {
			this(state, roots, entries, createdFolders, Optional.empty(), List.of());
		}

		Contents withModList(ModListChanges changes) {
			return new Contents(state, roots, entries, createdFolders, Optional.of(changes), uses);
		}

		Contents withUses(List<Path> files) {
			return new Contents(state, roots, entries, createdFolders, modList, List.copyOf(files));
		}
	}

	/** The mods a deploy enabled in a profile's {@code modlist.txt}. */
	record ModListChanges(Path file, List<ModList.Change> changes) {
	}

	private DeployJournal() {
	}

	/**
	 * Writes the journal through a file beside it renamed over it, so that it is always wholly old or wholly new.
	 *
	 * @param beforeRename called between writing and renaming: where tests stop a deploy
	 */
	static void write(Path journal, Contents contents, Runnable beforeRename) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("state", contents.state());
		for (int i = 0; i < contents.createdFolders().size(); i++) {
			properties.setProperty("folder." + i, contents.createdFolders().get(i).toAbsolutePath().normalize().toString());
		}
		for (int i = 0; i < contents.roots().size(); i++) {
			properties.setProperty("root." + i, contents.roots().get(i).toAbsolutePath().normalize().toString());
		}
		for (int i = 0; i < contents.uses().size(); i++) {
			properties.setProperty("uses." + i, contents.uses().get(i).toAbsolutePath().normalize().toString());
		}
		contents.modList().ifPresent(m -> {
			properties.setProperty("modlist", m.file().toAbsolutePath().normalize().toString());
			for (int i = 0; i < m.changes().size(); i++) {
				properties.setProperty("modlist." + i + ".mod", m.changes().get(i).mod());
				properties.setProperty("modlist." + i + ".listed", Boolean.toString(m.changes().get(i).listed()));
			}
		});
		for (int i = 0; i < contents.entries().size(); i++) {
			Entry entry = contents.entries().get(i);
			properties.setProperty(i + ".target", entry.copy().target().toString());
			properties.setProperty(i + ".replaces", Boolean.toString(entry.copy().replaces()));
			if (entry.copy().replaces()) {
				properties.setProperty(i + ".old", entry.oldDigest());
			}
			properties.setProperty(i + ".new", entry.newDigest());
		}
		Files.createDirectories(journal.getParent());
		Path next = next(journal);
		try (OutputStream out = Files.newOutputStream(next, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
				StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
			properties.store(out, "Deploy of the MemoryPool SDK (state " + contents.state()
					+ "): n.target, n.replaces (a .bak exists), n.old and n.new (SHA-256)");
		}
		beforeRename.run();
		Deployer.replace(next, journal);
	}

	/** The file a journal is written to before it is renamed over the journal. */
	static Path next(Path journal) {
		return journal.resolveSibling(journal.getFileName() + ".next");
	}

	/**
	 * The files other journals beside this one (other projects' last deploys) put in place or rely on, as normalized
	 * paths: read leniently, a journal that cannot be read counts for nothing; at most 1000 journals.
	 */
	static java.util.Set<String> filesOfOtherDeploys(Path journal) {
		java.util.Set<String> files = new java.util.HashSet<>();
		Path folder = journal.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return files;
		}
		try (java.nio.file.DirectoryStream<Path> journals = Files.newDirectoryStream(folder, "*.properties")) {
			int read = 0;
			for (Path other : journals) {
				if (other.getFileName().equals(journal.getFileName()) || ++read > 1000) {
					continue;
				}
				try {
					Properties properties = load(other);
					for (String key : properties.stringPropertyNames()) {
						if (key.endsWith(".target") || key.startsWith("uses.")) {
							files.add(journal.getFileSystem().getPath(properties.getProperty(key)).normalize().toString());
						}
					}
				} catch (IOException | java.nio.file.InvalidPathException e) {
					// Another project's damaged journal: its own deploy will say so.
				}
			}
		} catch (IOException e) {
			// No other journals to consult.
		}
		return files;
	}

	/** The journal's state alone, without checking its entries: {@code null} in the oldest format. */
	static String state(Path journal) throws IOException {
		return load(journal).getProperty("state");
	}

	/**
	 * Reads and checks a journal.
	 *
	 * @throws IOException when it cannot be read, or names anything a deploy could not have made; the message says to
	 *         delete it
	 */
	static Contents read(Path journal) throws IOException {
		Properties properties = load(journal);
		FileSystem fs = journal.getFileSystem();
		try {
			String state = properties.getProperty("state");
			if (state == null) {
				return readOldest(journal, properties);
			}
			List<Path> roots = new ArrayList<>();
			for (int i = 0; properties.getProperty("root." + i) != null; i++) {
				Path root = fs.getPath(properties.getProperty("root." + i)).normalize();
				if (!root.isAbsolute()) {
					throw foreign(journal, "the folder " + root);
				}
				roots.add(root);
			}
			List<Entry> entries = new ArrayList<>();
			for (int i = 0; properties.getProperty(i + ".target") != null; i++) {
				Path target = fs.getPath(properties.getProperty(i + ".target"));
				String newDigest = properties.getProperty(i + ".new", "");
				// Without the digest (a journal of the SDK before it), only a game folder is believed.
				checkTarget(journal, target, roots, !newDigest.isEmpty());
				entries.add(new Entry(new FileCopy(target, target, Boolean.parseBoolean(properties.getProperty(i + ".replaces"))),
						properties.getProperty(i + ".old", ""), newDigest));
			}
			List<Path> folders = new ArrayList<>();
			for (int i = 0; properties.getProperty("folder." + i) != null; i++) {
				Path folder = fs.getPath(properties.getProperty("folder." + i)).normalize();
				boolean onTheWay = entries.stream().map(e -> e.copy().target().normalize())
						.anyMatch(target -> target.startsWith(folder) && !target.equals(folder)
								&& roots.stream().anyMatch(root -> folder.startsWith(root) && !folder.equals(root)));
				if (!onTheWay) {
					throw foreign(journal, "the folder " + folder);
				}
				folders.add(folder);
			}
			folders.sort((a, b) -> Integer.compare(b.getNameCount(), a.getNameCount()));
			List<Path> uses = new ArrayList<>();
			for (int i = 0; properties.getProperty("uses." + i) != null; i++) {
				uses.add(fs.getPath(properties.getProperty("uses." + i)).normalize());
			}
			return new Contents(state, roots, entries, folders, modList(journal, properties), uses);
		} catch (InvalidPathException e) {
			throw new IOException("the journal " + journal + " names a file that is not a path here (" + e.getMessage()
					+ "): it was not written by this SDK; delete it", e);
		}
	}

	/**
	 * The mod list changes a journal names: only a file named {@code modlist.txt}, and only lines of mods whose names
	 * are one line; undo touches nothing else of it.
	 */
	private static Optional<ModListChanges> modList(Path journal, Properties properties) throws IOException {
		String file = properties.getProperty("modlist");
		if (file == null) {
			return Optional.empty();
		}
		Path path = journal.getFileSystem().getPath(file).normalize();
		if (!path.isAbsolute() || path.getFileName() == null || !lower(path.getFileName()).equals("modlist.txt")) {
			throw foreign(journal, TerminalText.escape(file));
		}
		List<ModList.Change> changes = new ArrayList<>();
		for (int i = 0; properties.getProperty("modlist." + i + ".mod") != null; i++) {
			String mod = properties.getProperty("modlist." + i + ".mod");
			if (mod.isBlank() || mod.chars().anyMatch(c -> c < 0x20)) {
				throw foreign(journal, "the mod \"" + TerminalText.escape(mod) + "\"");
			}
			changes.add(new ModList.Change(mod, Boolean.parseBoolean(properties.getProperty("modlist." + i + ".listed"))));
		}
		return Optional.of(new ModListChanges(path, changes));
	}

	/** That format kept no roots, digests or folders: only a target in a game's plugins folder is believed. */
	private static Contents readOldest(Path journal, Properties properties) throws IOException {
		List<Entry> entries = new ArrayList<>();
		List<Path> roots = new ArrayList<>();
		for (String name : properties.stringPropertyNames()) {
			Path target = journal.getFileSystem().getPath(name);
			Path plugins = target.normalize().getParent();
			Path game = plugins == null || plugins.getParent() == null ? null : plugins.getParent().getParent();
			if (game == null || !Files.isRegularFile(ExistingNames.resolve(game, "FalloutNV.exe"))) {
				throw foreign(journal, TerminalText.escape(name));
			}
			checkTarget(journal, target, List.of(game), false);
			roots.add(game);
			entries.add(new Entry(new FileCopy(target, target, Boolean.parseBoolean(properties.getProperty(name))), "", ""));
		}
		return new Contents(null, roots, entries, List.of());
	}

	/**
	 * A target must be a DLL a deploy writes: next to a game's EXE or in its {@code Data/NVSE/Plugins}, or in a mod's
	 * {@code NVSE/Plugins} in a mods folder (when {@code modsFolders}), with no link on the way leading out of the root.
	 */
	private static void checkTarget(Path journal, Path target, List<Path> roots, boolean modsFolders) throws IOException {
		Path normal = target.normalize();
		boolean archiveInstall = isArchiveInstall(journal);
		for (Path root : roots) {
			if (!normal.isAbsolute() || !normal.startsWith(root) || normal.equals(root)) {
				continue;
			}
			Path relative = root.relativize(normal);
			boolean game = Files.isRegularFile(ExistingNames.resolve(root, "FalloutNV.exe"));
			boolean shape = game ? relative.getNameCount() == 1 || named(relative, "data", "nvse", "plugins")
					: modsFolders && named(relative, null, "nvse", "plugins");
			// An archive's files: anything below the game's Data folder, or inside one mod of a mods folder.
			boolean archiveShape = archiveInstall && relative.getNameCount() >= 2
					&& (game ? lower(relative.getName(0)).equals("data") : modsFolders);
			if ((archiveShape || shape && lower(relative.getFileName()).endsWith(".dll"))
					&& RealPaths.staysInside(root, normal.getParent())) {
				return;
			}
		}
		throw foreign(journal, TerminalText.escape(target.toString()));
	}

	/** Whether {@code relative} is four names whose first three are these (null: any), in any case. */
	private static boolean named(Path relative, String... folders) {
		if (relative.getNameCount() != folders.length + 1) {
			return false;
		}
		for (int i = 0; i < folders.length; i++) {
			if (folders[i] != null && !lower(relative.getName(i)).equals(folders[i])) {
				return false;
			}
		}
		return true;
	}

	private static String lower(Path name) {
		return name.toString().toLowerCase(Locale.ROOT);
	}

	/** The folder, in the state folder, of the journals of archive installs ({@code ./sdk install}). */
	static final String ARCHIVE_INSTALLS = "installs";

	/** Whether {@code journal} records an archive's install, whose files may be any in the Data folder or a mod. */
	private static boolean isArchiveInstall(Path journal) {
		Path folder = journal.toAbsolutePath().getParent();
		return folder != null && folder.getFileName() != null && folder.getFileName().toString().equals(ARCHIVE_INSTALLS);
	}

	private static IOException foreign(Path journal, String what) {
		return new IOException("the journal " + journal + " names " + what + ", which no deploy writes: it was not"
				+ " written by this SDK; delete it");
	}

	private static Properties load(Path journal) throws IOException {
		if (!Files.isRegularFile(journal) || Files.size(journal) > MAX_SIZE) {
			throw new IOException("the journal " + journal + " is not a file of at most 1 MB: it was not written by this"
					+ " SDK; delete it");
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(journal)) {
			properties.load(in);
		} catch (IllegalArgumentException e) {
			throw new IOException("the journal " + journal + " is damaged (" + e.getMessage() + "): delete it", e);
		}
		return properties;
	}
}
