package org.memorypool.sdk.core.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Carries out a {@link DeployPlan}: each file is copied beside its target and renamed into place, the file it
 * replaces kept as {@code .bak}. If any step fails, the steps already done are rolled back. A journal of the
 * last deploy lets {@link #undo} put back what it replaced.
 */
public final class Deployer {

	private final Path journal;

	/** @param journal where the last deploy is recorded, e.g. a file in the project's settings */
	public Deployer(Path journal) {
		this.journal = journal;
	}

	public void apply(DeployPlan plan) throws DeployException {
		List<FileCopy> done = new ArrayList<>();
		Path temporary = null;
		try {
			for (FileCopy copy : plan.copies()) {
				Files.createDirectories(copy.target().getParent());
				temporary = temporary(copy);
				Files.copy(copy.source(), temporary, StandardCopyOption.REPLACE_EXISTING);
				if (copy.replaces()) {
					Files.move(copy.target(), copy.backup(), StandardCopyOption.REPLACE_EXISTING);
				}
				done.add(copy);
				Files.move(temporary, copy.target(), StandardCopyOption.ATOMIC_MOVE);
				temporary = null;
			}
			writeJournal(plan.copies());
		} catch (IOException e) {
			deleteQuietly(temporary);
			rollBack(done);
			throw new DeployException("Deploy failed and was rolled back: " + e.getMessage(), e);
		}
	}

	/** Puts back what the last deploy replaced, and removes what it added. Returns one line per file restored. */
	public List<String> undo() throws DeployException {
		if (!Files.isRegularFile(journal)) {
			throw new DeployException("There is no deploy to undo");
		}
		List<String> lines = new ArrayList<>();
		try {
			Properties entries = new Properties();
			try (var in = Files.newInputStream(journal)) {
				entries.load(in);
			}
			for (String target : entries.stringPropertyNames()) {
				FileCopy copy = new FileCopy(Path.of(target), Path.of(target), Boolean.parseBoolean(entries.getProperty(target)));
				restore(copy);
				lines.add((copy.replaces() ? "restored " : "removed  ") + target);
			}
			Files.delete(journal);
		} catch (IOException e) {
			throw new DeployException("Undo failed: " + e.getMessage() + " (the backups are the .bak files next to each DLL)", e);
		}
		return lines;
	}

	private static void restore(FileCopy copy) throws IOException {
		if (copy.replaces()) {
			Files.move(copy.backup(), copy.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} else {
			Files.deleteIfExists(copy.target());
		}
	}

	private static Path temporary(FileCopy copy) {
		return copy.target().resolveSibling(copy.target().getFileName() + ".deploying");
	}

	private static void rollBack(List<FileCopy> done) {
		for (FileCopy copy : done.reversed()) {
			try {
				deleteQuietly(temporary(copy));
				restore(copy);
			} catch (IOException e) {
				// Keep rolling back the others; the .bak file stays for the user.
			}
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// A leftover .deploying file is harmless: NVSE loads only .dll files.
			}
		}
	}

	private void writeJournal(List<FileCopy> copies) throws IOException {
		Properties entries = new Properties();
		copies.forEach(c -> entries.setProperty(c.target().toString(), Boolean.toString(c.replaces())));
		Files.createDirectories(journal.getParent());
		try (var out = Files.newOutputStream(journal)) {
			entries.store(out, "Last deploy of the MemoryPool SDK: target=replaced (a .bak exists)");
		}
	}
}
