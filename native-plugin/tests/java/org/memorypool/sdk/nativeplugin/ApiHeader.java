// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What include/MemoryPool.h says: the functions it declares (what the plugin must export besides the NVSE entry
 * points) and the plugin's version.
 */
final class ApiHeader {

	private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
	/** MEMORYPOOL_API <return type> MEMORYPOOL_CALL <name>(...) */
	private static final Pattern DECLARATION = Pattern
			.compile("\\bMEMORYPOOL_API\\b[^;{}()]*\\bMEMORYPOOL_CALL\\s+(\\w+)\\s*\\(");

	private static final Pattern VERSION_STRING = Pattern.compile("#define MEMORYPOOL_PLUGIN_VERSION_STRING \"([0-9.]+)\"");

	private ApiHeader() {
	}

	static List<String> functionNames() throws IOException {
		String code = COMMENT.matcher(Files.readString(NativePlugin.API_HEADER)).replaceAll(" ");
		return DECLARATION.matcher(code).results().map(m -> m.group(1)).toList();
	}

	/** MEMORYPOOL_PLUGIN_VERSION_STRING, e.g. {@code 2.0.0}. */
	static String pluginVersion() throws IOException {
		return VERSION_STRING.matcher(Files.readString(NativePlugin.API_HEADER)).results().map(m -> m.group(1)).findFirst()
				.orElseThrow(() -> new IllegalStateException("no MEMORYPOOL_PLUGIN_VERSION_STRING in MemoryPool.h"));
	}
}
