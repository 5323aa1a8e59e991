// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/* A plugin that calls into ThirdParty.dll (or the same code linked in). */
#include <stddef.h>
#include "nvse_plugin.h"

int tp_answer(void);

__declspec(dllexport) bool NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)
{
	(void)nvse;
	info->infoVersion = PLUGIN_INFO_VERSION;
	info->name = "MatrixThirdParty";
	info->version = 1;
	return true;
}

__declspec(dllexport) bool NVSEPlugin_Load(const NVSEInterface* nvse)
{
	return nvse != NULL && tp_answer() == 42;
}
