// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;

import org.memorypool.sdk.core.TerminalText;

/**
 * What went wrong with a file the build writes or deletes, in a user's words and with the fix: the JDK's exceptions
 * name Java classes and leave the fix to guess.
 */
final class FileProblem {

	private FileProblem() {
	}

	/**
	 * @param otherwise the fix when the exception says nothing more specific, e.g. "check that the folder is writable"
	 * @return e.g. {@code /p/Debug/src/main.o is a folder with files in it where the build puts a file: delete that folder}
	 */
	static String of(IOException e, String otherwise) {
		if (e instanceof DirectoryNotEmptyException) {
			return escaped(e.getMessage()) + " is a folder with files in it where the build puts a file: delete or move"
					+ " that folder";
		}
		if (e instanceof AccessDeniedException) {
			return escaped(e.getMessage()) + ": permission denied: check the folder's permissions";
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			String reason = fs.getReason();
			if (reason.contains("too long")) {
				return escaped(fs.getFile()) + ": the name is too long for the file system: shorten the configuration or"
						+ " artifact name";
			}
			if (reason.contains("No space")) {
				return escaped(fs.getFile()) + ": the disk is full: free some space";
			}
			return escaped(fs.getFile()) + ": " + escaped(reason) + ": " + otherwise;
		}
		return escaped(String.valueOf(e.getMessage())) + ": " + otherwise;
	}

	private static String escaped(String text) {
		return TerminalText.escapeLine(String.valueOf(text));
	}
}
