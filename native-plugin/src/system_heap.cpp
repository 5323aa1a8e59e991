#include "system_heap.h"

#include <windows.h>

#include "log.h"

namespace {
HANDLE g_heap = nullptr;
}

void InitSystemHeap()
{
    // Growable, serialized (thread-safe) heap; never destroyed, blocks may be freed during shutdown.
    g_heap = HeapCreate(0, 0, 0);
    if (!g_heap) {
        Log("HeapCreate failed (error %lu); using the process heap", static_cast<unsigned long>(GetLastError()));
        g_heap = GetProcessHeap();
    }
}

void* SystemMalloc(size_t size)
{
    return HeapAlloc(g_heap, 0, size);
}

void SystemFree(void* ptr)
{
    HeapFree(g_heap, 0, ptr);
}

void* SystemCalloc(size_t count, size_t size)
{
    return HeapAlloc(g_heap, HEAP_ZERO_MEMORY, count * size);
}

void* SystemRealloc(void* ptr, size_t size)
{
    return HeapReAlloc(g_heap, 0, ptr, size);
}

size_t SystemUsableSize(void* ptr)
{
    SIZE_T size = HeapSize(g_heap, 0, ptr);
    return size == static_cast<SIZE_T>(-1) ? 0 : size;
}
