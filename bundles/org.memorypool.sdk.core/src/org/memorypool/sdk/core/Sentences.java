// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core;

/**
 * The core's messages stand alone, but the command line continues them ("Not deployed: the build failed ...") and the
 * IDE's dialogs start with them ("The build failed ..."). Only a plain word changes case: a file name such as
 * "HardenedPlugin.dll" or "libSoPlugin.so", or a name such as "MSYS2", stays as written.
 */
public final class Sentences {

	private Sentences() {
	}

	/** The message after "sdk new: " or "Not deployed: ": a plain capitalized first word in lower case. */
	public static String continuing(String message) {
		String word = firstWord(message);
		boolean capitalizedWord = word.length() > 1 && Character.isUpperCase(word.charAt(0))
				&& word.substring(1).chars().allMatch(Character::isLowerCase);
		return capitalizedWord ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
	}

	/** The message as the start of a sentence: a plain lower-case first word capitalized. */
	public static String starting(String message) {
		String word = firstWord(message);
		boolean plainWord = word.length() < message.length() && !word.isEmpty()
				&& word.chars().allMatch(c -> c >= 'a' && c <= 'z');
		return plainWord ? Character.toUpperCase(message.charAt(0)) + message.substring(1) : message;
	}

	private static String firstWord(String message) {
		int end = message.indexOf(' ');
		return end < 0 ? message : message.substring(0, end);
	}
}
