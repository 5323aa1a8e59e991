// The plugin's script commands: see Commands.cpp and nvse-opcodes.txt.
#pragma once

#include "nvse_plugin.h"

// Sets the opcode base and registers every command, from NVSEPlugin_Load (in the game and in the GECK,
// which needs them to compile scripts); in the game also fetches ExtractArgsEx and the string interface.
// pluginVersion is PluginInfo.version, which the GetVersion example returns.
void RegisterCommands(const NVSEInterface* nvse, UInt32 pluginVersion);
