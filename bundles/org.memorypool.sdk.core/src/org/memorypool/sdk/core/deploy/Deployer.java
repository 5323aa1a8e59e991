// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.memorypool.sdk.core.game.ModList;


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
 * journal ({@link DeployJournal}) holds the SHA-256 of each replaced file and of each file put in its place, so that a
 * {@code .bak} left by an earlier deploy is never taken for this one's, a target already back to its old content is
 * left alone, and a file changed since the deploy is neither removed nor overwritten.
 */
public final class Deployer {

	/** Where a crash can happen between two steps; tests stop a deploy at each of them. */
	interface Steps {
		Steps NONE = step -> {
		};

		/** Called before each step that changes a file. */
		void before(String step);
	}

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
	 * @return notes for the console: a {@code .bak} file this deploy found and did not make, kept under another name
	 * @throws DeployException when a file cannot be written; what was done is rolled back
	 */
	public List<String> apply(DeployPlan plan) throws DeployException {
		checkStateFolder();
		try (DeployLock lock = lock(plan.roots())) {
			return applyLocked(plan);
		}
	}

	/** The lock of the game folder (the first root), beside the journal. */
	private DeployLock lock(List<Path> roots) throws DeployException {
		return DeployLock.of(journal.toAbsolutePath().getParent(), roots.isEmpty() ? journal : roots.get(0));
	}

	private List<String> applyLocked(DeployPlan plan) throws DeployException {
		rollBackInterruptedLocked();
		List<DeployJournal.Entry> entries = new ArrayList<>();
		List<Path> createdFolders = new ArrayList<>();
		List<String> notes;
		try {
			notes = keepOthersBackups(plan);
			for (FileCopy copy : plan.copies()) {
				entries.add(new DeployJournal.Entry(copy, copy.replaces() ? digest(copy.target()) : "", digest(copy.source())));
				for (Path folder = copy.target().getParent(); folder != null && !Files.exists(folder); folder = folder.getParent()) {
					if (!createdFolders.contains(folder)) {
						createdFolders.add(folder);
					}
				}
			}
			writeJournal(new DeployJournal.Contents(DeployJournal.APPLYING, plan.roots(), entries, createdFolders));
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
			writeJournal(new DeployJournal.Contents(DeployJournal.DONE, plan.roots(), entries, createdFolders)
					.withUses(plan.unchanged()));
			return notes;
		} catch (IOException e) {
			try {
				rollBack(DeployJournal.read(journal));
			} catch (IOException rollback) {
				e.addSuppressed(rollback);
			}
			throw new DeployException("Deploy failed and was rolled back: " + reason(e), e);
		}
	}

