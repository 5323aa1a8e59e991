package org.memorypool.sdk.core.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.memorypool.sdk.core.RealPaths;
import org.memorypool.sdk.core.TerminalText;

/**
 * Carries out a {@link DeployPlan} so that a process killed at any moment (power loss, an IDE crash) leaves every
 * target either wholly old or wholly new, and the next deploy or undo finishes what was started:
 * <ol>
 * <li>the journal is written first, atomically (a file beside it renamed over it), naming every target and whether
 * it replaces a file, with the state {@code applying};</li>
 * <li>each file is copied beside its target ({@code .deploying}); a target it replaces is kept by copying it to
 * {@code .bak} (through {@code .bak.deploying}, renamed), so that the game always has a plugin;</li>
 * <li>the new file is renamed over the target, the only step that changes a target, and an atomic one;</li>
 * <li>the journal is rewritten with the state {@code done}.</li>
 * </ol>
 * A journal still {@code applying} when a deploy or undo starts is rolled back first: each target gets its
 * {@code .bak} back (or is removed when the deploy added it), and the leftovers are deleted. {@link #undo} does the
 * same for a finished deploy, and removes the folders the deploy created (when nothing else was put in them). The
 * journal holds each replaced file's SHA-256, so that a {@code .bak} left by an earlier
 * deploy is never taken for this one's, and a target already back to its old content is left alone.
 */
public final class Deployer {

	/** Where a crash can happen between two steps; tests stop a deploy at each of them. */
	interface Steps {
		Steps NONE = step -> {
		};

		/** Called before each step that changes a file. */
		void before(String step);
	}

	private static final String STATE = "state";
	private static final String APPLYING = "applying";
	private static final String DONE = "done";
	/** A journal lists a few files; a larger one is not the SDK's. */
	private static final long MAX_JOURNAL_SIZE = 1024 * 1024;

	private final Path journal;
	private final Steps steps;

	/** @param journal where the last deploy is recorded, e.g. a file in the project's settings */
	public Deployer(Path journal) {
		this(journal, Steps.NONE);
	}

	Deployer(Path journal, Steps steps) {
		this.journal = journal;
		this.steps = steps;
	}

	/**
	 * Puts every file of {@code plan} in place, first rolling back a deploy that was interrupted.
	 *
	 * @throws DeployException when a file cannot be written; what was done is rolled back
	 */
	public void apply(DeployPlan plan) throws DeployException {
		rollBackInterrupted();
		List<String> oldDigests = new ArrayList<>();
		List<Path> createdFolders = new ArrayList<>();
		try {
			for (FileCopy copy : plan.copies()) {
				oldDigests.add(copy.replaces() ? digest(copy.target()) : "");
				for (Path folder = copy.target().getParent(); folder != null && !Files.exists(folder); folder = folder.getParent()) {
					if (!createdFolders.contains(folder)) {
						createdFolders.add(folder);
					}
				}
			}
			writeJournal(plan, APPLYING, oldDigests, createdFolders);
		} catch (IOException e) {
			throw new DeployException("Deploy failed before it changed anything: the journal " + journal
					+ " cannot be written (" + e.getMessage() + ")", e);
		}
		try {
			for (FileCopy copy : plan.copies()) {
				steps.before("folder " + copy.target().getParent());
				Files.createDirectories(copy.target().getParent());
				steps.before("copy " + copy.target());
				Files.copy(copy.source(), temporary(copy), StandardCopyOption.REPLACE_EXISTING);
				if (copy.replaces()) {
					Path backupCopy = copy.backup().resolveSibling(copy.backup().getFileName() + ".deploying");
					steps.before("backup copy " + copy.target());
					Files.copy(copy.target(), backupCopy, StandardCopyOption.REPLACE_EXISTING);
					steps.before("backup " + copy.target());
					replace(backupCopy, copy.backup());
				}
				steps.before("rename " + copy.target());
				replace(temporary(copy), copy.target());
			}
			steps.before("journal done");
			writeJournal(plan, DONE, oldDigests, createdFolders);
		} catch (IOException e) {
			try {
				rollBack(readJournal());
			} catch (IOException rollback) {
				e.addSuppressed(rollback);
			}
			throw new DeployException("Deploy failed and was rolled back: " + e.getMessage(), e);
		}
	}

	/** Puts back what the last deploy replaced, and removes what it added. Returns one line per file restored. */
	public List<String> undo() throws DeployException {
		if (!Files.isRegularFile(journal)) {
			throw new DeployException("There is no deploy to undo");
		}
		try {
			List<Entry> entries = readJournal();
			rollBack(entries);
			List<String> lines = new ArrayList<>();
			entries.forEach(e -> lines.add((e.copy().replaces() ? "restored " : "removed  ") + e.copy().target()));
			return lines;
		} catch (IOException e) {
			throw new DeployException("Undo failed: " + e.getMessage() + " (the backups are the .bak files next to each DLL)", e);
		}
	}

