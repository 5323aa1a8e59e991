// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.memorypool.sdk.core.build.ToolCommand;

class ConsoleBuildListenerTest {

	/** A source named with an escape sequence, as a cloned project may have, cannot clear the user's terminal. */
	@Test
	void controlCharactersFromFilesAreWrittenAsEscapesAndTabsKept() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ConsoleBuildListener listener = new ConsoleBuildListener(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		listener.command(ToolCommand.of("g++ -c \"../src/\u001b[2Jx.cpp\""));
		listener.output("../src/\u001b[2Jx.cpp:1:1: error:\tbad\r");
		listener.warning("name\u0007");
		String n = System.lineSeparator();
		assertEquals("g++ -c \"../src/\\x1B[2Jx.cpp\"" + n + "../src/\\x1B[2Jx.cpp:1:1: error:\tbad\\x0D" + n
				+ "warning: name\\x07" + n, bytes.toString(StandardCharsets.UTF_8));
	}
}
