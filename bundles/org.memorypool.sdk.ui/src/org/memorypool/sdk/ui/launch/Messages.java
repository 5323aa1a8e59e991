// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.launch;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.memorypool.sdk.ui.launch.messages"; //$NON-NLS-1$

	public static String GameLaunchDelegate_noOpenProject;
	public static String GameLaunchDelegate_noGameFolder;
	public static String GameLaunchDelegate_commandLineProblem;
	public static String GameLaunchDelegate_wouldNotClose;
	public static String GameLaunchDelegate_cannotLaunch;
	public static String GameLaunchDelegate_configurationCommandLine;
	public static String GameLaunchDelegate_note;
	public static String GameLaunchDelegate_starting;
	public static String GameLaunchDelegate_processLabel;
	public static String GameLaunchDelegate_gameRunningTitle;
	public static String GameLaunchDelegate_gameRunning;
	public static String GameLaunchTab_name;
	public static String GameLaunchTab_project;
	public static String GameLaunchTab_commandLine;
	public static String GameLaunchTab_commandLineHint;
	public static String GameLaunchTab_help;
	public static String GameLaunchTab_chooseProject;
	public static String GameProcess_launcher;
	public static String GameProcess_gameRunning;
	public static String GameProcess_wouldNotEnd;
	public static String GameProcess_noInput;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
