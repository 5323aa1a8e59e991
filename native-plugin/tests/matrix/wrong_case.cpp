// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// Load spelled in the wrong case: GetProcAddress("NVSEPlugin_Load") does not find nvseplugin_load.
#include "nvse_plugin.h"

extern "C" __declspec(dllexport) bool NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)
{
	(void)nvse;
	info->infoVersion = PLUGIN_INFO_VERSION;
	info->name = "MatrixPlugin";
	info->version = 1;
	return true;
}

extern "C" __declspec(dllexport) bool nvseplugin_load(const NVSEInterface* nvse)
{
	return nvse != nullptr;
}
