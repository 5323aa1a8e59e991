// The plugin's script commands. Compiled scripts call a command by its opcode, which NVSE gives in
// registration order from the opcode base: add new commands at the END of RegisterCommands, never
// between or before released ones, and never remove a released one (make it do nothing instead).
// Every build checks this against nvse-opcodes.txt and stops when an opcode would move.
#include "Commands.h"

#include "Log.h"

namespace {

// The opcode base: 0x2000 is xNVSE's development base. Before releasing the plugin, ask the xNVSE team
// for your own range (https://geckwiki.com/index.php?title=NVSE_Opcode_Base), put it here and in
// nvse-opcodes.txt: plugins sharing a base break each other's scripts, and xNVSE's release builds keep
// no co-save data of a plugin on 0x2000.
constexpr UInt32 kOpcodeBase = 0x2000;

// From NVSE's script interface in the game; null in the GECK, where NVSE never runs commands.
bool (*g_extractArgs)(COMMAND_ARGS_EX, ...) = nullptr;
UInt32 g_pluginVersion = 0;

// GenVersionGetVersion: Returns the plugin's version, packed as NVSE packs versions
bool Cmd_GenVersionGetVersion_Execute(COMMAND_ARGS)
{
    *result = 0;
    *result = g_pluginVersion;
    return true;
}
CommandInfo kCommandInfo_GenVersionGetVersion = {"GenVersionGetVersion", "", 0, "Returns the plugin's version, packed as NVSE packs versions", 0, 0, nullptr, Cmd_GenVersionGetVersion_Execute, nullptr, nullptr, 0};

// GenVersionAddNumbers a b: Returns the sum of two numbers
ParamInfo kParams_GenVersionAddNumbers[] = {
    {"a", kParamType_Float, 0},
    {"b", kParamType_Float, 0},
};
bool Cmd_GenVersionAddNumbers_Execute(COMMAND_ARGS)
{
    *result = 0;
    float a = 0;
    float b = 0;
    // False when the script's arguments do not fit the parameters; NVSE then reports it.
    if (!g_extractArgs || !g_extractArgs(EXTRACT_ARGS_EX, &a, &b))
        return true;
    *result = static_cast<double>(a) + static_cast<double>(b);
    return true;
}
CommandInfo kCommandInfo_GenVersionAddNumbers = {"GenVersionAddNumbers", "", 0, "Returns the sum of two numbers", 0, 2, kParams_GenVersionAddNumbers, Cmd_GenVersionAddNumbers_Execute, nullptr, nullptr, 0};

} // namespace

void RegisterCommands(const NVSEInterface* nvse, UInt32 pluginVersion)
{
    g_pluginVersion = pluginVersion;
    if (!nvse->isEditor && nvse->QueryInterface) {
        auto* script = static_cast<NVSEScriptInterface*>(nvse->QueryInterface(kInterface_Script));
        g_extractArgs = script ? script->ExtractArgsEx : nullptr;
    }
    nvse->SetOpcodeBase(kOpcodeBase);
    /* 0x2000 */ nvse->RegisterTypedCommand(&kCommandInfo_GenVersionGetVersion, kRetnType_Default);
    /* 0x2001 */ nvse->RegisterTypedCommand(&kCommandInfo_GenVersionAddNumbers, kRetnType_Default);
    // New commands here, at the end.
    Log("Registered the script commands from opcode 0x%04X", static_cast<unsigned>(kOpcodeBase));
}
