// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.util.List;

import org.memorypool.sdk.core.commands.OpcodeRange;

/**
 * {@code src/Commands.h} and {@code src/Commands.cpp} of a project with script commands: per command its parameters
 * ({@code ParamInfo}), its execute function reading them with {@code ExtractArgsEx}, its {@code CommandInfo}; then
 * {@code RegisterCommands}, which sets the opcode base and registers them in order, so each takes the next opcode.
 */
final class CommandSources {

	private CommandSources() {
	}

	static String header() {
		return """
				// The plugin's script commands: see Commands.cpp and nvse-opcodes.txt.
				#pragma once

				#include "nvse_plugin.h"

				// Sets the opcode base and registers every command, from NVSEPlugin_Load (in the game and in the GECK,
				// which needs them to compile scripts); in the game also fetches ExtractArgsEx and the string interface.
				// pluginVersion is PluginInfo.version, which the GetVersion example returns.
				void RegisterCommands(const NVSEInterface* nvse, UInt32 pluginVersion);
				""";
	}

	static String source(ProjectSpec spec) {
		List<ScriptCommand> commands = spec.commands();
		StringBuilder out = new StringBuilder();
		out.append("""
				// The plugin's script commands. Compiled scripts call a command by its opcode, which NVSE gives in
				// registration order from the opcode base: add new commands at the END of RegisterCommands, never
				// between or before released ones, and never remove a released one (make it do nothing instead).
				// Every build checks this against nvse-opcodes.txt and stops when an opcode would move.
				#include "Commands.h"

				#include "Log.h"

				namespace {

				""");
		out.append("// The opcode base: ").append(spec.opcodeBase() == OpcodeRange.DEVELOPMENT_BASE
				? """
						0x2000 is xNVSE's development base. Before releasing the plugin, ask the xNVSE team
						// for your own range (https://geckwiki.com/index.php?title=NVSE_Opcode_Base), put it here and in
						// nvse-opcodes.txt: plugins sharing a base break each other's scripts, and xNVSE's release builds keep
						// no co-save data of a plugin on 0x2000.
						"""
				: "the range the xNVSE team assigned this plugin (see nvse-opcodes.txt).\n");
		out.append("constexpr UInt32 kOpcodeBase = ").append(OpcodeRange.hex(spec.opcodeBase())).append(";\n\n");
		out.append("""
				// From NVSE's script interface in the game; null in the GECK, where NVSE never runs commands.
				bool (*g_extractArgs)(COMMAND_ARGS_EX, ...) = nullptr;
				UInt32 g_pluginVersion = 0;
				""");
		if (commands.stream().anyMatch(c -> c.returns() == CommandReturn.STRING)) {
			out.append("NVSEStringVarInterface* g_strings = nullptr;\n");
		}
		for (ScriptCommand command : commands) {
			out.append('\n').append(command(command, spec));
		}
		out.append("\n} // namespace\n\n");
		out.append("void RegisterCommands(const NVSEInterface* nvse, UInt32 pluginVersion)\n{\n");
		out.append("    g_pluginVersion = pluginVersion;\n");
		out.append("    if (!nvse->isEditor && nvse->QueryInterface) {\n");
		out.append("        auto* script = static_cast<NVSEScriptInterface*>(nvse->QueryInterface(kInterface_Script));\n");
		out.append("        g_extractArgs = script ? script->ExtractArgsEx : nullptr;\n");
		if (commands.stream().anyMatch(c -> c.returns() == CommandReturn.STRING)) {
			out.append("        g_strings = static_cast<NVSEStringVarInterface*>(nvse->QueryInterface(kInterface_StringVar));\n");
		}
		out.append("    }\n");
		out.append("    nvse->SetOpcodeBase(kOpcodeBase);\n");
		int opcode = spec.opcodeBase();
		for (ScriptCommand command : commands) {
			out.append("    /* ").append(OpcodeRange.hex(opcode++)).append(" */ nvse->RegisterTypedCommand(&kCommandInfo_")
					.append(command.name()).append(", ").append(command.returns().constant()).append(");\n");
		}
		out.append("    // New commands here, at the end.\n");
		out.append("    Log(\"Registered the script commands from opcode 0x%04X\", static_cast<unsigned>(kOpcodeBase));\n");
		out.append("}\n");
		return out.toString();
	}

	private static String command(ScriptCommand command, ProjectSpec spec) {
		String name = command.name();
		StringBuilder out = new StringBuilder();
		out.append("// ").append(name).append(command.alias().isEmpty() ? "" : " (alias " + command.alias() + ")");
		for (CommandParameter parameter : command.parameters()) {
			out.append(' ').append(parameter.optional() ? "[" + parameter.name() + "]" : parameter.name());
		}
		out.append(": ").append(command.help().isEmpty() ? "returns a " + command.returns().displayName()
				: command.help()).append('\n');
		String params = "nullptr";
		if (!command.parameters().isEmpty()) {
			params = "kParams_" + name;
			out.append("ParamInfo ").append(params).append("[] = {\n");
			for (CommandParameter parameter : command.parameters()) {
				out.append("    {\"").append(parameter.name()).append("\", ").append(parameter.type().constant())
						.append(", ").append(parameter.optional() ? 1 : 0).append("},\n");
			}
			out.append("};\n");
		}
		out.append("bool Cmd_").append(name).append("_Execute(COMMAND_ARGS)\n{\n");
		out.append("    *result = 0;\n");
		if (!command.parameters().isEmpty()) {
			for (CommandParameter parameter : command.parameters()) {
				out.append("    ").append(parameter.type().declaration(parameter.name())).append('\n');
			}
			out.append("    // False when the script's arguments do not fit the parameters; NVSE then reports it.\n");
			out.append("    if (!g_extractArgs || !g_extractArgs(EXTRACT_ARGS_EX");
			for (CommandParameter parameter : command.parameters()) {
				out.append(", ").append(parameter.type().argument(parameter.name()));
			}
			out.append("))\n        return true;\n");
		}
		out.append(body(command, spec));
		out.append("    return true;\n}\n");
		out.append("CommandInfo kCommandInfo_").append(name).append(" = {\"").append(name).append("\", \"")
				.append(command.alias()).append("\", 0, \"").append(command.help()).append("\", 0, ")
				.append(command.parameters().size()).append(", ").append(params).append(", Cmd_").append(name)
				.append("_Execute, nullptr, nullptr, 0};\n");
		return out.toString();
	}

	/** What the command does: the examples' work, or a place for the author's. */
	private static String body(ScriptCommand command, ProjectSpec spec) {
		if (command.isGetVersionExample(spec.name())) {
			return "    *result = g_pluginVersion;\n";
		}
		if (command.isAddNumbersExample(spec.name())) {
			return "    *result = static_cast<double>(a) + static_cast<double>(b);\n";
		}
		return switch (command.returns()) {
		case NUMBER -> "    // The command's work goes here; *result is what the script gets.\n";
		case FORM -> "    // The command's work goes here; a form's id goes into *result's bits:\n"
				+ "    // *reinterpret_cast<UInt32*>(result) = formId;\n";
		case STRING -> "    // The command's work goes here; Assign copies the text into the script's string variable.\n"
				+ "    if (g_strings)\n        g_strings->Assign(PASS_COMMAND_ARGS, \"\");\n";
		};
	}

}
