// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// Load is defined but its export attribute was forgotten: only NVSEPlugin_Query is exported.
#include "nvse_plugin.h"

extern "C" __declspec(dllexport) bool NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)
{
	(void)nvse;
	info->infoVersion = PLUGIN_INFO_VERSION;
	info->name = "MatrixPlugin";
	info->version = 1;
	return true;
}

extern "C" bool NVSEPlugin_Load(const NVSEInterface* nvse)
{
	return nvse != nullptr;
}
