package org.memorypool.sdk.nativeplugin;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

/** The functions include/MemoryPool.h declares: what the plugin must export besides the NVSE entry points. */
final class ApiHeader {

	private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
	/** MEMORYPOOL_API <return type> MEMORYPOOL_CALL <name>(...) */
	private static final Pattern DECLARATION = Pattern
			.compile("\\bMEMORYPOOL_API\\b[^;{}()]*\\bMEMORYPOOL_CALL\\s+(\\w+)\\s*\\(");

	private ApiHeader() {
	}

	static List<String> functionNames() throws IOException {
		String code = COMMENT.matcher(Files.readString(NativePlugin.API_HEADER)).replaceAll(" ");
		return DECLARATION.matcher(code).results().map(m -> m.group(1)).toList();
	}
}
