// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a tool prints reaches the build bounded: a line, and the output in all (the third trial's 268 MB line). */
class ProcessToolRunnerTest {

	@TempDir
	Path dir;

	private List<String> run(String script) throws Exception {
		List<String> lines = new ArrayList<>();
		int exit = new ProcessToolRunner().run(new ToolCommand(script, List.of("sh", "-c", script)), dir,
				Map.of("PATH", System.getenv("PATH")), lines::add, () -> false);
		assertEquals(0, exit);
		return lines;
	}

	@Test
	void aLineOfTwentyMegabytesIsCutWithItsLengthSaid() throws Exception {
		List<String> lines = run("head -c 20000000 /dev/zero | tr '\\0' a; echo; echo after");
		assertEquals(2, lines.size());
		assertEquals("a".repeat(ProcessToolRunner.MAX_LINE) + " ... (" + (20_000_000 - ProcessToolRunner.MAX_LINE)
				+ " more characters)", lines.get(0));
		assertEquals("after", lines.get(1));
	}

	@Test
	void outputBeyondTheBoundIsCountedNotKept() throws Exception {
		List<String> lines = run("yes 0123456789 | head -n 1000000");
		long kept = lines.stream().limit(lines.size() - 1).mapToLong(String::length).sum();
		assertTrue(kept <= ProcessToolRunner.MAX_OUTPUT, "kept " + kept);
		assertTrue(lines.get(lines.size() - 1).matches("\\.\\.\\. \\(\\d+ more characters of output not kept\\)"),
				lines.get(lines.size() - 1));
	}
}
