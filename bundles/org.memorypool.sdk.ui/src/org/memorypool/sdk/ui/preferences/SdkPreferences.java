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

	private static IPreferenceStore store;

	private SdkPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, SdkUi.PLUGIN_ID);
		}
		return store;
	}

	/** The configured game folder, if one is set. */
	public static Optional<Path> gameFolder() {
		String folder = store().getString(GAME_FOLDER);
		return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
	}
}
