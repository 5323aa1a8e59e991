// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class NvseMessageTest {

	@Test
	void everyTypeIsTheValueOfItsConstantInNvsePluginH() throws Exception {
		String header = Files.readString(Headers.NVSE);
		for (NvseMessage message : NvseMessage.values()) {
			Matcher matcher = Pattern.compile("\\b" + message.constant() + "\\s*=\\s*(\\d+)\\s*,").matcher(header);
			assertTrue(matcher.find(), message.constant() + " is not in nvse_plugin.h");
			assertEquals(message.type(), Integer.parseInt(matcher.group(1)), message.constant());
		}
	}

	@Test
	void displayNamesAreFoundIgnoringCase() {
		assertEquals(Optional.of(NvseMessage.POST_POST_LOAD), NvseMessage.byDisplayName("PostPostLoad"));
		assertEquals(Optional.of(NvseMessage.POST_POST_LOAD), NvseMessage.byDisplayName("postpostload"));
		assertEquals(Optional.of(NvseMessage.MAIN_GAME_LOOP), NvseMessage.byDisplayName("MAINGAMELOOP"));
		assertEquals(Optional.empty(), NvseMessage.byDisplayName("Precompile"));
		assertEquals(Optional.empty(), NvseMessage.byDisplayName(""));
	}

	@Test
	void theDefaultsAreTheLoadPhasesAndTheSaveGameLifeCycle() {
		assertEquals(EnumSet.of(NvseMessage.POST_LOAD, NvseMessage.POST_POST_LOAD, NvseMessage.LOAD_GAME,
				NvseMessage.SAVE_GAME, NvseMessage.NEW_GAME, NvseMessage.EXIT_GAME), NvseMessage.defaults());
	}

	@Test
	void descriptionsAreOneLineThatCanGoIntoACStringLiteral() {
		assertEquals("after every plugin handled PostLoad", NvseMessage.POST_POST_LOAD.description());
		for (NvseMessage message : NvseMessage.values()) {
			assertFalse(message.description().isBlank(), message.name());
			assertTrue(message.description().matches("[\\w ,.']+"), message.description());
		}
	}
}
