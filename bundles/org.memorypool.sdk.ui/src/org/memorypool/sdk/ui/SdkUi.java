// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui;

/** Ids this bundle contributes to the workbench, kept stable so that saved layouts and other plug-ins keep working. */
public final class SdkUi {

	public static final String PLUGIN_ID = "org.memorypool.sdk.ui";
	public static final String NEW_WIZARD_CATEGORY = "org.memorypool.sdk.ui.newWizards";
	public static final String EXPORT_WIZARD_CATEGORY = "org.memorypool.sdk.ui.exportWizards";
	public static final String VIEW_CATEGORY = "org.memorypool.sdk.ui.views";
	public static final String ROOT_PREFERENCE_PAGE = "org.memorypool.sdk.ui.preferences.root";
	public static final String TOOLCHAIN_PREFERENCE_PAGE = "org.memorypool.sdk.ui.preferences.toolchain";
	/** The builder generated projects name after CDT's; it builds only where CDT's managed build is not installed. */
	public static final String BUILDER = "org.memorypool.sdk.ui.headlessBuilder";
	/** Problem markers for what gcc, g++ and ld report while {@link #BUILDER} or a deploy builds. */
	public static final String BUILD_PROBLEM_MARKER = "org.memorypool.sdk.ui.buildProblem";
	public static final String COMMAND_CATEGORY = "org.memorypool.sdk.ui.commands";
	public static final String DEPLOY_COMMAND = "org.memorypool.sdk.ui.commands.deploy";
	public static final String UNDO_DEPLOY_COMMAND = "org.memorypool.sdk.ui.commands.undoDeploy";
	public static final String SYMBOLIZE_COMMAND = "org.memorypool.sdk.ui.commands.symbolize";

	private SdkUi() {
	}
}
