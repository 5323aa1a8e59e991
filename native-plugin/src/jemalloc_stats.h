// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// MemoryPoolGetStats in jemalloc mode, read from jemalloc's own statistics so that the allocation path does no
// bookkeeping of its own (see MemoryPool.h for what each figure means then).
#pragma once

#include "MemoryPool.h"
#include "jemalloc_loader.h"

// Fills allocations, frees, reallocations (0: jemalloc does not count them), bytesOutstanding, bytesAllocated
// and bytesActive. Flushes the calling thread's cache first. Returns false, leaving stats untouched, when
// jemalloc.dll keeps no statistics (--disable-stats) or names them differently (not jemalloc 5).
bool ReadJemallocStats(const JemallocApi& je, MemoryPoolStats& stats);
