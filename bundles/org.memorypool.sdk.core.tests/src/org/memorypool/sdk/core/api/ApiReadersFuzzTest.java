// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.memorypool.sdk.core.Fuzzer;

/**
 * The API header parser (the IDE reads MemoryPool.h, and {@code ./sdk api --header} any file) and the call insertion
 * into an author's source, fuzzed from the real header and a generated plugin's source (see {@link Fuzzer}).
 */
class ApiReadersFuzzTest {

	@Test
	void headerParserAndCallInsertion() throws Exception {
		byte[] header = Fuzzer.bytes(Path.of("../../native-plugin/include/MemoryPool.h"));
		List<byte[]> seeds = List.of(header, """
				#include <windows.h>
				#pragma once
				extern "C" __declspec(dllexport) bool NVSEPlugin_Load(const void* nvse) { return true; }
				""".getBytes(StandardCharsets.UTF_8));
		ApiFunction function = ApiHeaderParser.parse(new String(header, StandardCharsets.UTF_8), "MemoryPool.h")
				.functions().get(0);
		Fuzzer fuzzer = new Fuzzer("api-header", seeds, List.of("/**", "*/", "@param", "@return", "__declspec(", "(",
				")", ";", "{", "}", "extern \"C\" {", "typedef", "#define X", "\"", "//", "#include \"MemoryPool.h\""),
				Set.of(ApiParseException.class));
		Fuzzer.ran(fuzzer.run(31, input -> {
			String text = new String(input, StandardCharsets.UTF_8);
			CallInsertion.apply(text, CallInsertion.of(text, text.length() / 2, function));
			ApiHeaderParser.parse(text, "fuzzed.h");
		}), seeds);
	}
}
