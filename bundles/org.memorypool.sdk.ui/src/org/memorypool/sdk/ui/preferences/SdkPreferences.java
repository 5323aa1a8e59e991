// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.preferences;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.memorypool.sdk.ui.SdkUi;

/** The SDK's settings, in the Eclipse preference store of the workspace. Keys never change once released. */
public final class SdkPreferences {

	public static final String GAME_FOLDER = "gameFolder";
	/** Mod Organizer 2's mods folder: when set, plugins deploy into {@code <mods>/<project>/NVSE/Plugins/}. */
	public static final String MOD_ORGANIZER_MODS = "modOrganizerMods";
	/** Cross GCC prefix and folder that generated projects' .cproject files name. */
	public static final String TOOLCHAIN_PREFIX = "toolchainPrefix";
	public static final String TOOLCHAIN_PATH = "toolchainPath";
	public static final String DEFAULT_TOOLCHAIN_PREFIX = "i686-w64-mingw32-";

	private static IPreferenceStore store;

	private SdkPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, SdkUi.PLUGIN_ID);
			store.setDefault(TOOLCHAIN_PREFIX, DEFAULT_TOOLCHAIN_PREFIX);
		}
		return store;
	}

	/** The configured game folder, if one is set. */
	public static Optional<Path> gameFolder() {
		return folder(GAME_FOLDER);
	}

	/** The configured Mod Organizer 2 mods folder, if one is set. */
	public static Optional<Path> modOrganizerMods() {
		return folder(MOD_ORGANIZER_MODS);
	}

	private static Optional<Path> folder(String key) {
		String folder = store().getString(key).strip();
		return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
	}
}