	/**
	 * Rolls back a deploy that a crash interrupted, if the journal says one was under way: run before planning a deploy,
	 * so that the plan sees the files as they were.
	 *
	 * @throws DeployException when the rollback cannot be done, saying what the user can do
	 */
	public void rollBackInterrupted() throws DeployException {
		try {
			Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + ".next"));
			if (Files.isRegularFile(journal) && APPLYING.equals(loadJournal().getProperty(STATE))) {
				rollBack(readJournal());
			}
		} catch (IOException e) {
			throw new DeployException("The last deploy was interrupted and cannot be rolled back (" + e.getMessage()
					+ "): put back the .bak files next to each DLL, then delete " + journal, e);
		}
	}

	/**
	 * Each target back as it was before the journal's deploy, the leftovers deleted, then the journal: safe to repeat
	 * after a crash in the middle of it, since every step is a rename, a delete or a no-op when done before.
	 */
	private void rollBack(List<Entry> entries) throws IOException {
		for (Entry entry : entries.reversed()) {
			FileCopy copy = entry.copy();
			Files.deleteIfExists(temporary(copy));
			Files.deleteIfExists(copy.backup().resolveSibling(copy.backup().getFileName() + ".deploying"));
			if (copy.replaces()) {
				// A .bak from an earlier deploy may be there: only the old file, by its digest, goes back.
				if (entry.oldDigest().isEmpty() ? Files.exists(copy.backup())
						: !entry.oldDigest().equals(digestOrEmpty(copy.target()))) {
					if (!entry.oldDigest().isEmpty() && !entry.oldDigest().equals(digestOrEmpty(copy.backup()))) {
						throw new IOException(copy.backup() + " does not hold the file " + copy.target() + " replaced");
					}
					steps.before("restore " + copy.target());
					replace(copy.backup(), copy.target());
				}
			} else {
				steps.before("remove " + copy.target());
				Files.deleteIfExists(copy.target());
			}
		}
		for (Path folder : createdFolders()) {
			steps.before("remove folder " + folder);
			try {
				Files.deleteIfExists(folder);
			} catch (DirectoryNotEmptyException e) {
				// Something else was put there since: the folder stays.
			}
		}
		steps.before("journal delete");
		Files.deleteIfExists(journal);
	}

	/**
	 * Refuses a journal entry that a deploy could not have made (the journal lives in the user's own state, see
	 * {@link PluginProject#journal}; this guards against a damaged or foreign one): the target must be a DLL inside one of
	 * the journal's roots, also after following links.
	 */
	private void checkContained(Path target, List<Path> roots) throws IOException {
		Path normal = target.normalize();
		boolean inside = normal.isAbsolute() && normal.getFileName() != null
				&& normal.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".dll")
				&& roots.stream().anyMatch(root -> normal.startsWith(root) && !normal.equals(root)
						&& RealPaths.staysInside(root, normal.getParent()));
		if (!inside) {
			throw new IOException("the journal " + journal + " names " + TerminalText.escape(target.toString())
					+ ", which is no DLL in a folder the deploy wrote to: it was not written by this SDK; delete it");
		}
	}

	/** The file's SHA-256, hex. */
	private static String digest(Path file) throws IOException {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			try (InputStream in = Files.newInputStream(file)) {
				byte[] buffer = new byte[64 * 1024];
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					sha.update(buffer, 0, n);
				}
			}
			return HexFormat.of().formatHex(sha.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}

	private static String digestOrEmpty(Path file) throws IOException {
		return Files.isRegularFile(file) ? digest(file) : "";
	}

	/** Renames {@code from} over {@code to} in one step, as the file system allows. */
	private static void replace(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static Path temporary(FileCopy copy) {
		return copy.target().resolveSibling(copy.target().getFileName() + ".deploying");
	}

	private void writeJournal(DeployPlan plan, String state, List<String> oldDigests, List<Path> createdFolders)
			throws IOException {
		List<FileCopy> copies = plan.copies();
		Properties entries = new Properties();
		entries.setProperty(STATE, state);
		for (int i = 0; i < createdFolders.size(); i++) {
			entries.setProperty("folder." + i, createdFolders.get(i).toAbsolutePath().normalize().toString());
		}
		for (int i = 0; i < plan.roots().size(); i++) {
			entries.setProperty("root." + i, plan.roots().get(i).toAbsolutePath().normalize().toString());
		}
		for (int i = 0; i < copies.size(); i++) {
			entries.setProperty(i + ".target", copies.get(i).target().toString());
			entries.setProperty(i + ".replaces", Boolean.toString(copies.get(i).replaces()));
			if (copies.get(i).replaces()) {
				entries.setProperty(i + ".old", oldDigests.get(i));
			}
		}
		Files.createDirectories(journal.getParent());
		Path next = journal.resolveSibling(journal.getFileName() + ".next");
		try (OutputStream out = Files.newOutputStream(next, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
				StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
			entries.store(out, "Deploy of the MemoryPool SDK (state " + state + "): n.target, n.replaces (a .bak exists)");
		}
		steps.before("journal " + state);
		replace(next, journal);
	}

	private Properties loadJournal() throws IOException {
		if (!Files.isRegularFile(journal) || Files.size(journal) > MAX_JOURNAL_SIZE) {
			throw new IOException("the journal " + journal + " is not a file of at most 1 MB: it was not written by this"
					+ " SDK; delete it");
		}
		Properties entries = new Properties();
		try (InputStream in = Files.newInputStream(journal)) {
			entries.load(in);
		} catch (IllegalArgumentException e) {
			throw new IOException("the journal " + journal + " is damaged (" + e.getMessage() + ")", e);
		}
		return entries;
	}

	/**
	 * A file the journal names.
	 *
	 * @param oldDigest the SHA-256 of the file it replaced, hex; empty when it replaced none, or in an older journal
	 */
	private record Entry(FileCopy copy, String oldDigest) {
	}

	/** The folders the journal's deploy created, deepest first; each inside one of its roots. */
	private List<Path> createdFolders() throws IOException {
		Properties entries = loadJournal();
		List<Path> roots = new ArrayList<>();
		for (int i = 0; entries.getProperty("root." + i) != null; i++) {
			roots.add(journal.getFileSystem().getPath(entries.getProperty("root." + i)).normalize());
		}
		List<Path> folders = new ArrayList<>();
		try {
			for (int i = 0; entries.getProperty("folder." + i) != null; i++) {
				Path folder = journal.getFileSystem().getPath(entries.getProperty("folder." + i)).normalize();
				if (roots.stream().noneMatch(root -> folder.startsWith(root) && !folder.equals(root))) {
					throw new IOException("the journal " + journal + " names the folder " + folder + ", which lies in no"
							+ " folder the deploy wrote to: it was not written by this SDK; delete it");
				}
				folders.add(folder);
			}
		} catch (InvalidPathException e) {
			throw new IOException("the journal " + journal + " names a folder that is not a path here", e);
		}
		folders.sort((a, b) -> Integer.compare(b.getNameCount(), a.getNameCount()));
		return folders;
	}

	/** The files the journal names; a journal of the SDK before this format (target=replaces) is read too. */
	private List<Entry> readJournal() throws IOException {
		Properties entries = loadJournal();
		List<Entry> copies = new ArrayList<>();
		try {
			if (entries.getProperty(STATE) == null) {
				for (String target : entries.stringPropertyNames()) {
					Path path = journal.getFileSystem().getPath(target);
					copies.add(new Entry(new FileCopy(path, path, Boolean.parseBoolean(entries.getProperty(target))), ""));
					// That format kept no roots: only a target in a game's plugins folder is believed.
					Path plugins = path.normalize().getParent();
					Path game = plugins == null || plugins.getParent() == null ? null : plugins.getParent().getParent();
					if (game == null || !Files.isRegularFile(game.resolve("FalloutNV.exe"))) {
						throw new IOException("the journal " + journal + " names " + TerminalText.escape(target)
								+ ", which is no DLL in a game's plugins folder: delete the journal");
					}
					checkContained(path, List.of(game));
				}
				return copies;
			}
			List<Path> roots = new ArrayList<>();
			for (int i = 0; entries.getProperty("root." + i) != null; i++) {
				roots.add(journal.getFileSystem().getPath(entries.getProperty("root." + i)).normalize());
			}
			for (int i = 0; entries.getProperty(i + ".target") != null; i++) {
				Path path = journal.getFileSystem().getPath(entries.getProperty(i + ".target"));
				copies.add(new Entry(new FileCopy(path, path, Boolean.parseBoolean(entries.getProperty(i + ".replaces"))),
						entries.getProperty(i + ".old", "")));
				checkContained(path, roots);
			}
		} catch (InvalidPathException e) {
			throw new IOException("the journal " + journal + " names a file that is not a path here (" + e.getMessage()
					+ ")", e);
		}
		return copies;
	}
}
