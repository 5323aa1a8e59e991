// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
#include "counters.h"

#include <new>

namespace counters_detail {
// TlsGetValue(TLS_OUT_OF_INDEXES) returns NULL, so the first count of every thread registers it.
std::atomic<DWORD> g_tls{TLS_OUT_OF_INDEXES};
}

namespace {

using counters_detail::Node;

INIT_ONCE g_indexOnce = INIT_ONCE_STATIC_INIT;
DWORD g_fls = FLS_OUT_OF_INDEXES;
SRWLOCK g_lock = SRWLOCK_INIT;  // guards the lists and the folded totals; never taken per count
Node* g_live = nullptr;
Node* g_free = nullptr;
uint64_t g_allocations = 0;     // folded from nodes
uint64_t g_frees = 0;
uint64_t g_reallocations = 0;
uint32_t g_bytes = 0;           // wrapping, see counters.h
Node g_shared;

// Moves a node's counts into the totals; caller holds g_lock exclusively.
void FoldLocked(Node& node, bool withBytes)
{
    g_allocations += node.allocations.exchange(0, std::memory_order_relaxed);
    g_frees += node.frees.exchange(0, std::memory_order_relaxed);
    g_reallocations += node.reallocations.exchange(0, std::memory_order_relaxed);
    if (withBytes)
        g_bytes += node.bytes.exchange(0, std::memory_order_relaxed);
}

// FLS callback: runs on the exiting thread.
void WINAPI RetireThread(void* data)
{
    Node* node = static_cast<Node*>(data);
    // Frees later in this thread's exit (other DLLs' DLL_THREAD_DETACH) must not write into a recycled node.
    TlsSetValue(counters_detail::g_tls.load(), nullptr);
    AcquireSRWLockExclusive(&g_lock);
    FoldLocked(*node, true);
    for (Node** link = &g_live; *link; link = &(*link)->next) {
        if (*link == node) {
            *link = node->next;
            break;
        }
    }
    node->next = g_free;
    g_free = node;
    ReleaseSRWLockExclusive(&g_lock);
}

BOOL CALLBACK AllocateIndexes(PINIT_ONCE, PVOID, PVOID*)
{
    g_shared.shared = true;
    DWORD fls = FlsAlloc(RetireThread);
    DWORD tls = TlsAlloc();
    if (fls == FLS_OUT_OF_INDEXES || tls == TLS_OUT_OF_INDEXES) {
        if (fls != FLS_OUT_OF_INDEXES)
            FlsFree(fls);
        if (tls != TLS_OUT_OF_INDEXES)
            TlsFree(tls);
        return TRUE;  // every thread then counts into g_shared
    }
    g_fls = fls;
    counters_detail::g_tls.store(tls);
    return TRUE;
}

} // namespace

void counters_detail::Fold(Node& node)
{
    AcquireSRWLockExclusive(&g_lock);
    FoldLocked(node, false);
    ReleaseSRWLockExclusive(&g_lock);
}

Node& counters_detail::RegisterThread()
{
    InitOnceExecuteOnce(&g_indexOnce, AllocateIndexes, nullptr, nullptr);
    if (g_tls.load() == TLS_OUT_OF_INDEXES)
        return g_shared;
    AcquireSRWLockExclusive(&g_lock);
    Node* node = g_free;
    if (node) {
        g_free = node->next;
    } else {
        // Not from MemoryPool's own allocator: nodes must not depend on the allocator decision.
        void* memory = HeapAlloc(GetProcessHeap(), 0, sizeof(Node));
        node = memory ? new (memory) Node() : nullptr;
    }
    if (node) {
        node->next = g_live;
        g_live = node;
    }
    ReleaseSRWLockExclusive(&g_lock);
    if (!node)
        return g_shared;
    if (!FlsSetValue(g_fls, node)) {
        RetireThread(node);
        return g_shared;
    }
    TlsSetValue(g_tls.load(), node);
    return *node;
}

CounterTotals SumCounters()
{
    AcquireSRWLockShared(&g_lock);
    CounterTotals total{g_allocations, g_frees, g_reallocations, 0};
    uint32_t bytes = g_bytes;
    for (const Node* node = g_live; node; node = node->next) {
        total.allocations += node->allocations.load(std::memory_order_relaxed);
        total.frees += node->frees.load(std::memory_order_relaxed);
        total.reallocations += node->reallocations.load(std::memory_order_relaxed);
        bytes += node->bytes.load(std::memory_order_relaxed);
    }
    ReleaseSRWLockShared(&g_lock);
    // The shared node's counts only grow to 2^32 before wrapping; it is a last resort when TLS/FLS fail.
    total.allocations += g_shared.allocations.load(std::memory_order_relaxed);
    total.frees += g_shared.frees.load(std::memory_order_relaxed);
    total.reallocations += g_shared.reallocations.load(std::memory_order_relaxed);
    bytes += g_shared.bytes.load(std::memory_order_relaxed);
    total.bytesOutstanding = bytes;
    return total;
}
