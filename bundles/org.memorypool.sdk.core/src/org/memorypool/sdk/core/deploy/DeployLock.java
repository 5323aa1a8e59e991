// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps deploys and undos into one game folder from running at once, in this process and in others (an IDE and a
 * shell): two at once would each back up what the other just wrote, and the file they replaced would be lost. The
 * lock is an operating-system lock on a file beside the journals, named for the game folder; it goes away with the
 * process that holds it, so a killed deploy leaves none behind.
 */
final class DeployLock implements AutoCloseable {

	private final FileChannel channel;
	private final FileLock lock;

	private DeployLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock of {@code root}, in {@code folder} (the journals' folder).
	 *
	 * @throws DeployException when another deploy or undo into {@code root} holds it, or the lock file cannot be made
	 */
	static DeployLock of(Path folder, Path root) throws DeployException {
		Path file = folder.resolve("deploying-" + PluginProject.pathKey(root) + ".lock");
		FileChannel channel = null;
		try {
			Files.createDirectories(folder);
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw busy(root, channel);
			}
			return new DeployLock(channel, lock);
		} catch (OverlappingFileLockException e) {
			throw busy(root, channel);
		} catch (IOException e) {
			close(channel);
			throw new DeployException("Cannot take the deploy lock " + file + " (" + e.getMessage() + "): check that "
					+ folder + " is a writable folder", e);
		}
	}

	private static DeployException busy(Path root, FileChannel channel) {
		close(channel);
		return new DeployException("Another deploy or undo into " + root + " is running: wait until it ends, then try again");
	}

	private static void close(FileChannel channel) {
		try {
			if (channel != null) {
				channel.close();
			}
		} catch (IOException e) {
			// Closing a lock file that was never locked: nothing to keep.
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
		} catch (IOException e) {
			// The channel's close below releases it as well.
		}
		close(channel);
	}
}
