// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentencesTest {

	@Test
	void onlyAPlainCapitalizedFirstWordIsLowered() {
		assertEquals("the project name is empty", Sentences.continuing("The project name is empty"));
		assertEquals("MSYS2 is missing", Sentences.continuing("MSYS2 is missing"));
		assertEquals("HardenedPlugin.dll imports libssp-0.dll", Sentences.continuing("HardenedPlugin.dll imports libssp-0.dll"));
		assertEquals("MyPlugin is taken", Sentences.continuing("MyPlugin is taken"));
		assertEquals("libSoPlugin.so is named", Sentences.continuing("libSoPlugin.so is named"));
	}

	@Test
	void onlyAPlainLowerCaseFirstWordIsCapitalized() {
		assertEquals("The build failed: x", Sentences.starting("the build failed: x"));
		assertEquals("libSoPlugin.so is named", Sentences.starting("libSoPlugin.so is named"));
		assertEquals("x64.dll is a PE32+ DLL", Sentences.starting("x64.dll is a PE32+ DLL"));
		assertEquals("word", Sentences.starting("word"));
	}
}
