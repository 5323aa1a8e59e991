// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Properties;

/**
 * The command line that last made each output in a build folder. CDT rebuilds everything when a setting changes
 * because its makefiles change; this file lets the SDK notice a changed command line the same way. Outputs with
 * no recorded command (e.g. built by Eclipse) are judged by their dates alone.
 */
final class CommandHistory {

	static final String FILE_NAME = ".sdk-commands";

	private final Path file;
	private final Path buildDir;
	private final Properties commands = new Properties();
	/** Whether the record differs from the file: a build that made nothing leaves the file as it was. */
	private boolean changed;

	private CommandHistory(Path buildDir) {
		this.buildDir = buildDir;
		this.file = buildDir.resolve(FILE_NAME);
	}

	/**
	 * The record of the last build in {@code buildDir}. It is the SDK's own state: a damaged, foreign or unreadable one
	 * counts as none (everything is made again and the record rewritten), never as an error. Only the commands of
	 * {@code outputs} (this build's) are kept: entries of outputs no longer built, or that no build of the SDK wrote,
	 * are dropped and the record rewritten without them, so junk in it costs one build, not every build.
	 */
	static CommandHistory load(Path buildDir, Collection<Path> outputs) {
		CommandHistory history = new CommandHistory(buildDir);
		Properties read = new Properties();
		try {
			if (!Files.isSymbolicLink(history.file) && Files.isRegularFile(history.file)
					&& Files.size(history.file) <= MAX_SIZE) {
				String text = new String(Files.readAllBytes(history.file), StandardCharsets.UTF_8);
				read.load(new StringReader(text));
			}
		} catch (IOException | IllegalArgumentException e) {
			read.clear();
		}
		for (Path output : outputs) {
			String key = history.key(output);
			String command = read.getProperty(key);
			if (command != null) {
				history.commands.setProperty(key, command);
			}
		}
		history.changed = history.commands.size() != read.size() || !Files.isRegularFile(history.file, LinkOption.NOFOLLOW_LINKS);
		return history;
	}

	/** Far larger than the record of any project's build. */
	private static final long MAX_SIZE = 16L * 1024 * 1024;

	/**
	 * Whether {@code output} was last made by a different command than {@code command}, or by a command this record does
	 * not know (the record was lost or damaged, or a build by another tool made it): then it is made again.
	 */
	boolean changed(Path output, ToolCommand command) {
		String last = commands.getProperty(key(output));
		return last == null || !last.equals(command.text());
	}

	synchronized void made(Path output, ToolCommand command) {
		changed |= !command.text().equals(commands.setProperty(key(output), command.text()));
	}

	synchronized void failed(Path output) {
		changed |= commands.remove(key(output)) != null;
	}

	/**
	 * Writes the record beside its place and renames it over whatever stands there: a link is replaced, not written
	 * through; a pipe or an empty folder of that name is replaced too. A record that did not change is not written.
	 *
	 * @throws java.nio.file.FileSystemException naming the file in the way when the record cannot be written
	 */
	synchronized void save() throws IOException {
		if (!changed) {
			return;
		}
		Files.createDirectories(buildDir);
		Path next = buildDir.resolve(FILE_NAME + ".next");
		Files.deleteIfExists(next);
		try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE)) {
			commands.store(out, "Command lines of the MemoryPool SDK's last build, to rebuild when they change");
		}
		try {
			if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
				Files.delete(file); // only an empty one: a folder holding files is the user's, and the failure says so
			}
			Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(next);
		}
		changed = false;
	}

	private String key(Path output) {
		return buildDir.relativize(output).toString();
	}
}
