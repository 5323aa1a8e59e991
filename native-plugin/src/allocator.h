// Allocator selection: jemalloc or the system fallback, chosen once per process and never switched.
//
// Why never switch: a block must be released by the allocator that made it. Choosing once (at
// PostPostLoad or at the first allocation, whichever comes first) and never unloading jemalloc makes that
// true without per-pointer ownership checks, including for blocks freed during shutdown.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "MemoryPool.h"

// The functions of the chosen allocator (je_ functions or the private-heap ones).
struct Backend {
    void* (*malloc)(size_t size);
    void (*free)(void* ptr);
    void* (*calloc)(size_t count, size_t size);
    void* (*realloc)(void* ptr, size_t size);
    size_t (*usableSize)(void* ptr);
};

namespace allocator_detail {
extern std::atomic<bool> g_ready;
extern Backend g_backend;
const Backend& ChooseOnFirstUse();
} // namespace allocator_detail

// The chosen allocator; chooses it now if nothing did yet (first use before PostPostLoad).
inline const Backend& ActiveBackend()
{
    if (allocator_detail::g_ready.load(std::memory_order_acquire))
        return allocator_detail::g_backend;
    return allocator_detail::ChooseOnFirstUse();
}

// Called from NVSEPlugin_Query/Load: in the editor only the system fallback is used.
void SetEditorMode(bool editor);

// Makes the one-time choice now (trigger names the cause for the log); logs if it was already made.
void ChooseAllocator(const char* trigger);

// MEMORYPOOL_ALLOCATOR_NONE until the choice is made. Never triggers it.
MemoryPoolAllocator CurrentAllocator();

// GetMemoryPoolStatus(): "not initialized", "jemalloc" or "system fallback (<reason>)".
const char* AllocatorStatus();

// jemalloc's process-wide "stats.allocated" and "stats.active" after refreshing "epoch"; false when
// jemalloc is not the chosen allocator or its stats are unavailable.
bool JemallocProcessStats(uint64_t& allocated, uint64_t& active);
