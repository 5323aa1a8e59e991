// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.deploy;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.memorypool.sdk.ui.deploy.messages"; //$NON-NLS-1$

	public static String DeployHandler_command;
	public static String UndoDeployHandler_command;
	public static String NoProject_message;
	public static String DeployJob_deploying;
	public static String DeployJob_undoing;
	public static String DeployJob_undid;
	public static String DeployJob_notDeployed;
	public static String DeployJob_notUndone;
	public static String DeployJob_noGameFolder;
	public static String DeployJob_buildFailedSeeConsole;
	public static String DeployJob_buildFailed;
	public static String DeployJob_warning;
	public static String DeployJob_nothingToDeploy;
	public static String DeployJob_deployed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
