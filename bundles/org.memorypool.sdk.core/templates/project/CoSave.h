// The plugin's per-save state, kept in NVSE's co-save (the .nvse file beside each save): see CoSave.cpp.
#pragma once

#include "nvse_plugin.h"

// Sets the co-save's save, load, new-game and pre-load callbacks; from NVSEPlugin_Load, in the game only.
// xNVSE files a plugin's records under its opcode base: with no base of its own (none set, or only the development
// base 0x2000), xNVSE's release builds keep none of them.
void RegisterCoSave(const NVSEInterface* nvse, PluginHandle handle);

// Frees the state when the game exits, so every block goes back to the allocator that made it.
void ReleaseCoSave();
