package org.memorypool.sdk.core.cli;

/** Turns the core's messages, written to stand alone, into the rest of a command line's sentence. */
final class Messages {

	private Messages() {
	}

	/**
	 * The core writes "The project name ..." for the IDE's dialogs; after "sdk new: " or "Not deployed: " it reads
	 * "the project name ...". Only a plain capitalized word changes: "MSYS2" or a file name such as
	 * "HardenedPlugin.dll" stays as it is.
	 */
	static String continuing(String message) {
		int end = message.indexOf(' ');
		String word = end < 0 ? message : message.substring(0, end);
		boolean capitalizedWord = word.length() > 1 && Character.isUpperCase(word.charAt(0))
				&& word.substring(1).chars().allMatch(Character::isLowerCase);
		return capitalizedWord ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
	}
}
