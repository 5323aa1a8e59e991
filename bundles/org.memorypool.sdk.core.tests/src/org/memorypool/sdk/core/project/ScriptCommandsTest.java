// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Script commands as ./sdk new writes them, as the validator judges them, and as the generator writes them. */
class ScriptCommandsTest {

	@TempDir
	Path parent;

	@Test
	void aCommandLineListReadsIntoCommands() throws ProjectException {
		List<ScriptCommand> commands = CommandSpecs.parse(" MyPluginScale/MPScale(float value, Integer times?):number="
				+ "Scales a value ; MyPluginName(string who):STRING;MyPluginGet");
		assertEquals(List.of(new ScriptCommand("MyPluginScale", "MPScale", "Scales a value",
				List.of(new CommandParameter("value", ParameterType.FLOAT, false),
						new CommandParameter("times", ParameterType.INTEGER, true)), CommandReturn.NUMBER),
				new ScriptCommand("MyPluginName", "", "", List.of(new CommandParameter("who", ParameterType.STRING, false)),
						CommandReturn.STRING),
				new ScriptCommand("MyPluginGet", "", "", List.of(), CommandReturn.NUMBER)), commands);
		assertEquals(List.of(), CommandSpecs.parse("none"));
		assertTrue(assertThrows(ProjectException.class, () -> CommandSpecs.parse(";;")).getMessage()
				.startsWith("No command in ';;': write each as"));
	}

	/** The wizard's dialog edits parameters as text: written and read back, they are the same. */
	@Test
	void parametersWrittenReadBackTheSame() throws ProjectException {
		List<CommandParameter> parameters = List.of(new CommandParameter("target", ParameterType.OBJECT_REF, false),
				new CommandParameter("times", ParameterType.INTEGER, true));
		assertEquals("objectref target, integer times?", CommandSpecs.written(parameters));
		assertEquals(parameters, CommandSpecs.parameters(CommandSpecs.written(parameters)));
		assertEquals(List.of(), CommandSpecs.parameters("  "));
		assertThrows(ProjectException.class, () -> CommandSpecs.parameters("float"));
	}

	@Test
	void aMiswrittenCommandSaysHowToWriteIt() {
		for (String[] bad : new String[][] { { "A(float)", "the parameter 'float' is not 'type name'" },
				{ "A(vector v)", "the parameter type 'vector' is none of string, integer, float" },
				{ "A(float v", "the parameter list has no closing ')'" },
				{ "A:array", "the return type 'array' is not number, form or string" } }) {
			ProjectException e = assertThrows(ProjectException.class, () -> CommandSpecs.parse(bad[0]));
			assertTrue(e.getMessage().startsWith("The command '" + bad[0] + "' cannot be read: " + bad[1]), e.getMessage());
			assertTrue(e.getMessage().endsWith("e.g. MyPluginScale(float value, integer times?):number=Scales a value"));
		}
	}

	@Test
	void theValidatorRefusesWhatNvseOrCWouldNotTake() throws ProjectException {
		assertEquals(Optional.empty(), ProjectValidator.commandsProblem(0x2000, ScriptCommand.examples("P")));
		// The longest project name still gets its example commands.
		assertEquals(Optional.empty(), ProjectValidator.commandsProblem(0x2000,
				ScriptCommand.examples("P".repeat(ProjectValidator.MAX_NAME_LENGTH))));
		assertEquals(Optional.of("The opcode base 0x1FFF is outside 0x2000-0x7FFF, where xNVSE takes plugins' bases: use"
				+ " 0x2000 while developing, then the range the xNVSE team assigns you"),
				ProjectValidator.commandsProblem(0x1FFF, List.of()));
		assertEquals(Optional.of("2 commands do not fit the opcodes from 0x7FFF up to 0x7FFF, the last plugin opcode:"
				+ " choose a lower base"), ProjectValidator.commandsProblem(0x7FFF, ScriptCommand.examples("P")));
		assertEquals(Optional.of("The alias of A is its own name: leave the alias out"),
				ProjectValidator.commandsProblem(0x2000, CommandSpecs.parse("A/a")));
		assertEquals(Optional.of("Two commands are called a (NVSE ignores case): rename one"),
				ProjectValidator.commandsProblem(0x2000, CommandSpecs.parse("A; a")));
		assertEquals(Optional.of("Two commands are called B (NVSE ignores case): rename one"),
				ProjectValidator.commandsProblem(0x2000, CommandSpecs.parse("A/B; B")));
		assertEquals(Optional.of("The parameter b of A is required after an optional one: NVSE reads arguments in order,"
				+ " so make it optional or move it before them"),
				ProjectValidator.commandsProblem(0x2000, CommandSpecs.parse("A(float a?, float b)")));
		assertEquals(Optional.of("The parameter name result of A is taken by C++ or by NVSE's command arguments: choose"
				+ " another"), ProjectValidator.commandsProblem(0x2000, CommandSpecs.parse("A(float result)")));
		assertEquals(Optional.of("The command name 1A is not a C identifier: use letters A-Z, digits and underscores,"
				+ " starting with a letter"), ProjectValidator.commandsProblem(0x2000, CommandSpecs.parse("1A")));
		assertEquals(Optional.of("The help text of A must not contain '\"': it is written into the plugin's C++ source;"
				+ " leave it out"), ProjectValidator.commandsProblem(0x2000, CommandSpecs.parse("A=say \"hi\"")));
	}

	@Test
	void theCoSaveExampleIsGeneratedAndFreedAtExit() throws Exception {
		Path dir = Headers.generator().generate(ProjectSpec.defaults("Saver", parent).withCoSave(true).withCommands(List.of())
				.withMessages(java.util.Set.of()));
		assertTrue(Files.isRegularFile(dir.resolve("src/CoSave.cpp")));
		String main = Files.readString(dir.resolve("src/main.cpp"));
		assertTrue(main.contains("    nvse->SetOpcodeBase(0x2000);\n    if (!nvse->isEditor)\n        RegisterCoSave(nvse, handle);"),
				main);
		assertTrue(main.contains("    case kMessage_ExitGame:\n        ReleaseCoSave();"), main);
		assertTrue(Files.readString(dir.resolve("src/CoSave.cpp")).contains("MemoryPoolClient::Alloc(size)"));
		assertTrue(Files.readString(dir.resolve("README.md")).contains("on the development base 0x2000 its\n  release builds"
				+ " keep none"));
	}
}
