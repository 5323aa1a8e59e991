// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// Allocator selection: jemalloc or the system fallback, chosen once per process and never switched.
//
// Why never switch: a block must be released by the allocator that made it. Choosing once (at
// PostPostLoad or at the first allocation, whichever comes first) and never unloading jemalloc makes that
// true without per-pointer ownership checks, including for blocks freed during shutdown.
#pragma once

#include <atomic>
#include <cstddef>

#include "MemoryPool.h"

// The chosen allocator's functions, one atomic pointer each: the API's hot path is one load and one indirect
// call (a tail jump). Until the choice they point to stubs that make it and then call the chosen function.
// In jemalloc mode they are the je_ functions themselves, with no bookkeeping around them.
struct ActiveFunctions {
    std::atomic<void* (*)(size_t)> malloc;
    std::atomic<void (*)(void*)> free;
    std::atomic<void* (*)(size_t, size_t)> calloc;
    std::atomic<void* (*)(void*, size_t)> realloc;
    std::atomic<size_t (*)(void*)> usableSize;
};

extern ActiveFunctions g_active;

// Relaxed, so that MemoryPoolMalloc compiles to a single "jmp *g_active.malloc": with acquire, GCC also copies
// the stack argument, a load and a store more on every call. No ordering is needed: each published function
// synchronizes the state it uses itself - jemalloc its own initialization, the fallback its heap (InitOnce).
template <typename Fn>
inline Fn Active(const std::atomic<Fn>& function)
{
    return function.load(std::memory_order_relaxed);
}

// Called from NVSEPlugin_Query/Load: in the editor only the system fallback is used.
void SetEditorMode(bool editor);

// Makes the one-time choice now (trigger names the cause for the log); logs if it was already made.
void ChooseAllocator(const char* trigger);

// MEMORYPOOL_ALLOCATOR_NONE until the choice is made. Never triggers it.
MemoryPoolAllocator CurrentAllocator();

// GetMemoryPoolStatus(): "not initialized", "jemalloc" or "system fallback (<reason>)".
const char* AllocatorStatus();

// Fills stats' counters and byte figures from the chosen allocator (see MemoryPool.h); leaves them zero
// before the choice, or when jemalloc keeps no statistics. Never triggers the choice.
void ReadAllocatorStats(MemoryPoolStats& stats);
