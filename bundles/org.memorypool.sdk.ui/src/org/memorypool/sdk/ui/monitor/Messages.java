// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.monitor;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.memorypool.sdk.ui.monitor.messages"; //$NON-NLS-1$

	public static String HeapChart_inUse;
	public static String HeapChart_active;
	public static String HeapChart_handedOut;
	public static String HeapChart_released;
	public static String HeapChart_freeAddressSpace;
	public static String HeapChart_largestFreeBlock;
	public static String HeapChart_time;
	public static String HeapChart_mib;
	public static String HeapChart_perSecond;
	public static String HeapChart_run;
	public static String HeapMonitorJob_name;
	public static String HeapMonitorView_lookingForGameFolder;
	public static String HeapMonitorView_export;
	public static String HeapMonitorView_clear;
	public static String HeapMonitorView_nothingToExport;
	public static String HeapMonitorView_exportTitle;
	public static String HeapMonitorView_exporting;
	public static String HeapMonitorView_cannotExport;
	public static String HeapMonitorView_noGameFolder;
	public static String HeapMonitorView_waiting;
	public static String HeapMonitorView_status;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
