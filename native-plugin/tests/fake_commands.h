// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// fake_commands.h - xNVSE's command table as the test hosts play it: SetOpcodeBase, RegisterCommand,
// RegisterTypedCommand and RegisterTypedCommandVersion with xNVSE's rules (PluginManager.cpp, CommandTable.cpp:
// a base from 0x2000 up to below 0x8000; each registration takes the next opcode; only during NVSEPlugin_Load),
// plus what xNVSE lets pass silently and breaks scripts: a plugin registering without a base of its own (its
// commands land after another plugin's), and an opcode registered twice (xNVSE overwrites the first). Commands
// run through Call, with the script interface's ExtractArgsEx reading arguments the host supplies, classified per
// parameter type as xNVSE's kClassifyParamExtract does, and the string interface's Assign recording a string result.
// Shared by the hosts through fake_nvse.h; each host is a single translation unit.
#pragma once

#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "nvse_plugin.h"

struct FakeCommand {
    CommandInfo info;            // NVSE's copy, with the opcode it gave
    CommandReturnType returnType;
    UInt32 requiredVersion;      // RegisterTypedCommandVersion's; 0 otherwise
    PluginHandle plugin;
};

inline std::map<UInt32, FakeCommand> g_commands;   // by opcode
inline std::vector<std::string> g_commandErrors;   // what xNVSE refuses or lets break scripts
inline UInt32 g_nextOpcode = 0;                     // xNVSE's curID
inline PluginHandle g_baseOwner = 0xFFFFFFFF;       // the plugin whose SetOpcodeBase set it
// The plugin being loaded (fake_nvse.h's g_currentHandle), set by the host around NVSEPlugin_Load only.
inline PluginHandle g_loadingPlugin = 0xFFFFFFFF;

// Told of each accepted base: the co-save files a plugin's data under its first base other than 0x2000.
inline void (*g_onOpcodeBase)(PluginHandle plugin, UInt32 base) = nullptr;

inline void CommandError(const char* format, ...) __attribute__((format(printf, 1, 2)));
inline void CommandError(const char* format, ...)
{
    char text[512];
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof text, format, args);
    va_end(args);
    g_commandErrors.push_back(text);
}

inline void FakeSetOpcodeBase(UInt32 base)
{
    if (g_loadingPlugin == kPluginHandle_Invalid) {
        CommandError("SetOpcodeBase(0x%X) outside NVSEPlugin_Load: xNVSE asserts", unsigned(base));
        return;
    }
    if (base < kNVSEOpcodeTest || base >= NVSE_PLUGIN_OPCODE_END) {
        CommandError("SetOpcodeBase(0x%X): xNVSE asserts 0x2000 <= base < 0x8000 and stops the game", unsigned(base));
        return;
    }
    if (base == kNVSEOpcodeTest)
        printf("# development opcode base 0x2000, set by plugin %u (xNVSE logs an error for it)\n", unsigned(g_loadingPlugin));
    g_nextOpcode = base;
    g_baseOwner = g_loadingPlugin;
    if (g_onOpcodeBase)
        g_onOpcodeBase(g_loadingPlugin, base);
}

inline bool AddCommand(CommandInfo* info, CommandReturnType type, UInt32 requiredVersion)
{
    const char* name = info && info->longName ? info->longName : "(no name)";
    if (g_loadingPlugin == kPluginHandle_Invalid) {
        CommandError("%s registered outside NVSEPlugin_Load: xNVSE asserts", name);
        return false;
    }
    if (!info || !info->longName || !info->longName[0] || !info->execute || (info->numParams && !info->params)) {
        CommandError("%s: CommandInfo without a name, an execute function, or the params it counts", name);
        return false;
    }
    if (g_baseOwner != g_loadingPlugin) {
        CommandError("%s registered without a SetOpcodeBase of its plugin: it takes opcode 0x%X after whatever came"
                     " before", name, unsigned(g_nextOpcode));
        return false;
    }
    if (g_nextOpcode >= NVSE_PLUGIN_OPCODE_END) {
        CommandError("%s would get opcode 0x%X, past the plugins' space", name, unsigned(g_nextOpcode));
        return false;
    }
    auto taken = g_commands.find(g_nextOpcode);
    if (taken != g_commands.end()) {
        CommandError("%s takes opcode 0x%X, already %s's: xNVSE overwrites it, and scripts calling %s get %s", name,
                     unsigned(g_nextOpcode), taken->second.info.longName, taken->second.info.longName, name);
    }
    FakeCommand command{*info, type, requiredVersion, g_loadingPlugin};
    command.info.opcode = g_nextOpcode;
    g_commands[g_nextOpcode++] = command;
    return true;
}

inline bool FakeRegisterCommand(CommandInfo* info)
{
    return AddCommand(info, kRetnType_Default, 0);
}

