// The MemoryPool API (MemoryPool.h): argument rules (NULL, 0, overflow) and accounting on top of the
// chosen allocator.
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "MemoryPool.h"
#include "allocator.h"
#include "counters.h"

extern "C" {

void* MEMORYPOOL_CALL MemoryPoolMalloc(size_t size)
{
    const Backend& backend = ActiveBackend();
    void* ptr = backend.malloc(size);
    if (ptr)
        CountAllocation(backend.usableSize(ptr));
    return ptr;
}

void MEMORYPOOL_CALL MemoryPoolFree(void* ptr)
{
    if (!ptr)
        return;
    const Backend& backend = ActiveBackend();
    size_t bytes = backend.usableSize(ptr);
    backend.free(ptr);
    CountFree(bytes);
}

const char* MEMORYPOOL_CALL GetMemoryPoolStatus(void)
{
    return AllocatorStatus();
}

void* MEMORYPOOL_CALL MemoryPoolCalloc(size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size)
        return nullptr;
    const Backend& backend = ActiveBackend();
    void* ptr = backend.calloc(count, size);
    if (ptr)
        CountAllocation(backend.usableSize(ptr));
    return ptr;
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
    const Backend& backend = ActiveBackend();
    size_t oldBytes = backend.usableSize(ptr);
    void* moved = backend.realloc(ptr, size);
    if (moved)
        CountReallocation(oldBytes, backend.usableSize(moved));
    return moved;
}

size_t MEMORYPOOL_CALL MemoryPoolUsableSize(void* ptr)
{
    return ptr ? ActiveBackend().usableSize(ptr) : 0;
}

bool MEMORYPOOL_CALL MemoryPoolGetStats(MemoryPoolStats* out)
{
    const size_t minimum = offsetof(MemoryPoolStats, allocations);
    if (!out || out->size < minimum)
        return false;

    MemoryPoolStats stats{};
    stats.size = out->size < sizeof stats ? out->size : sizeof stats;
    stats.allocator = CurrentAllocator();
    CounterTotals totals = SumCounters();
    stats.allocations = totals.allocations;
    stats.frees = totals.frees;
    stats.reallocations = totals.reallocations;
    stats.bytesOutstanding = totals.bytesOutstanding;
    if (stats.allocator != MEMORYPOOL_ALLOCATOR_JEMALLOC ||
        !JemallocProcessStats(stats.bytesAllocated, stats.bytesActive)) {
        stats.bytesAllocated = totals.bytesOutstanding;
        stats.bytesActive = totals.bytesOutstanding;
    }
    std::memcpy(out, &stats, stats.size);
    return true;
}

} // extern "C"
