package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessagesTest {

	@Test
	void onlyAPlainCapitalizedFirstWordIsLowered() {
		assertEquals("the project name is empty", Messages.continuing("The project name is empty"));
		assertEquals("MSYS2 is missing", Messages.continuing("MSYS2 is missing"));
		assertEquals("HardenedPlugin.dll imports libssp-0.dll", Messages.continuing("HardenedPlugin.dll imports libssp-0.dll"));
		assertEquals("MyPlugin is taken", Messages.continuing("MyPlugin is taken"));
		assertEquals("libSoPlugin.so is named", Messages.continuing("libSoPlugin.so is named"));
	}
}