inline bool FakeRegisterTypedCommand(CommandInfo* info, CommandReturnType type)
{
    return AddCommand(info, type < kRetnType_Max ? type : CommandReturnType(kRetnType_Default), 0);
}

inline bool FakeRegisterTypedCommandVersion(CommandInfo* info, CommandReturnType type, UInt32 requiredVersion)
{
    return AddCommand(info, type < kRetnType_Max ? type : CommandReturnType(kRetnType_Default), requiredVersion);
}

// ---- Running a command --------------------------------------------------------------------------------------

// What a script passes: numbers, or text for string parameters. The host's stand-in for compiled script data.
struct FakeArgument {
    bool isText;
    double number;
    char text[NVSE_MAX_STRING_ARG];
};
struct FakeArguments {
    UInt32 count;
    FakeArgument values[16];
};

// How xNVSE's ExtractArgs stores a parameter type (kClassifyParamExtract): 0 text, 1 SInt32, 2 UInt32 (16-bit
// immediates), 3 UInt8, 4 float, 5 double, 6 TESForm*, 7 and 8 not extractable.
inline int Classify(UInt32 type)
{
    switch (type) {
    case kParamType_String: return 0;
    case kParamType_Integer: case kParamType_QuestStage: return 1;
    case kParamType_ActorValue: case kParamType_AnimationGroup: case kParamType_Sex: case kParamType_CrimeType:
    case kParamType_MiscellaneousStat: case kParamType_Alignment: case kParamType_EquipType:
    case kParamType_CriticalStage: return 2;
    case kParamType_Axis: case kParamType_FormType: return 3;
    case kParamType_Float: return 4;
    case kParamType_Double: return 5;
    case kParamType_VariableName: case kParamType_ScriptVariable: case kParamType_Unhandled2E: return 8;
    default: return type <= kParamType_Region ? 6 : 8;
    }
}

inline std::string g_assignedString;   // the last string a command returned through Assign
inline int g_assignCalls = 0;

inline bool FakeExtractArgsEx(ParamInfo* paramInfo, void* scriptData, UInt32* offset, Script* script,
                              ScriptEventList* eventList, ...)
{
    (void)offset;
    (void)script;
    const FakeArguments* given = static_cast<const FakeArguments*>(scriptData);
    va_list out;
    va_start(out, eventList);
    bool ok = given != nullptr;
    for (UInt32 i = 0; ok && i < given->count; ++i) {
        const FakeArgument& arg = given->values[i];
        switch (Classify(paramInfo[i].typeID)) {
        case 0: strcpy(va_arg(out, char*), arg.text); break;
        case 1: *va_arg(out, SInt32*) = static_cast<SInt32>(arg.number); break;
        case 2: *va_arg(out, UInt32*) = static_cast<UInt32>(arg.number); break;
        case 3: *va_arg(out, UInt8*) = arg.isText ? static_cast<UInt8>(arg.text[0]) : static_cast<UInt8>(arg.number); break;
        case 4: *va_arg(out, float*) = static_cast<float>(arg.number); break;
        case 5: *va_arg(out, double*) = arg.number; break;
        case 6: *va_arg(out, TESForm**) = nullptr; break; // no forms in the host: the game would pass one
        default: ok = false;
        }
    }
    va_end(out);
    return ok;
}

inline bool FakeAssign(COMMAND_ARGS, const char* text)
{
    (void)paramInfo, (void)scriptData, (void)thisObj, (void)containingObj, (void)scriptObj, (void)eventList;
    (void)result, (void)opcodeOffsetPtr;
    ++g_assignCalls;
    g_assignedString = text ? text : "";
    return text != nullptr;
}

inline NVSEScriptInterface g_scriptInterface = {nullptr, nullptr, FakeExtractArgsEx, nullptr, nullptr, nullptr, nullptr, nullptr};
inline NVSEStringVarInterface g_stringVars = {NVSE_STRING_VAR_INTERFACE_VERSION, nullptr, nullptr, nullptr, nullptr, FakeAssign};

// The command registered under this name (long or short, ignoring case, as NVSE looks them up); null if none.
inline const FakeCommand* FindCommand(const std::string& name)
{
    for (const auto& entry : g_commands) {
        const CommandInfo& info = entry.second.info;
        if (_stricmp(info.longName, name.c_str()) == 0 || (info.shortName && _stricmp(info.shortName, name.c_str()) == 0))
            return &entry.second;
    }
    return nullptr;
}

// Runs a command as a script line would: its execute function with the arguments, a zeroed result.
inline bool CallCommand(const FakeCommand& command, FakeArguments& arguments, double* result)
{
    *result = 0;
    UInt32 offset = 0;
    g_assignedString.clear();
    return command.info.execute(command.info.params, &arguments, nullptr, nullptr, nullptr, nullptr, result, &offset);
}
