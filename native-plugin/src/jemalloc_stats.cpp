// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
#include "jemalloc_stats.h"

#include <cstdint>

namespace {

// MALLCTL_ARENAS_ALL (4096 in jemalloc 5): the sum over every arena.
#define ALL_ARENAS "stats.arenas.4096."

template <typename T>
bool Read(const JemallocApi& je, const char* name, T& value)
{
    size_t len = sizeof value;
    return je.mallctl(name, &value, &len, nullptr, 0) == 0 && len == sizeof value;
}

} // namespace

bool ReadJemallocStats(const JemallocApi& je, MemoryPoolStats& stats)
{
    // Blocks this thread freed wait in its cache, still counted as allocated, until the cache is flushed;
    // flushing makes the caller's own figures exact. Fails harmlessly on a thread without a cache.
    je.mallctl("thread.tcache.flush", nullptr, nullptr, nullptr, 0);
    // jemalloc caches its statistics; writing "epoch" refreshes them.
    uint64_t epoch = 1;
    size_t len = sizeof epoch;
    if (je.mallctl("epoch", &epoch, &len, &epoch, len) != 0)
        return false;

    uint64_t smallMallocs, smallFrees, largeMallocs, largeFrees;
    size_t allocated, active, cached, internal;
    if (!Read(je, ALL_ARENAS "small.nmalloc", smallMallocs) || !Read(je, ALL_ARENAS "small.ndalloc", smallFrees) ||
        !Read(je, ALL_ARENAS "large.nmalloc", largeMallocs) || !Read(je, ALL_ARENAS "large.ndalloc", largeFrees) ||
        !Read(je, "stats.allocated", allocated) || !Read(je, "stats.active", active) ||
        !Read(je, ALL_ARENAS "tcache_bytes", cached) || !Read(je, ALL_ARENAS "internal", internal))
        return false;

    stats.allocations = smallMallocs + largeMallocs;
    stats.frees = smallFrees + largeFrees;
    stats.reallocations = 0;
    // "allocated" also holds blocks waiting in thread caches and jemalloc's own per-thread structures. The
    // figures are merged arena by arena while other threads allocate, hence the guard against going below 0.
    stats.bytesOutstanding = allocated > cached + internal ? allocated - cached - internal : 0;
    stats.bytesAllocated = allocated;
    stats.bytesActive = active;
    return true;
}
