package org.memorypool.sdk.core.cli;

/** Turns the core's messages, written to stand alone, into the rest of a command line's sentence. */
final class Messages {

	private Messages() {
	}

	/**
	 * The core writes "The project name ..." for the IDE's dialogs; after "sdk new: " or "Not deployed: " it reads
	 * "the project name ...". A word in capitals, e.g. "MSYS2", stays as it is.
	 */
	static String continuing(String message) {
		boolean capitalizedWord = message.length() > 1 && Character.isUpperCase(message.charAt(0))
				&& Character.isLowerCase(message.charAt(1));
		return capitalizedWord ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
	}
}
