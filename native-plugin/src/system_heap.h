// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// Fallback allocator: a private Win32 heap, separate from the game's CRT heap so that a pointer of one can
// never be released into the other unnoticed, and so its size is queryable (HeapSize). Unlike jemalloc it
// keeps no statistics, so these functions count what they do (counters.h) for MemoryPoolGetStats.
#pragma once

#include <cstddef>

#include "MemoryPool.h"

// Creates the private heap now (the functions below would at their first call); falls back to the process
// heap if that fails (logged).
void InitSystemHeap();

// Same contracts as the je_ functions (free(NULL) is a no-op); the MemoryPool exports handle realloc's NULL
// and 0, and calloc's overflow, before calling.
void* SystemMalloc(size_t size);
void SystemFree(void* ptr);
void* SystemCalloc(size_t count, size_t size);
void* SystemRealloc(void* ptr, size_t size);
size_t SystemUsableSize(void* ptr);

// Fills allocations, frees, reallocations and bytesOutstanding from the counters; bytesAllocated and
// bytesActive mirror bytesOutstanding.
void ReadSystemHeapStats(MemoryPoolStats& stats);
