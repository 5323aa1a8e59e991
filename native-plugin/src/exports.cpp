// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// The MemoryPool API (MemoryPool.h): argument rules (NULL, 0, overflow) on top of the chosen allocator's
// functions. MemoryPoolMalloc and MemoryPoolFree only forward: their cost is one load and one jump.
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "MemoryPool.h"
#include "allocator.h"

extern "C" {

void* MEMORYPOOL_CALL MemoryPoolMalloc(size_t size)
{
    return Active(g_active.malloc)(size);
}

// NULL needs no check here: je_free, the fallback and the first-use stub all ignore it.
void MEMORYPOOL_CALL MemoryPoolFree(void* ptr)
{
    Active(g_active.free)(ptr);
}

const char* MEMORYPOOL_CALL GetMemoryPoolStatus(void)
{
    return AllocatorStatus();
}

void* MEMORYPOOL_CALL MemoryPoolCalloc(size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size)
        return nullptr;
    return Active(g_active.calloc)(count, size);
}

void* MEMORYPOOL_CALL MemoryPoolRealloc(void* ptr, size_t size)
{
    if (!ptr)
        return MemoryPoolMalloc(size);
    if (size == 0) {
        // Defined here rather than left to the allocator (C leaves realloc(p, 0) implementation-defined).
        MemoryPoolFree(ptr);
        return nullptr;
    }
    return Active(g_active.realloc)(ptr, size);
}

size_t MEMORYPOOL_CALL MemoryPoolUsableSize(void* ptr)
{
    return ptr ? Active(g_active.usableSize)(ptr) : 0;
}

bool MEMORYPOOL_CALL MemoryPoolGetStats(MemoryPoolStats* out)
{
    const size_t minimum = offsetof(MemoryPoolStats, allocations);
    if (!out || out->size < minimum)
        return false;

    MemoryPoolStats stats{};
    stats.size = out->size < sizeof stats ? out->size : sizeof stats;
    stats.allocator = CurrentAllocator();
    ReadAllocatorStats(stats);
    std::memcpy(out, &stats, stats.size);
    return true;
}

} // extern "C"
