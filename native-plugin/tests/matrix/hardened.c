// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/* A plugin built with GCC's stack protector (shared/cases/09-libssp-import): a local char array makes
   -fstack-protector-strong guard Query, and MinGW-w64 before v11 takes the guard from libssp. */
#include <string.h>
#include <stddef.h>
#include "nvse_plugin.h"

static char g_name[32];

__declspec(dllexport) bool NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)
{
	char buffer[64];
	(void)nvse;
	strncpy(buffer, "Hardened", sizeof buffer - 1);
	buffer[sizeof buffer - 1] = 0;
	memcpy(g_name, buffer, sizeof g_name - 1);
	info->infoVersion = PLUGIN_INFO_VERSION;
	info->name = g_name;
	info->version = 1;
	return true;
}

__declspec(dllexport) bool NVSEPlugin_Load(const NVSEInterface* nvse)
{
	return nvse != NULL;
}
