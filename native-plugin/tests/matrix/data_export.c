// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/* NVSEPlugin_Query exported as a variable: GetProcAddress finds it, but it is data, and xNVSE's call crashes. */
#include <stddef.h>
#include "nvse_plugin.h"

__declspec(dllexport) int NVSEPlugin_Query = 0;

__declspec(dllexport) bool NVSEPlugin_Load(const NVSEInterface* nvse)
{
	return nvse != NULL;
}
