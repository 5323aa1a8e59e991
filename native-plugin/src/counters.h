// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// Counters behind MemoryPoolGetStats for the system fallback, which keeps no statistics of its own (jemalloc
// does: jemalloc_stats.h).
//
// Counting must not cost more than the allocation it counts, so the hot path has no locked instruction and no
// 64-bit arithmetic (a 64-bit atomic on x86-32 goes through the x87 unit and costs more than je_malloc):
// - each thread counts into its own node of 32-bit atomics, found via TLS, written only by that thread;
// - a count that reaches 2^31 is folded into the 64-bit totals under the lock readers take, so a reader never
//   sees it half-moved; byte counts need no folding: live bytes fit in 32 bits in a 32-bit process, and
//   wrapping sums stay exact even when a block is freed on another thread than the one that allocated it;
// - a node is also stored in an FLS slot whose callback runs when its thread exits: it folds the node into
//   the totals and recycles it.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

#include <windows.h>

namespace counters_detail {

struct Node {
    std::atomic<uint32_t> allocations{0};
    std::atomic<uint32_t> frees{0};
    std::atomic<uint32_t> reallocations{0};
    std::atomic<uint32_t> bytes{0};
    bool shared = false;  // the one node used when TLS/FLS are unavailable: several writers, so locked adds
    Node* next = nullptr;
};

extern std::atomic<DWORD> g_tls;
Node& RegisterThread();
void Fold(Node& node);

inline Node& Mine()
{
    void* node = TlsGetValue(g_tls.load(std::memory_order_relaxed));
    return node ? *static_cast<Node*>(node) : RegisterThread();
}

inline void Add(Node& node, std::atomic<uint32_t>& counter, uint32_t delta)
{
    if (node.shared) {
        counter.fetch_add(delta, std::memory_order_relaxed);
        return;
    }
    // Single writer: a plain store is enough, readers never see a torn 32-bit value.
    uint32_t value = counter.load(std::memory_order_relaxed) + delta;
    counter.store(value, std::memory_order_relaxed);
    if (&counter != &node.bytes && (value & 0x80000000u))
        Fold(node);
}

} // namespace counters_detail

inline void CountAllocation(size_t bytes)
{
    counters_detail::Node& n = counters_detail::Mine();
    counters_detail::Add(n, n.allocations, 1);
    counters_detail::Add(n, n.bytes, uint32_t(bytes));
}

inline void CountFree(size_t bytes)
{
    counters_detail::Node& n = counters_detail::Mine();
    counters_detail::Add(n, n.frees, 1);
    counters_detail::Add(n, n.bytes, 0u - uint32_t(bytes));
}

inline void CountReallocation(size_t oldBytes, size_t newBytes)
{
    counters_detail::Node& n = counters_detail::Mine();
    counters_detail::Add(n, n.reallocations, 1);
    counters_detail::Add(n, n.bytes, uint32_t(newBytes) - uint32_t(oldBytes));
}

struct CounterTotals {
    uint64_t allocations;
    uint64_t frees;
    uint64_t reallocations;
    uint64_t bytesOutstanding;
};

CounterTotals SumCounters();
