// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class RegistrationScannerTest {

	@TempDir
	Path dir;

	private Path source(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}

	private static List<String> opcodes(RegistrationScanner.Result result) {
		return result.registrations().stream().map(r -> r.opcodeText() + " " + r.name() + " :" + r.line()).toList();
	}

	/** The shapes of xNVSE's example plugin (nvse_plugin_example/main.cpp): a named base, its macros, comments. */
	@Test
	void theExamplePluginsRegistrationsGetSequentialOpcodesFromTheBase() throws IOException {
		Path main = source("main.cpp", """
				#define RegisterScriptCommand(name) nvse->RegisterCommand(&kCommandInfo_ ##name)
				#define REG_CMD(name) RegisterScriptCommand(name)
				#define REG_TYPED_CMD(name, type) nvse->RegisterTypedCommand(&kCommandInfo_##name,kRetnType_##type)
				bool NVSEPlugin_Load(NVSEInterface* nvse)
				{
					// RegisterCommand(&kCommandInfo_Commented) is not a call
					const char* text = "REG_CMD(InAString)";
					UInt32 const examplePluginOpcodeBase = 0x2000;
					nvse->SetOpcodeBase(examplePluginOpcodeBase);
					/*2000*/ RegisterScriptCommand(ExamplePlugin_PluginTest);
					/*2001*/ REG_CMD(ExamplePlugin_CrashScript);
					/*2002*/ REG_TYPED_CMD(ExamplePlugin_ReturnString, String);
					/* REG_CMD(InABlockComment); */
					nvse->RegisterTypedCommandVersion(&kCommandInfo_ExamplePlugin_Versioned, kRetnType_Default, 2);
					return true;
				}
				""");
		RegistrationScanner.Result result = RegistrationScanner.scan(PluginSources.of(List.of(main)));
		assertEquals(List.of("0x2000 ExamplePlugin_PluginTest :10", "0x2001 ExamplePlugin_CrashScript :11",
				"0x2002 ExamplePlugin_ReturnString :12", "0x2003 ExamplePlugin_Versioned :14"), opcodes(result));
		assertEquals(List.of(), result.problems());
	}

	@Test
	void aSecondBaseRestartsTheCountAndDefinesFromOtherSourcesAreKnown() throws IOException {
		Path header = source("opcodes.h", "#define MY_BASE 0x3A00 // assigned\nconstexpr UInt32 kSecond{0x3A80u};\n");
		Path main = source("main.cpp", """
				void Register(const NVSEInterface* nvse) {
				    nvse->SetOpcodeBase(MY_BASE);
				    nvse->RegisterCommand(&kCommandInfo_A);
				    nvse->RegisterTypedCommand(&kCommandInfo_B, kRetnType_Form);
				    nvse->SetOpcodeBase(kSecond);
				    nvse->RegisterCommand(&kCommandInfo_C);
				}
				""");
		assertEquals(List.of("0x3A00 A :3", "0x3A01 B :4", "0x3A80 C :6"),
				opcodes(RegistrationScanner.scan(PluginSources.of(List.of(header, main)))));
	}

	/** Declarations and definitions of the registration functions are no registrations. */
	@Test
	void declarationsOfTheInterfaceAreNotRegistrations() throws IOException {
		Path host = source("host.cpp", """
				struct NVSEInterface { bool (*RegisterCommand)(CommandInfo* info); void (*SetOpcodeBase)(UInt32); };
				bool RegisterCommand(CommandInfo* info) { return info != nullptr; }
				""");
		RegistrationScanner.Result result = RegistrationScanner.scan(PluginSources.of(List.of(host)));
		assertEquals(List.of(), result.registrations());
		assertEquals(List.of(), result.problems());
	}

	@Test
	void registrationsWithoutABaseOrWithAnExpressionAreWarningsAndABadBaseIsAnError() throws IOException {
		Path noBase = source("a.cpp", "void f(NVSEInterface* n) { n->RegisterCommand(&kCommandInfo_A); REG_CMD(B); }\n");
		Path expression = source("b.cpp", "void f(NVSEInterface* n) { n->SetOpcodeBase(kBase + 2);\n REG_CMD(C); }\n");
		Path tooHigh = source("c.cpp", "void f(NVSEInterface* n) {\n n->SetOpcodeBase(0x8000); REG_CMD(D); }\n");
		RegistrationScanner.Result result = RegistrationScanner.scan(PluginSources.of(List.of(noBase, expression, tooHigh)));
		assertEquals(List.of(), result.registrations());
		assertEquals(3, result.problems().size(), result.problems()::toString);
		assertTrue(result.problems().get(0).message().startsWith("commands are registered here, outside the function that calls SetOpcodeBase"));
		assertTrue(result.problems().get(1).message().startsWith("the opcode base here is not a number"));
		assertEquals("SetOpcodeBase(0x8000): xNVSE accepts a base from 0x2000 up to below 0x8000 and stops the game"
				+ " otherwise", result.problems().get(2).message());
		assertTrue(result.problems().get(2).error());
		assertEquals(2, result.problems().get(2).line());
	}

	/** Cost linear in the text: a 4 MB source of unterminated comments, quotes and parentheses. */
	@Test
	@Timeout(10)
	void hostileSourcesCostLinearTime() throws IOException {
		Path a = source("a.cpp", "SetOpcodeBase(".repeat(200_000) + "\"unterminated\n'x".repeat(10_000) + "/*");
		Path b = source("b.cpp", "R\"(".repeat(300_000) + "#define X \\\n".repeat(100_000));
		RegistrationScanner.Result result = RegistrationScanner.scan(PluginSources.of(List.of(a, b)));
		assertEquals(List.of(), result.registrations());
	}

	/** xNVSE's release builds keep no co-save data of a plugin whose only base is 0x2000: a warning says so. */
	@Test
	void aCoSavePluginOnTheDevelopmentBaseIsWarned() throws IOException {
		Path save = source("CoSave.cpp", "void R(NVSESerializationInterface* s, PluginHandle h) {\n s->SetSaveCallback(h, OnSave);\n}\n");
		Path dev = source("Commands.cpp", "void C(NVSEInterface* n) { n->SetOpcodeBase(0x2000); REG_CMD(A); }\n");
		RegistrationScanner.Result result = RegistrationScanner.scan(PluginSources.of(List.of(dev, save)));
		assertEquals(1, result.problems().size(), result.problems()::toString);
		assertEquals(save, result.problems().get(0).file());
		assertEquals(2, result.problems().get(0).line());
		assertTrue(result.problems().get(0).message().startsWith("the plugin keeps data in NVSE's co-save, but sets no opcode"
				+ " base other than xNVSE's development base 0x2000"));
		Path own = source("Commands.cpp", "void C(NVSEInterface* n) { n->SetOpcodeBase(0x3A00); REG_CMD(A); }\n");
		assertEquals(List.of(), RegistrationScanner.scan(PluginSources.of(List.of(own, save))).problems());
	}

	private static List<String> messages(RegistrationScanner.Result result) {
		return result.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
	}

	/**
	 * The #13 trial: what the scanner cannot follow (a helper that registers, a macro or a CommandInfo it cannot name,
	 * an #else, a loop) makes the opcodes after it unknown, with a warning, instead of a silent wrong count.
	 */
	@Test
	void whatTheScannerCannotFollowMakesTheRestUnknownWithAWarning() throws IOException {
		String head = "void Register(NVSEInterface* nvse)\n{\n    nvse->SetOpcodeBase(0x2000);\n"
				+ "    nvse->RegisterCommand(&kCommandInfo_First);\n";
		Path helper = source("helper.cpp", head + "    RegisterMore(nvse);\n    nvse->RegisterCommand(&kCommandInfo_Later);\n}\n"
				+ "static void RegisterMore(NVSEInterface* nvse)\n{\n    nvse->RegisterCommand(&kCommandInfo_Hidden);\n}\n");
		RegistrationScanner.Result result = RegistrationScanner.scan(PluginSources.of(List.of(helper)));
		assertEquals(List.of("0x2000 First :4"), opcodes(result));
		assertEquals(List.of("5: calls RegisterMore, which registers commands or sets an opcode base: the SDK does not"
				+ " follow calls, so it cannot tell the opcodes from here on; keep every registration in the function that calls SetOpcodeBase",
				"10: commands are registered here, outside the function that calls SetOpcodeBase (or before it): the SDK"
						+ " cannot tell their opcodes; register every command in one function, after SetOpcodeBase"),
				messages(result));
		assertFalse(result.complete());

		Path macros = source("macros.cpp", "#define REG_CMD_STR(name) nvse->RegisterTypedCommand(&kCommandInfo_ ## name,"
				+ " kRetnType_String)\n#define REG(x) nvse->RegisterCommand(x)\n" + head
				+ "    REG_CMD_STR(Str);\n    REG(&someInfo);\n    nvse->RegisterCommand(&kCommandInfo_Later);\n}\n");
		result = RegistrationScanner.scan(PluginSources.of(List.of(macros)));
		assertEquals(List.of("0x2000 First :6", "0x2001 Str :7"), opcodes(result));
		assertEquals(List.of("8: REG registers a command the SDK cannot name (its body does not register"
				+ " kCommandInfo_##name)"), messages(result));

		Path loop = source("loop.cpp", head + "    for (CommandInfo* info : kAll)\n        nvse->RegisterCommand(info);\n}\n");
		result = RegistrationScanner.scan(PluginSources.of(List.of(loop)));
		assertEquals(List.of("0x2000 First :4"), opcodes(result));
		assertEquals(List.of("6: a CommandInfo the SDK cannot name (info) is registered; write &kCommandInfo_Name"),
				messages(result));

		Path branches = source("branches.cpp", head + "#if RUNTIME\n    nvse->RegisterCommand(&kCommandInfo_Game);\n#else\n"
				+ "    nvse->RegisterCommand(&kCommandInfo_Editor);\n#endif\n}\n");
		result = RegistrationScanner.scan(PluginSources.of(List.of(branches)));
		assertEquals(List.of("0x2000 First :4"), opcodes(result));
		assertEquals(List.of("6: a command is registered under #if, #ifdef or #ifndef: the SDK does not evaluate the"
				+ " preprocessor and cannot tell whether it is built; keep registrations unconditional"), messages(result));
	}

	/**
	 * The second #13 trial: shapes that fooled the scanner into a silent wrong count now stop the count with a
	 * warning: a registration it cannot read, in a block, under a bare if, after a goto, under #ifdef, through a
	 * macro that registers several commands or names the command in another parameter, and CRLF continuations.
	 */
	@Test
	void shapesTheScannerCannotReadStopTheCountWithAWarning() throws IOException {
		String head = "#define REG(n) nvse->RegisterTypedCommand(&kCommandInfo_##n, kRetnType_Default)\n"
				+ "#define REG2(a, b) REG(a); REG(b)\n#define REGT(ret, n) nvse->RegisterTypedCommand(&kCommandInfo_##n, ret)\n"
				+ "void Register(NVSEInterface* nvse)\n{\n    nvse->SetOpcodeBase(0x2000);\n    REG(First);\n";
		for (String shape : List.of("    (nvse->RegisterCommand)(&kCommandInfo_A);\n", "    nvse->RegisterCommand(&cmds::kCommandInfo_A);\n",
				"    for (int i = 0; i < 2; i++) {\n        REG(A);\n    }\n",
				"    if (nvse->isEditor)\n        REG(A);\n", "    goto done;\n    REG(A);\ndone:\n", "#ifdef EXTRA\n    REG(A);\n#endif\n",
				"    REG2(A, B);\n", "    REGT(kRetnType_Default, A);\n", "    nvse->RegisterCommand(info);\n", "    auto later = [&] { REG(A); };\n    later();\n")) {
			Path file = source("shape.cpp", head + shape + "    REG(Last);\n}\n");
			RegistrationScanner.Result result = RegistrationScanner.scan(PluginSources.of(List.of(file)));
			assertEquals(List.of("0x2000 First :7"), opcodes(result), shape);
			assertFalse(result.complete(), shape);
			assertEquals(1, result.problems().size(), () -> shape + result.problems());
		}
		// Windows line ends: a continued #define still registers, a continued comment still hides its next line.
		Path crlf = source("crlf.cpp", ("#define REGC(n) \\\n    nvse->RegisterCommand(&kCommandInfo_##n)\n"
				+ "void Register(NVSEInterface* nvse)\n{\n    nvse->SetOpcodeBase(0x2000);\n    // old: \\\n"
				+ "    REGC(Hidden);\n    REGC(Seen);\n    const char* s = u8R\"(\" nvse->RegisterCommand(&kCommandInfo_InString); \")\";\n"
				+ "    REGC(Last);\n}\n").replace("\n", "\r\n"));
		assertEquals(List.of("0x2000 Seen :8", "0x2001 Last :10"), opcodes(RegistrationScanner.scan(PluginSources.of(List.of(crlf)))));
	}

	/**
	 * JIP LN keeps retired opcodes taken by registering one empty CommandInfo again and again, through an
	 * object-like macro ({@code nvse->REG_EMPTY;}) or directly: each takes an opcode, under the variable's name,
	 * without a warning; the count goes on after them.
	 */
	@Test
	void placeholdersRegisteredByTheirOwnVariableTakeOpcodes() throws IOException {
		Path main = source("main.cpp", "#define REG_EMPTY RegisterCommand(&kEmptyCommand)\n"
				+ "#define REG_RETIRED nvse->RegisterTypedCommand(&kCommandInfo_Retired, kRetnType_Default)\n"
				+ "void Register(NVSEInterface* nvse)\n{\n    nvse->SetOpcodeBase(0x2000);\n"
				+ "    nvse->RegisterCommand(&kCommandInfo_First);\n    nvse->REG_EMPTY;\n    nvse->REG_EMPTY;\n"
				+ "    nvse->RegisterCommand(&kEmptyCommand);\n    REG_RETIRED;\n    nvse->RegisterCommand(&kCommandInfo_Last);\n}\n");
		RegistrationScanner.Result result = RegistrationScanner.scan(PluginSources.of(List.of(main)));
		assertEquals(List.of("0x2000 First :6", "0x2001 kEmptyCommand :7", "0x2002 kEmptyCommand :8",
				"0x2003 kEmptyCommand :9", "0x2004 Retired :10", "0x2005 Last :11"), opcodes(result));
		assertEquals(List.of(), messages(result));
		assertTrue(result.complete());
	}

	/** Code that is not compiled is not counted: #if 0 groups, and a line comment continued by a backslash. */
	@Test
	void codeThatIsNotCompiledIsNotCounted() throws IOException {
		Path main = source("main.cpp", "void Register(NVSEInterface* nvse)\n{\n    nvse->SetOpcodeBase(0x2000);\n#if 0\n"
				+ "    nvse->SetOpcodeBase(0x3000);\n#if 1\n    nvse->RegisterCommand(&kCommandInfo_Nested);\n#endif\n"
				+ "#else\n    nvse->RegisterCommand(&kCommandInfo_Else);\n#endif\n    // old \\\n"
				+ "    nvse->RegisterCommand(&kCommandInfo_Continued);\n    nvse->RegisterCommand(&kCommandInfo_Kept);\n"
				+ "    nvse->RegisterCommand(&kCommandInfo_Kept);\n}\n");
		RegistrationScanner.Result result = RegistrationScanner.scan(PluginSources.of(List.of(main)));
		assertEquals(List.of("0x2000 Else :10", "0x2001 Kept :14", "0x2002 Kept :15"), opcodes(result));
		assertEquals(List.of("15: Kept is registered a second time: it takes another opcode (right only for"
				+ " RegisterTypedCommandVersion's versions)"), messages(result));
		assertTrue(result.complete());
	}

	/**
	 * Session 6: a registration macro or a base defined only in a header was unknown, so its registrations went
	 * uncounted without a word. The headers the sources include are read for macros, constants and registering
	 * functions, and one that sets a base is scanned like a source.
	 */
	@Test
	void macrosAndConstantsFromIncludedHeadersAreKnown() throws IOException {
		Path header = source("Reg.h", "#pragma once\n#define MY_BASE 0x3A00\n"
				+ "#define REG_CMD_STR(name) nvse->RegisterTypedCommand(&kCommandInfo_##name, kRetnType_String)\n");
		Path main = source("main.cpp", "#include \"Reg.h\"\nvoid Register(NVSEInterface* nvse)\n{\n"
				+ "    nvse->SetOpcodeBase(MY_BASE);\n    REG_CMD_STR(First);\n    REG_CMD_STR(Second);\n}\n");
		RegistrationScanner.Result withHeaders = RegistrationScanner.scan(new PluginSources(List.of(main),
				List.of(header), List.of()));
		assertEquals(List.of("0x3A00 First :5", "0x3A01 Second :6"), opcodes(withHeaders));
		assertEquals(List.of(), withHeaders.problems());
		assertTrue(withHeaders.complete());

		// A header with the function that sets the base is scanned; its declarations elsewhere are no base.
		Path inline = source("Commands.h", "#include \"Reg.h\"\nstruct Table { static void SetOpcodeBase(UInt32 base); };\n"
				+ "inline void RegisterAll(NVSEInterface* nvse)\n{\n    nvse->SetOpcodeBase(MY_BASE);\n    REG_CMD_STR(Inline);\n}\n");
		Path load = source("load.cpp", "#include \"Commands.h\"\nbool NVSEPlugin_Load(NVSEInterface* nvse)\n{\n"
				+ "    RegisterAll(nvse);\n    return true;\n}\n");
		RegistrationScanner.Result inHeader = RegistrationScanner.scan(new PluginSources(List.of(load),
				List.of(inline, header), List.of()));
		assertEquals(List.of("0x3A00 Inline :6"), opcodes(inHeader));
		assertEquals(List.of(), inHeader.problems());
	}

	/**
	 * xNVSE's PluginAPI.h registers in NVSECommandBuilder::Create, and an X-macro list registers through an #include
	 * inside a function: both hide registrations from the count, so both stop it with a warning.
	 */
	@Test
	void helpersFromHeadersAndIncludedListsStopTheCountWithAWarning() throws IOException {
		Path api = source("PluginAPI.h", """
				class NVSECommandBuilder
				{
					const NVSEInterface* scriptInterface;
				public:
					void Create(const char* name, CommandReturnType returnType, bool refRequired, Cmd_Execute fn) const
					{
						auto commandInfo = CommandInfo{ name, "", 0, "", refRequired, 0, nullptr, fn, nullptr, nullptr, 0 };
						scriptInterface->RegisterTypedCommand(&commandInfo, returnType);
					}
				};
				""");
		String head = "#include \"PluginAPI.h\"\nvoid Register(NVSEInterface* nvse)\n{\n    nvse->SetOpcodeBase(0x2000);\n"
				+ "    nvse->RegisterCommand(&kCommandInfo_First);\n";
		Path builder = source("builder.cpp", head + "    NVSECommandBuilder builder(nvse);\n"
				+ "    builder.Create(\"Built\", kRetnType_Default, false, Cmd_Built_Execute);\n"
				+ "    nvse->RegisterCommand(&kCommandInfo_Last);\n}\n");
		RegistrationScanner.Result result = RegistrationScanner.scan(new PluginSources(List.of(builder), List.of(api),
				List.of()));
		assertEquals(List.of("0x2000 First :5"), opcodes(result));
		assertEquals(List.of("7: calls Create, which registers commands or sets an opcode base: the SDK does not follow"
				+ " calls, so it cannot tell the opcodes from here on; keep every registration in the function that calls SetOpcodeBase"),
				messages(result));
		assertFalse(result.complete());

		Path list = source("xmacro.cpp", head + "#define COMMAND(name) nvse->RegisterCommand(&kCommandInfo_##name);\n"
				+ "#include \"commands.def\"\n#undef COMMAND\n    nvse->RegisterCommand(&kCommandInfo_Last);\n}\n");
		result = RegistrationScanner.scan(PluginSources.of(List.of(list)));
		assertEquals(List.of("0x2000 First :5"), opcodes(result));
		assertEquals(List.of("7: #include \"commands.def\" among the registrations: the SDK does not read what an #include"
				+ " brings into a function (an X-macro list, say), so it cannot tell the opcodes from here on; write each"
				+ " registration in the function itself"), messages(result));

		Path helper = source("helper.cpp", head + "    RegisterListed(nvse);\n    nvse->RegisterCommand(&kCommandInfo_Last);\n}\n"
				+ "void RegisterListed(NVSEInterface* nvse)\n{\n#include \"commands.def\"\n}\n");
		result = RegistrationScanner.scan(PluginSources.of(List.of(helper)));
		assertEquals(List.of("0x2000 First :5"), opcodes(result));
		assertEquals(List.of("6: calls RegisterListed, whose body #includes a file the SDK does not read into it, so it"
				+ " cannot tell whether it registers commands, nor the opcodes from here on; write each registration in the"
				+ " function that calls SetOpcodeBase"), messages(result));

		// Headers the build could not all find: what they define is unknown, so the count is not complete.
		Path plain = source("plain.cpp", head + "}\n");
		result = RegistrationScanner.scan(new PluginSources(List.of(plain), List.of(), List.of(plain)));
		assertEquals(List.of("0x2000 First :5"), opcodes(result));
		assertFalse(result.complete());
		assertEquals(List.of("0: its headers were not all read (more than the SDK reads for one build): the macros and"
				+ " constants they define are unknown, so the opcode ledger check is not complete"), messages(result));
	}
}
