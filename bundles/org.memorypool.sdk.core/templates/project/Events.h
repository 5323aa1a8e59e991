// Reacting to game events through NVSE's event manager: see Events.cpp.
#pragma once

#include "nvse_plugin.h"

// Sets the plugin's native event handlers; from NVSEPlugin_Load, in the game only.
void RegisterEventHandlers(const NVSEInterface* nvse);
