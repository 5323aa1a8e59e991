// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.api;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.memorypool.sdk.ui.api.messages"; //$NON-NLS-1$

	public static String ApiView_insertCall;
	public static String ApiView_insertCallTooltip;
	public static String ApiView_copySignature;
	public static String ApiView_copySignatureTooltip;
	public static String ApiView_openHeader;
	public static String ApiView_openHeaderTooltip;
	public static String ApiView_refresh;
	public static String ApiView_refreshTooltip;
	public static String ApiView_filter;
	public static String ApiView_function;
	public static String ApiView_returns;
	public static String ApiView_since;
	public static String ApiView_ownership;
	public static String ApiView_threadSafety;
	public static String ApiView_functionsIn;
	public static String ApiView_notAnApi;
	public static String ApiView_cannotRead;
	public static String ApiView_cannotOpen;
	public static String ApiView_reading;
	public static String ApiView_readingJob;
	public static String EditorInsertion_noTextEditor;
	public static String EditorInsertion_readOnly;
	public static String HeaderEditorInput_tooltip;
	public static String HeaderEditorInput_cannotRead;
	public static String RuntimeStateSection_title;
	public static String RuntimeStateSection_plugin;
	public static String RuntimeStateSection_jemalloc;
	public static String RuntimeStateSection_lastRun;
	public static String RuntimeStateSection_noGameFolder;
	public static String RuntimeStateSection_reading;
	public static String RuntimeStateSection_readingState;
	public static String RuntimeStateSection_cannotRead;
	public static String RuntimeStateSection_gameFolder;
	public static String RuntimeStateSection_noLog;
	public static String RuntimeStateSection_problem;
	public static String ScriptCommandsSection_title;
	public static String ScriptCommandsSection_titleOf;
	public static String ScriptCommandsSection_opcode;
	public static String ScriptCommandsSection_command;
	public static String ScriptCommandsSection_selectProject;
	public static String ScriptCommandsSection_reading;
	public static String ScriptCommandsSection_readingState;
	public static String ScriptCommandsSection_noCommands;
	public static String ScriptCommandsSection_oneCommand;
	public static String ScriptCommandsSection_oneCommandInRange;
	public static String ScriptCommandsSection_commands;
	public static String ScriptCommandsSection_commandsInRange;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
