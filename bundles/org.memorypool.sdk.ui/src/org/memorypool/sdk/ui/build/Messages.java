// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.build;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.memorypool.sdk.ui.build.messages"; //$NON-NLS-1$

	public static String BuildConsole_name;
	public static String ProjectBuild_building;
	public static String ProjectBuild_buildingConfiguration;
	public static String ProjectBuild_built;
	public static String ProjectBuild_buildFailed;
	public static String ProjectBuild_buildFailedSeeConsole;
	public static String ProjectBuild_buildCanceled;
	public static String ProjectBuild_cleaning;
	public static String ProjectBuild_cleaningConfiguration;
	public static String ProjectBuild_deleted;
	public static String ProjectBuild_warning;
	public static String ProjectBuild_incrementalBuild;
	public static String HeadlessProjectBuilder_notBuilt;
	public static String HeadlessProjectBuilder_notCleaned;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
