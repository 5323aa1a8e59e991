// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/* A plugin that delay-loads Delayed.dll (an import library from dlltool --output-delaylib) and calls it in Load. */
#include <stddef.h>
#include "nvse_plugin.h"

int dl_answer(void);

__declspec(dllexport) bool NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)
{
	(void)nvse;
	info->infoVersion = PLUGIN_INFO_VERSION;
	info->name = "MatrixDelayed";
	info->version = 1;
	return true;
}

__declspec(dllexport) bool NVSEPlugin_Load(const NVSEInterface* nvse)
{
	return nvse != NULL && dl_answer() == 7;
}
