// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a whole file so that a reader sees the old one or the new one, never half of one: the bytes go to a sibling
 * first, which is then renamed over the file. A link at the file's place is replaced, not written through; whatever
 * holds the sibling's name (a leftover, a link) is removed first, and nothing of it stays when writing fails.
 */
public final class FileReplacement {

	private FileReplacement() {
	}

	/**
	 * @param file     the file to create or replace
	 * @param bytes    its new content
	 * @param suffix   appended to the file's name for the sibling, e.g. {@code .next}
	 * @throws IOException when the folder is not writable, the disk is full, or the file's place holds a folder
	 */
	public static void write(Path file, byte[] bytes, String suffix) throws IOException {
		Path next = file.resolveSibling(file.getFileName() + suffix);
		Files.deleteIfExists(next);
		try {
			Files.write(next, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			try {
				Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(next);
		}
	}
}
