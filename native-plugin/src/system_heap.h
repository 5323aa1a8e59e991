// Fallback allocator: a private Win32 heap, separate from the game's CRT heap so that a pointer of one can
// never be released into the other unnoticed, and so its size is queryable (HeapSize).
#pragma once

#include <cstddef>

// Creates the private heap; falls back to the process heap if that fails (logged). Call once.
void InitSystemHeap();

// Same contracts as the je_ functions; the MemoryPool exports handle NULL, 0 and overflow before calling.
void* SystemMalloc(size_t size);
void SystemFree(void* ptr);
void* SystemCalloc(size_t count, size_t size);
void* SystemRealloc(void* ptr, size_t size);
size_t SystemUsableSize(void* ptr);
