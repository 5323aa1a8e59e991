// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.preferences;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.memorypool.sdk.ui.preferences.messages"; //$NON-NLS-1$

	public static String SdkPreferencePage_description;
	public static String SdkPreferencePage_version;
	public static String SdkPreferencePage_gameFolder;
	public static String SdkPreferencePage_notAFolderName;
	public static String SdkPreferencePage_modsFolder;
	public static String SdkPreferencePage_modsFolderMissing;
	public static String SdkPreferencePage_modsHint;
	public static String SdkPreferencePage_checkSetup;
	public static String SdkPreferencePage_checkSetupTooltip;
	public static String SdkPreferencePage_detect;
	public static String SdkPreferencePage_detectTooltip;
	public static String SdkPreferencePage_detectHint;
	public static String SdkPreferencePage_folder;
	public static String SdkPreferencePage_foundThrough;
	public static String SdkPreferencePage_holds;
	public static String SdkPreferencePage_holdsGameAndNvse;
	public static String SdkPreferencePage_holdsGameOnly;
	public static String SdkPreferencePage_holdsNoGame;
	public static String SdkPreferencePage_holdsNothing;
	public static String SdkPreferencePage_noneFound;
	public static String SdkPreferencePage_foundOne;
	public static String SdkPreferencePage_foundMany;
	public static String ToolchainPreferencePage_description;
	public static String ToolchainPreferencePage_prefix;
	public static String ToolchainPreferencePage_prefixEmpty;
	public static String ToolchainPreferencePage_path;
	public static String ToolchainPreferencePage_pathMissing;
	public static String ToolchainPreferencePage_compiler;
	public static String ToolchainPreferencePage_error;
	public static String ToolchainPreferencePage_warning;
	public static String ToolchainPreferencePage_found;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
