// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// Entry points declared __fastcall: GCC exports them as @NVSEPlugin_Query@8.
#include "nvse_plugin.h"

extern "C" __declspec(dllexport) bool __fastcall NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)
{
	(void)nvse;
	info->infoVersion = PLUGIN_INFO_VERSION;
	info->name = "MatrixPlugin";
	info->version = 1;
	return true;
}

extern "C" __declspec(dllexport) bool __fastcall NVSEPlugin_Load(const NVSEInterface* nvse)
{
	return nvse != nullptr;
}
