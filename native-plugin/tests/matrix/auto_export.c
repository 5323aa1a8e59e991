// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/* A C plugin without any export attribute or .def file: GNU ld then exports every global function itself. */
#include <stddef.h>
#include "nvse_plugin.h"

bool NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)
{
	(void)nvse;
	info->infoVersion = PLUGIN_INFO_VERSION;
	info->name = "MatrixPlugin";
	info->version = 1;
	return true;
}

bool NVSEPlugin_Load(const NVSEInterface* nvse)
{
	return nvse != NULL;
}