	/**
	 * A {@code <target>.bak} that no deploy of this project made (the user's own, another project's) would be
	 * overwritten by this deploy's backup, and later moved back over the target by undo: it is kept as
	 * {@code .bak.1} (or the first free number) instead.
	 */
	private List<String> keepOthersBackups(DeployPlan plan) throws IOException {
		List<Path> ours = new ArrayList<>();
		if (Files.isRegularFile(journal)) {
			DeployJournal.read(journal).entries().stream().filter(e -> e.copy().replaces())
					.forEach(e -> ours.add(e.copy().target().normalize()));
		}
		List<String> notes = new ArrayList<>();
		for (FileCopy copy : plan.copies()) {
			Path backup = copy.backup();
			if (copy.replaces() && Files.exists(backup, java.nio.file.LinkOption.NOFOLLOW_LINKS)
					&& !ours.contains(copy.target().normalize())) {
				Path kept = backup;
				for (int n = 1; Files.exists(kept, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
					kept = backup.resolveSibling(backup.getFileName() + "." + n);
				}
				Files.move(backup, kept);
				notes.add("kept     " + backup + " as " + kept.getFileName() + " (this deploy did not make it)");
			}
		}
		return notes;
	}

	/**
	 * Records in the last deploy's journal the mods {@link ModOrganizerEnabling} enabled for it, so that {@link #undo}
	 * puts the profile's list back as well. Call right after {@link #apply}.
	 *
	 * @throws DeployException when the journal cannot be rewritten; the deploy itself stands
	 */
	public void recordEnabling(ModOrganizerEnabling.Result enabling) throws DeployException {
		if (enabling.modList().isEmpty() || enabling.changes().isEmpty()) {
			return;
		}
		try {
			DeployJournal.Contents done = DeployJournal.read(journal);
			writeJournal(done.withModList(new DeployJournal.ModListChanges(enabling.modList().get(), enabling.changes())));
		} catch (IOException e) {
			throw new DeployException("The deploy stands, but its journal " + journal + " cannot record the mods it"
					+ " enabled (" + e.getMessage() + "): undo will leave them in Mod Organizer 2's list", e);
		}
	}

	/**
	 * Puts back what the last deploy replaced, and removes what it added; a file changed since the deploy is kept.
	 * Returns one line per file.
	 */
	public List<String> undo() throws DeployException {
		if (!Files.isRegularFile(journal)) {
			throw new DeployException("There is no deploy to undo");
		}
		DeployJournal.Contents contents;
		try {
			contents = DeployJournal.read(journal);
		} catch (IOException e) {
			throw new DeployException("Undo failed: " + e.getMessage() + " (the backups are the .bak files next to each DLL)", e);
		}
		try (DeployLock lock = lock(contents.roots())) {
			return rollBack(contents);
		} catch (IOException e) {
			throw new DeployException("Undo failed: " + e.getMessage() + " (the backups are the .bak files next to each DLL)", e);
		}
	}

	/** What went wrong with a file, in words: NIO's file exceptions carry only the path in their message. */
	static String reason(IOException e) {
		if (e instanceof java.nio.file.AccessDeniedException denied) {
			return denied.getFile() + ": permission denied (fix the folder's permissions, or run with rights to it)";
		}
		if (e instanceof java.nio.file.FileSystemException failed) {
			return failed.getFile() + ": " + (failed.getReason() != null ? failed.getReason()
					: e.getClass().getSimpleName().replaceFirst("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT));
		}
		return e.getMessage();
	}

	/**
	 * Rolls back a deploy that a crash interrupted, if the journal says one was under way: run before planning a deploy,
	 * so that the plan sees the files as they were.
	 *
	 * @throws DeployException when the rollback cannot be done, saying what the user can do
	 */
	public void rollBackInterrupted() throws DeployException {
		checkStateFolder();
		DeployJournal.Contents contents;
		try {
			if (!Files.isRegularFile(journal) || !DeployJournal.APPLYING.equals(DeployJournal.state(journal))) {
				return;
			}
			contents = DeployJournal.read(journal);
		} catch (IOException e) {
			throw notRolledBack(e);
		}
		// Under the game's lock: a deploy still running elsewhere has this journal "applying" too, and is not to be
		// rolled back under its feet.
		try (DeployLock lock = lock(contents.roots())) {
			rollBackInterruptedLocked();
		}
	}

	/** {@link #rollBackInterrupted()} for a caller that holds the game's lock. */
	private void rollBackInterruptedLocked() throws DeployException {
		try {
			Files.deleteIfExists(DeployJournal.next(journal));
			if (Files.isRegularFile(journal) && DeployJournal.APPLYING.equals(DeployJournal.state(journal))) {
				rollBack(DeployJournal.read(journal));
			}
		} catch (IOException e) {
			throw notRolledBack(e);
		}
	}

	private DeployException notRolledBack(IOException e) {
		return new DeployException("The last deploy was interrupted and cannot be rolled back (" + e.getMessage()
				+ "): put back the .bak files next to each DLL, then delete " + journal, e);
	}

	/** The journal's folder, or the nearest of its parents that exists, must be a folder: a file there is no journal. */
	private void checkStateFolder() throws DeployException {
		Path folder = journal.toAbsolutePath().getParent();
		while (folder != null && !Files.exists(folder)) {
			folder = folder.getParent();
		}
		if (folder != null && !Files.isDirectory(folder)) {
			throw new DeployException("The SDK's state folder for deploy journals cannot be made: " + folder + " is a file,"
					+ " not a folder. Move it away, or point XDG_STATE_HOME at a folder");
		}
	}

	/**
	 * Each target back as it was before the journal's deploy, the leftovers deleted, then the journal: safe to repeat
	 * after a crash in the middle of it, since every step is a rename, a delete or a no-op when done before. A target
	 * that holds neither the deploy's file nor the one it replaced was changed since (by the user, a mod manager) and is
	 * kept. Returns one line per file.
	 */
	private List<String> rollBack(DeployJournal.Contents contents) throws IOException {
		List<String> lines = new ArrayList<>();
		// The shared runtime another project's last deploy relies on stays (only a finished deploy's undo looks).
		java.util.Set<String> shared = DeployJournal.DONE.equals(contents.state()) ? DeployJournal.filesOfOtherDeploys(journal)
				: java.util.Set.of();
		boolean runtimeKept = false;
		for (DeployJournal.Entry entry : contents.entries().reversed()) {
			FileCopy copy = entry.copy();
			Files.deleteIfExists(temporary(copy));
			Files.deleteIfExists(copy.backup().resolveSibling(copy.backup().getFileName() + ".deploying"));
			String current = digestOrEmpty(copy.target());
			boolean changedSince = !entry.newDigest().isEmpty() && !current.isEmpty() && !current.equals(entry.newDigest())
					&& !current.equals(entry.oldDigest());
			if (!copy.replaces() && shared.contains(copy.target().normalize().toString())) {
				lines.add("kept     " + copy.target() + " (another project's last deploy uses it too)");
				runtimeKept = true;
			} else if (changedSince) {
				lines.add("kept     " + copy.target() + " (changed since the deploy" + (copy.replaces() && Files.exists(copy.backup())
						? "; the file it replaced is " + copy.backup().getFileName() + ")" : ")"));
			} else if (copy.replaces()) {
				// A .bak from an earlier deploy may be there: only the old file, by its digest, goes back.
				if (entry.oldDigest().isEmpty() ? Files.exists(copy.backup()) : !entry.oldDigest().equals(current)) {
					if (!entry.oldDigest().isEmpty() && !entry.oldDigest().equals(digestOrEmpty(copy.backup()))) {
						throw new IOException(copy.backup() + " does not hold the file " + copy.target() + " replaced");
					}
					steps.before("restore " + copy.target());
					replace(copy.backup(), copy.target());
				}
				lines.add("restored " + copy.target());
			} else {
				steps.before("remove " + copy.target());
				Files.deleteIfExists(copy.target());
				lines.add("removed  " + copy.target());
				if (copy.target().getFileName().toString().equalsIgnoreCase("MemoryPoolNVSE.dll")) {
					lines.add("note:    other plugins that use MemoryPool need the runtime too: deploy one of them again");
				}
			}
		}
		if (contents.modList().isPresent()) {
			DeployJournal.ModListChanges modList = contents.modList().get();
			List<ModList.Change> changes = modList.changes();
			if (runtimeKept) {
				changes = changes.stream().filter(c -> !c.mod().equals(DeployTarget.RUNTIME_MOD)).toList();
			}
			try {
				lines.addAll(ModList.revert(modList.file(), changes));
			} catch (IOException e) {
				lines.add("kept     the mods enabled in " + modList.file() + " (" + e.getMessage() + "): untick them in Mod"
						+ " Organizer 2");
			}
		}
		for (Path folder : contents.createdFolders()) {
			steps.before("remove folder " + folder);
			try {
				Files.deleteIfExists(folder);
			} catch (DirectoryNotEmptyException e) {
				// Something else was put there since: the folder stays.
			}
		}
		steps.before("journal delete");
		Files.deleteIfExists(journal);
		return lines;
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
	static void replace(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static Path temporary(FileCopy copy) {
		return copy.target().resolveSibling(copy.target().getFileName() + ".deploying");
	}

	private void writeJournal(DeployJournal.Contents contents) throws IOException {
		DeployJournal.write(journal, contents, () -> steps.before("journal " + contents.state()));
	}
}
