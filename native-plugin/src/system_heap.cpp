// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
#include "system_heap.h"

#include <windows.h>

#include "counters.h"
#include "log.h"
#include "out_of_memory.h"

namespace {

INIT_ONCE g_heapOnce = INIT_ONCE_STATIC_INIT;
HANDLE g_heap = nullptr;

BOOL CALLBACK CreateHeap(PINIT_ONCE, PVOID, PVOID*)
{
    // Growable, serialized (thread-safe) heap; never destroyed, blocks may be freed during shutdown.
    g_heap = HeapCreate(0, 0, 0);
    if (!g_heap) {
        Log("HeapCreate failed (error %lu); using the process heap", static_cast<unsigned long>(GetLastError()));
        g_heap = GetProcessHeap();
    }
    return TRUE;
}

// Through InitOnce rather than a plain read: the API loads these functions without ordering (allocator.h), so
// a thread calling one must synchronize with the heap's creation itself.
HANDLE Heap()
{
    InitOnceExecuteOnce(&g_heapOnce, CreateHeap, nullptr, nullptr);
    return g_heap;
}

size_t BlockSize(HANDLE heap, void* ptr)
{
    SIZE_T size = HeapSize(heap, 0, ptr);
    return size == static_cast<SIZE_T>(-1) ? 0 : size;
}

} // namespace

void InitSystemHeap()
{
    Heap();
}

void* SystemMalloc(size_t size)
{
    HANDLE heap = Heap();
    void* ptr = HeapAlloc(heap, 0, size);
    if (ptr)
        CountAllocation(BlockSize(heap, ptr));
    else
        NoteOutOfMemory("the system heap", size);
    return ptr;
}

void SystemFree(void* ptr)
{
    if (!ptr)
        return;
    HANDLE heap = Heap();
    size_t bytes = BlockSize(heap, ptr);
    HeapFree(heap, 0, ptr);
    CountFree(bytes);
}

void* SystemCalloc(size_t count, size_t size)
{
    HANDLE heap = Heap();
    void* ptr = HeapAlloc(heap, HEAP_ZERO_MEMORY, count * size);
    if (ptr)
        CountAllocation(BlockSize(heap, ptr));
    else
        NoteOutOfMemory("the system heap", count * size);
    return ptr;
}

void* SystemRealloc(void* ptr, size_t size)
{
    HANDLE heap = Heap();
    size_t oldBytes = BlockSize(heap, ptr);
    void* moved = HeapReAlloc(heap, 0, ptr, size);
    if (moved)
        CountReallocation(oldBytes, BlockSize(heap, moved));
    else
        NoteOutOfMemory("the system heap", size);
    return moved;
}

size_t SystemUsableSize(void* ptr)
{
    return BlockSize(Heap(), ptr);
}

void ReadSystemHeapStats(MemoryPoolStats& stats)
{
    CounterTotals totals = SumCounters();
    stats.allocations = totals.allocations;
    stats.frees = totals.frees;
    stats.reallocations = totals.reallocations;
    stats.bytesOutstanding = totals.bytesOutstanding;
    stats.bytesAllocated = totals.bytesOutstanding;
    stats.bytesActive = totals.bytesOutstanding;
}
