// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third #13 trial's shapes (real plugins': kNVSE's command builder behind a helper, X-macro lists, ShowOff's
 * counter; and what authors write by hand: macros in any order, a BOM, a blank after a continuing backslash), each
 * checked against what gcc's preprocessor and xNVSE make of it: counted right, or the count stops with a warning.
 * Never a complete count that differs from xNVSE's.
 */
class RegistrationScannerShapesTest {

	@TempDir
	Path dir;

	/**
	 * @param files    file name to text; names ending in .h are headers, the others sources
	 * @param opcodes  what the scanner must count, "0x2000 Name" each
	 * @param complete whether it may call the count complete (false: a warning says why not)
	 */
	record Shape(String label, Map<String, String> files, List<String> opcodes, boolean complete) {
		@Override
		public String toString() {
			return label;
		}
	}

	private static final String LOAD = "bool NVSEPlugin_Load(const NVSEInterface* nvse)\n{\n";

	static List<Shape> shapes() {
		return List.of(
				// Counted right.
				new Shape("macros in any order", Map.of("main.cpp", "#define ADD(n) MY_ADD(n)\n"
						+ "#define MY_ADD(n) nvse->RegisterCommand(&kCommandInfo_##n)\n" + LOAD
						+ "    nvse->SetOpcodeBase(0x3000);\n    ADD(Foo);\n    ADD(Bar);\n    return true;\n}\n"),
						List.of("0x3000 Foo", "0x3001 Bar"), true),
				new Shape("macro in a source, the one it uses in a header", Map.of("reg.h",
						"#pragma once\n#define REGISTER_CMD(n) nvse->RegisterCommand(&kCommandInfo_##n)\n", "main.cpp",
						"#define ADD(n) REGISTER_CMD(n)\n#include \"reg.h\"\n" + LOAD
								+ "    nvse->SetOpcodeBase(0x3000);\n    ADD(Foo);\n    ADD(Bar);\n    return true;\n}\n"),
						List.of("0x3000 Foo", "0x3001 Bar"), true),
				new Shape("byte order mark before a #define", Map.of("main.cpp", "\uFEFF#define ADD(n) nvse->RegisterCommand("
						+ "&kCommandInfo_##n)\n" + LOAD + "    nvse->SetOpcodeBase(0x3000);\n    ADD(Foo);\n    ADD(Bar);\n}\n"),
						List.of("0x3000 Foo", "0x3001 Bar"), true),
				new Shape("blank after a continuing backslash", Map.of("main.cpp", "#define ADD(name) \\ \n"
						+ "    nvse->RegisterCommand(&kCommandInfo_##name)\n" + LOAD + "    nvse->SetOpcodeBase(0x3000);\n"
						+ "    // in Data\\NVSE\\Plugins\\ \n    ADD(Swallowed);\n    ADD(Foo);\n}\n"),
						List.of("0x3000 Foo"), true),
				new Shape("a registration function kept under another name", Map.of("main.cpp", LOAD
						+ "    auto reg = nvse->RegisterCommand;\n    nvse->SetOpcodeBase(0x3000);\n"
						+ "    reg(&kCommandInfo_Foo);\n    nvse->RegisterCommand(&kCommandInfo_Bar);\n}\n"),
						List.of("0x3000 Foo", "0x3001 Bar"), true),
				new Shape("an example macro redefined to register nothing", Map.of("main.cpp",
						"#define REG_CMD(name) /* retired */\n" + LOAD + "    nvse->SetOpcodeBase(0x3000);\n    REG_CMD(Old);\n"
								+ "    nvse->RegisterCommand(&kCommandInfo_A);\n}\n"),
						List.of("0x3000 A"), true),
				new Shape("/* in a string of a #define", Map.of("main.cpp", LOAD + "    nvse->SetOpcodeBase(0x3000);\n"
						+ "    nvse->RegisterCommand(&kCommandInfo_A);\n#define SAVE_GLOB \"Saves/*.nvse\"\n"
						+ "    nvse->RegisterCommand(&kCommandInfo_B);\n    nvse->RegisterCommand(&kCommandInfo_C);\n}\n"),
						List.of("0x3000 A", "0x3001 B", "0x3002 C"), true),
				new Shape("#endif inside a comment of an #if 0 group", Map.of("main.cpp", LOAD
						+ "    nvse->SetOpcodeBase(0x3000);\n#if 0\n    /* ends at\n#endif\n    */\n    REG_CMD(Old);\n#endif\n"
						+ "    REG_CMD(A);\n}\n"),
						List.of("0x3000 A"), true),
				new Shape("a counter changed only under #if _DEBUG", Map.of("main.cpp", "uint32_t CurrentOpcode = 0x3C93;\n"
						+ "void Count()\n{\n#if _DEBUG\n    ++CurrentOpcode;\n#endif\n}\n" + LOAD
						+ "    nvse->SetOpcodeBase(CurrentOpcode);\n    REG_CMD(A);\n}\n"),
						List.of("0x3C93 A"), true),
				new Shape("bases written with a comment, parentheses, digit separators, in a guarded header",
						Map.of("base.h", "#ifndef BASE_H\n#define BASE_H\n#define OPCODE_BASE 0x3000 /* assigned */\n"
								+ "#define OTHER_BASE (0x3100)\n#endif\n", "main.cpp", "#include \"base.h\"\n" + LOAD
										+ "    nvse->SetOpcodeBase(OPCODE_BASE);\n    REG_CMD(A);\n"
										+ "    nvse->SetOpcodeBase(OTHER_BASE);\n    REG_CMD(B);\n    nvse->SetOpcodeBase(0x3'200);\n"
										+ "    REG_CMD(C);\n#if 0 /* retired */\n    REG_CMD(Old);\n#endif\n}\n"),
						List.of("0x3000 A", "0x3100 B", "0x3200 C"), true),
				new Shape("a placeholder macro continued on the next line", Map.of("main.cpp", "#define REG_EMPTY \\\n"
						+ "    RegisterCommand(&kEmptyCommand)\n" + LOAD + "    nvse->SetOpcodeBase(0x3000);\n    REG_CMD(A);\n"
						+ "    nvse->REG_EMPTY;\n    REG_CMD(B);\n}\n"),
						List.of("0x3000 A", "0x3001 kEmptyCommand", "0x3002 B"), true),
				// Counted up to what the scanner cannot follow, then a warning.
				new Shape("kNVSE: a helper in another source that uses NVSECommandBuilder", Map.of("PluginAPI.h",
						"#pragma once\nclass NVSECommandBuilder\n{\n    const NVSEInterface* nvse;\npublic:\n"
								+ "    void Create(const char* name, CommandReturnType type, Cmd_Execute fn) const\n    {\n"
								+ "        static CommandInfo info{name};\n        nvse->RegisterTypedCommand(&info, type);\n    }\n};\n",
						"main.cpp", "#include \"PluginAPI.h\"\n" + LOAD + "    nvse->SetOpcodeBase(0x3920);\n    REG_CMD(A);\n"
								+ "    NVSECommandBuilder builder(nvse);\n    CreateCommands(builder);\n    REG_CMD(B);\n}\n",
						"commands.cpp", "#include \"PluginAPI.h\"\nvoid CreateCommands(NVSECommandBuilder& builder)\n{\n"
								+ "    builder.Create(\"GetFoo\", kRetnType_Default, Cmd_GetFoo_Execute);\n}\n"),
						List.of("0x3920 A"), false),
				new Shape("an X-macro list handed a registration macro", Map.of("main.cpp",
						"#define MY_COMMANDS(X) X(Foo) X(Bar)\n#define REG_ONE(n) nvse->RegisterCommand(&kCommandInfo_##n);\n"
								+ LOAD + "    nvse->SetOpcodeBase(0x3000);\n    MY_COMMANDS(REG_ONE)\n"
								+ "    nvse->RegisterCommand(&kCommandInfo_Baz);\n}\n"),
						List.of(), false),
				new Shape("a function that sets its own base, called among the registrations", Map.of("main.cpp",
						"void RegisterLegacy(const NVSEInterface* nvse)\n{\n    nvse->SetOpcodeBase(0x3100);\n    REG_CMD(Old);\n}\n"
								+ LOAD + "    nvse->SetOpcodeBase(0x3000);\n    REG_CMD(A);\n    RegisterLegacy(nvse);\n"
								+ "    REG_CMD(B);\n}\n"),
						List.of("0x3100 Old", "0x3000 A"), false),
				new Shape("a helper reached through another helper, as a template", Map.of("helpers.h",
						"#pragma once\ninline void RegisterMath(const NVSEInterface* nvse)\n{\n    REG_CMD(Foo);\n}\n"
								+ "template <typename T> void RegisterAll(const NVSEInterface* nvse)\n{\n    RegisterMath(nvse);\n}\n",
						"main.cpp", "#include \"helpers.h\"\n" + LOAD + "    nvse->SetOpcodeBase(0x3000);\n"
								+ "    RegisterAll<int>(nvse);\n    REG_CMD(Bar);\n}\n"),
						List.of(), false),
				new Shape("a base changed before it is set", Map.of("main.cpp", "static UInt32 g_base = 0x3000;\n" + LOAD
						+ "    g_base += 0x10;\n    nvse->SetOpcodeBase(g_base);\n    REG_CMD(A);\n}\n"),
						List.of(), false),
				new Shape("a base a -D of the build may replace", Map.of("main.cpp", "#ifndef OPCODE_BASE\n"
						+ "#define OPCODE_BASE 0x2000\n#endif\n" + LOAD + "    nvse->SetOpcodeBase(OPCODE_BASE);\n"
						+ "    REG_CMD(A);\n}\n"),
						List.of(), false),
				new Shape("an example macro redefined to register two commands", Map.of("main.cpp",
						"#define REG_CMD(name) nvse->RegisterCommand(&kCommandInfo_##name); "
								+ "nvse->RegisterCommand(&kCommandInfo_##name##Alias)\n" + LOAD
								+ "    nvse->SetOpcodeBase(0x3000);\n    REG_CMD(Foo);\n    REG_CMD(Bar);\n}\n"),
						List.of(), false),
				new Shape("a registration macro defined differently in Debug and Release", Map.of("main.cpp",
						"#ifdef _DEBUG\n#define REG_DBG(n) nvse->RegisterCommand(&kCommandInfo_##n)\n#else\n"
								+ "#define REG_DBG(n)\n#endif\n" + LOAD + "    nvse->SetOpcodeBase(0x3000);\n    REG_DBG(Dump);\n"
								+ "    REG_CMD(Bar);\n}\n"),
						List.of(), false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shapes")
	void countedAsXnvseCountsOrWarned(Shape shape) throws IOException {
		List<Path> sources = new ArrayList<>();
		List<Path> headers = new ArrayList<>();
		for (Map.Entry<String, String> file : shape.files().entrySet()) {
			Path path = Files.writeString(dir.resolve(file.getKey()), file.getValue());
			(file.getKey().endsWith(".h") ? headers : sources).add(path);
		}
		sources.sort(null);
		RegistrationScanner.Result result = RegistrationScanner.scan(new PluginSources(sources, headers, List.of()));
		assertEquals(shape.opcodes(), result.registrations().stream().map(r -> r.opcodeText() + " " + r.name()).toList(),
				() -> shape + ": " + result.problems());
		assertEquals(shape.complete(), result.complete(), () -> shape + ": " + result.problems());
		assertEquals(shape.complete(), result.problems().isEmpty(), () -> shape + ": " + result.problems());
	}
}
