// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private int api(String... args) throws UsageException {
		return new ApiCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
	}

	@Test
	void printsOneBlockPerFunction() throws Exception {
		Path header = Files.writeString(dir.resolve("h.h"), """
				/**
				 * Frees.
				 * @param p The block.
				 * @since 1.0.0
				 */
				void Free(void* p);
				int Count(void);
				""");
		assertEquals(0, api("--header", header.toString()));
		assertEquals("""
				void Free(void* p)
				    Frees.
				    p: The block.
				    since: 1.0.0

				int Count(void)
				""", out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void theDefaultHeaderIsTheSdksOwn() throws Exception {
		assertEquals(0, api()); // the build points memorypool.header at native-plugin/include/MemoryPool.h
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("void* MemoryPoolMalloc(size_t size)\n"));
	}

	@Test
	void aParseErrorIsOneLineWithItsLineNumberAndExitCode1() throws Exception {
		Path header = Files.writeString(dir.resolve("bad.h"), "int a(void);\nint b(int x;\n");
		assertEquals(1, api("--header", header.toString()));
		assertEquals("bad.h:2: this '(' is never closed", out.toString(StandardCharsets.UTF_8).strip());
	}

	@Test
	void aMissingHeaderIsOneLine() throws Exception {
		assertEquals(1, api("--header", dir.resolve("none.h").toString()));
		assertEquals(dir.resolve("none.h") + ": no such file", out.toString(StandardCharsets.UTF_8).strip());
	}

	@Test
	void unknownOptionsAreUsageErrors() {
		assertEquals("the only option is --header <MemoryPool.h>", assertThrows(UsageException.class, () -> api("--heder", "x")).getMessage());
	}
}
