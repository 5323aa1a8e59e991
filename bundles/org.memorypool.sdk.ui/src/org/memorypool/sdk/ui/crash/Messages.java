// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.crash;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.memorypool.sdk.ui.crash.messages"; //$NON-NLS-1$

	public static String CrashConsole_name;
	public static String SourceLinks_cannotOpen;
	public static String SymbolizeJob_name;
	public static String SymbolizeJob_crashLog;
	public static String SymbolizeJob_cannotSymbolize;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
