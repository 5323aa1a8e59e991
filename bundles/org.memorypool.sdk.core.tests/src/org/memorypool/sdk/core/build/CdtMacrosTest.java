// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CdtMacrosTest {

	@TempDir
	Path workspace;

	private final List<String> notes = new ArrayList<>();

	private CdtMacros macros(Map<String, String> variables, Map<String, String> environment) {
		return new CdtMacros("Plugin", "Release", workspace.resolve("Plugin"), variables, environment::get, Map.of(), false,
				notes);
	}

	private CdtMacros withProjectEnvironment(boolean replaceNative, EnvironmentSetting... settings) {
		Map<String, EnvironmentSetting> byName = new java.util.HashMap<>();
		for (EnvironmentSetting setting : settings) {
			byName.put(setting.name(), setting);
		}
		return new CdtMacros("Plugin", "Release", workspace.resolve("Plugin"), Map.of("VAR", "${FLAVOUR}-var"),
				Map.of("PATH", "/usr/bin", "SDK", "/opt/sdk", "LANG", "C")::get, byName, replaceNative, notes);
	}

	@Test
	void theConfigurationsBuildEnvironmentComesBetweenBuildVariablesAndTheNativeEnvironment() {
		CdtMacros macros = withProjectEnvironment(false, new EnvironmentSetting("FLAVOUR", "replace", "${ConfigName}_f", ":"),
				new EnvironmentSetting("PATH", "prepend", "${ProjDirPath}/tools", ":"),
				new EnvironmentSetting("SDK", "append", "/more", ":"), new EnvironmentSetting("LANG", "remove", "", ":"),
				new EnvironmentSetting("SELF", "replace", "${ProjDirPath}/bin:${SELF}", ":"),
				new EnvironmentSetting("PING", "replace", "${PONG}", ":"), new EnvironmentSetting("PONG", "replace", "${PING}", ":"));
		assertEquals("Release_f-var", macros.resolve("${VAR}", "x"));
		assertEquals(workspace.resolve("Plugin/tools") + ":/usr/bin", macros.resolve("${PATH}", "x"));
		assertEquals("/opt/sdk:/more", macros.resolve("${SDK}", "x"));
		assertEquals("/opt/sdk", macros.resolve("${env_var:SDK}", "x"), "env_var is Eclipse's: the native environment");
		assertEquals(List.of(), notes);
		assertEquals("${LANG}", macros.resolve("${LANG}", "x"), "removed: nothing to resolve to");
		// In CDT a variable's own name in its value is the value it had before (here: none).
		assertEquals(workspace.resolve("Plugin/bin") + ":", macros.resolve("${SELF}", "y"));
		assertEquals("/usr/bin:/more", withProjectEnvironment(false, new EnvironmentSetting("PATH", "replace", "${PATH}:/more",
				":")).resolve("${PATH}", "y"), "the idiom PATH=${PATH}:more");
		assertEquals(List.of("x: the macro ${LANG} names the environment variable LANG, which is not set (CDT would put"
				+ " nothing there): set it before building, or define it in the project (C/C++ Build > Environment or Build"
				+ " Variables)"), notes);
		notes.clear();
		assertEquals("${PING}", macros.resolve("${PING}", "y"));
		assertEquals(List.of("y: the environment variables refer to each other in a circle (PING -> PONG -> PING): fix them"
				+ " in C/C++ Build > Environment"), notes);
	}

	@Test
	void aReplacedNativeEnvironmentGivesNoValues() {
		CdtMacros macros = withProjectEnvironment(true, new EnvironmentSetting("PATH", "prepend", "/tools", ":"));
		assertEquals("/tools", macros.resolve("${PATH}", "x"));
		assertEquals("${SDK}", macros.resolve("${SDK}", "x"));
	}

	@Test
	void builtInsNestedMacrosBuildVariablesAndTheEnvironmentResolve() {
		CdtMacros macros = macros(Map.of("INC", "${ProjDirPath}/inc", "ALL", "${INC}:${env_var:SDK}"), Map.of("SDK", "/opt/sdk", "HOME", "/home/u"));
		assertEquals(workspace.resolve("Plugin/include") + "", macros.resolve("${workspace_loc:/${ProjName}/include}", "x"));
		assertEquals(workspace.resolve("Plugin") + "/inc:/opt/sdk", macros.resolve("${ALL}", "x"));
		assertEquals("/home/u/x-Release", macros.resolve("${HOME}/x-${ConfigName}", "x"));
		assertEquals(List.of(), notes);
	}

	@Test
	void aSiblingProjectIsFoundByTheNameItsProjectFileGives() throws Exception {
		Path sibling = Files.createDirectories(workspace.resolve("some-folder"));
		Files.writeString(sibling.resolve(".project"), "<?xml version=\"1.0\"?><projectDescription><name>Sibling</name></projectDescription>");
		assertEquals(sibling.resolve("include").toString(), macros(Map.of(), Map.of()).resolve("${workspace_loc:/Sibling/include}", "x"));
	}

	@Test
	void whatCannotBeResolvedStaysAsWrittenWithANote() {
		CdtMacros macros = macros(Map.of("A", "${B}", "B", "x${A}"), Map.of());
		assertEquals("${workspace_loc:/Elsewhere/inc}", macros.resolve("${workspace_loc:/Elsewhere/inc}", "include paths"));
		assertEquals("x${A}", macros.resolve("${A}", "defines"));
		assertTrue(notes.stream().anyMatch(n -> n.startsWith("defines: the build variable A refers to itself (A -> B -> A)")), notes::toString);
		assertEquals("${unclosed", macros.resolve("${unclosed", "x"));
	}

	@Test
	@Timeout(5)
	void costIsLinearInTheValue() {
		String deep = "${".repeat(200_000) + "}".repeat(200_000);
		macros(Map.of(), Map.of()).resolve(deep, "x");
	}

	/** Variables each made of two of the one before ("billion laughs"): refused with a note, in linear time. */
	@Test
	@Timeout(5)
	void variablesThatDoubleAtEachStepAreRefusedAtOnce() {
		Map<String, String> variables = new java.util.HashMap<>(Map.of("L0", "abcdefghij"));
		for (int i = 1; i <= 40; i++) {
			variables.put("L" + i, "${L" + (i - 1) + "}${L" + (i - 1) + "}");
		}
		CdtMacros macros = macros(variables, Map.of());
		assertTrue(macros.resolve("${L40}", "the artifact name").length() < 1000);
		assertTrue(notes.stream().anyMatch(n -> n.startsWith("the artifact name: the value expands to more than 64 KB")),
				notes::toString);
		Map<String, EnvironmentSetting> environment = new java.util.HashMap<>();
		environment.put("V0", new EnvironmentSetting("V0", "replace", "abcdefghij", ":"));
		for (int i = 1; i <= 40; i++) {
			environment.put("V" + i, new EnvironmentSetting("V" + i, "replace", "${V" + (i - 1) + "}${V" + (i - 1) + "}", ":"));
		}
		CdtMacros envMacros = new CdtMacros("Plugin", "Release", workspace.resolve("Plugin"), Map.of(), Map.<String, String>of()::get,
				environment, false, notes);
		assertTrue(envMacros.environmentValue("V40", "V40").orElseThrow().length() < 1000);
	}

	/** Many values each under the limit add up: the configuration's total is bounded too; a long chain is no cycle. */
	@Test
	@Timeout(10)
	void manyLargeValuesAreRefusedOnceTheirTotalPassesTheBoundAndALongChainIsFine() {
		Map<String, String> variables = new java.util.HashMap<>(Map.of("L0", "AAAAAAAAAAAAAAA", "C0", "end"));
		for (int i = 1; i <= 11; i++) {
			variables.put("L" + i, "${L" + (i - 1) + "}${L" + (i - 1) + "}");
		}
		for (int i = 1; i <= 40; i++) {
			variables.put("C" + i, "${C" + (i - 1) + "}");
		}
		CdtMacros macros = macros(variables, Map.of());
		assertEquals("end", macros.resolve("${C40}", "a chain"));
		assertEquals(List.of(), notes);
		for (int i = 0; i < 1000; i++) {
			macros.resolve("${L11}", "define " + i);
		}
		assertEquals(1, notes.size(), notes::toString);
		assertTrue(notes.get(0).contains("the project's macros expand to more than 4 MB in all"), notes::toString);
	}
}
