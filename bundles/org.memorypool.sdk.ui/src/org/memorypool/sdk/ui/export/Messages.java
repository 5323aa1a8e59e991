// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.export;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.memorypool.sdk.ui.export.messages"; //$NON-NLS-1$

	public static String ExportModArchiveWizard_title;
	public static String ModArchivePage_title;
	public static String ModArchivePage_description;
	public static String ModArchivePage_project;
	public static String ModArchivePage_configuration;
	public static String ModArchivePage_useBuildFolder;
	public static String ModArchivePage_outputFolder;
	public static String ModArchivePage_browse;
	public static String ModArchivePage_browseMessage;
	public static String ModArchivePage_reading;
	public static String ModArchivePage_readingJob;
	public static String ModArchivePage_noProject;
	public static String ModArchivePage_noFolder;
	public static String ModArchivePage_notAbsolute;
	public static String ModArchiveExportJob_exporting;
	public static String ModArchiveExportJob_packaging;
	public static String ModArchiveExportJob_notExported;
	public static String ModArchiveExportJob_buildFailedSeeConsole;
	public static String ModArchiveExportJob_buildFailed;
	public static String ModArchiveExportJob_warning;
	public static String ModArchiveExportJob_canceled;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
