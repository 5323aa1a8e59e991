// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/* A helper DLL in the manner of jemalloc.dll: functions for other DLLs, no NVSE entry point. */
#include <stdlib.h>

__declspec(dllexport) void* hp_malloc(size_t size)
{
	return malloc(size);
}

__declspec(dllexport) void hp_free(void* block)
{
	free(block);
}
