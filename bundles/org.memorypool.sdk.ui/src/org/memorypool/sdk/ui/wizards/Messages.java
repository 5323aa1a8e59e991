// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.memorypool.sdk.ui.wizards.messages"; //$NON-NLS-1$

	public static String CommandDialog_title;
	public static String CommandDialog_message;
	public static String CommandDialog_name;
	public static String CommandDialog_alias;
	public static String CommandDialog_parameters;
	public static String CommandDialog_returns;
	public static String CommandDialog_help;
	public static String CommandsPage_title;
	public static String CommandsPage_description;
	public static String CommandsPage_opcodeBase;
	public static String CommandsPage_commands;
	public static String CommandsPage_opcode;
	public static String CommandsPage_command;
	public static String CommandsPage_parameters;
	public static String CommandsPage_returns;
	public static String CommandsPage_help;
	public static String CommandsPage_add;
	public static String CommandsPage_edit;
	public static String CommandsPage_remove;
	public static String CommandsPage_coSave;
	public static String CommandsPage_events;
	public static String CommandsPage_baseNotANumber;
	public static String CommandsPage_developmentBase;
	public static String CommandsPage_developmentBaseCoSave;
	public static String MessagesPage_title;
	public static String MessagesPage_description;
	public static String MessagesPage_messages;
	public static String MessagesPage_useMemoryPool;
	public static String NewPluginProjectWizard_title;
	public static String NewPluginProjectWizard_creating;
	public static String NewPluginProjectWizard_notCreated;
	public static String NewPluginProjectWizard_cannotOpen;
	public static String PluginPage_title;
	public static String PluginPage_description;
	public static String PluginPage_displayName;
	public static String PluginPage_version;
	public static String PluginPage_author;
	public static String PluginPage_minNvse;
	public static String PluginPage_ciWorkflow;
	public static String PluginPage_ciWorkflowTip;
	public static String ProjectPage_title;
	public static String ProjectPage_description;
	public static String ProjectPage_projectName;
	public static String ProjectPage_defaultLocation;
	public static String ProjectPage_location;
	public static String ProjectPage_browse;
	public static String ProjectPage_enterName;
	public static String ProjectPage_enterFolder;
	public static String ProjectPage_projectExists;
	public static String ProjectPage_folderExists;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
