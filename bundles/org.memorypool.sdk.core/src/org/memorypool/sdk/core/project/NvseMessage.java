// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The messages NVSE sends (sender {@code "NVSE"}) that a generated plugin can handle. {@link #type()} is the
 * {@code kMessage_<displayName>} value of {@code nvse_plugin.h}.
 */
public enum NvseMessage {

	POST_LOAD(0, "PostLoad", "every plugin has been loaded"),
	EXIT_GAME(1, "ExitGame", "the game is exiting"),
	EXIT_TO_MAIN_MENU(2, "ExitToMainMenu", "the player quit to the main menu"),
	LOAD_GAME(3, "LoadGame", "a saved game is being loaded"),
	SAVE_GAME(4, "SaveGame", "the game is being saved"),
	PRE_LOAD_GAME(6, "PreLoadGame", "before a saved game starts loading"),
	POST_LOAD_GAME(8, "PostLoadGame", "after a saved game was loaded, or failed to load"),
	POST_POST_LOAD(9, "PostPostLoad", "after every plugin handled PostLoad"),
	DELETE_GAME(11, "DeleteGame", "a saved game is being deleted"),
	NEW_GAME(14, "NewGame", "the player started a new game"),
	DEFERRED_INIT(18, "DeferredInit", "the game's data is loaded, before the main menu shows"),
	MAIN_GAME_LOOP(20, "MainGameLoop", "every frame of the game's main loop");

	private final int type;
	private final String displayName;
	private final String description;

	NvseMessage(int type, String displayName, String description) {
		this.type = type;
		this.displayName = displayName;
		this.description = description;
	}

	/** The message type NVSE sends, {@code kMessage_<displayName>}. */
	public int type() {
		return type;
	}

	/** xNVSE's name for the message, e.g. {@code PostLoad}. */
	public String displayName() {
		return displayName;
	}

	/** When NVSE sends it, one line for a wizard, e.g. "after every plugin handled PostLoad". */
	public String description() {
		return description;
	}

	/** The C constant of {@code nvse_plugin.h}, e.g. {@code kMessage_PostLoad}. */
	String constant() {
		return "kMessage_" + displayName;
	}

	/** The message with this display name, ignoring case. */
	public static Optional<NvseMessage> byDisplayName(String name) {
		return Arrays.stream(values()).filter(m -> m.displayName.toLowerCase(Locale.ROOT)
				.equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
	}

	/** What a new plugin handles unless told otherwise: the load phases and the save-game life cycle. */
	public static Set<NvseMessage> defaults() {
		return EnumSet.of(POST_LOAD, POST_POST_LOAD, LOAD_GAME, SAVE_GAME, NEW_GAME, EXIT_GAME);
	}
}
