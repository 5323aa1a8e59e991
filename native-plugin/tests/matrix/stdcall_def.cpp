// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// WINAPI (__stdcall) entry points exported through a .def file with the plain names (ld's stdcall fix-up).
#include <windows.h>
#include "nvse_plugin.h"

extern "C" bool WINAPI NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)
{
	(void)nvse;
	info->infoVersion = PLUGIN_INFO_VERSION;
	info->name = "MatrixPlugin";
	info->version = 1;
	return true;
}

extern "C" bool WINAPI NVSEPlugin_Load(const NVSEInterface* nvse)
{
	return nvse != nullptr;
}
