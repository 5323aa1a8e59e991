// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/* A plugin that parallelizes a loop with OpenMP (-fopenmp): GCC's libgomp. */
#include <stddef.h>
#include "nvse_plugin.h"

__declspec(dllexport) bool NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)
{
	(void)nvse;
	info->infoVersion = PLUGIN_INFO_VERSION;
	info->name = "MatrixOpenMP";
	info->version = 1;
	return true;
}

__declspec(dllexport) bool NVSEPlugin_Load(const NVSEInterface* nvse)
{
	int sum = 0;
#pragma omp parallel for reduction(+ : sum)
	for (int i = 0; i < 100; i++) {
		sum += i;
	}
	return nvse != NULL && sum == 4950;
}
