// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/* A PE32 i386 DLL that looks like jemalloc but exports je_malloc only: MemoryPoolNVSE must fall back to
 * the system allocator and name the first missing symbol (je_free). Installed as jemalloc.dll by the harness. */
#include <stdlib.h>

__declspec(dllexport) void* je_malloc(size_t size)
{
    return malloc(size);
}
