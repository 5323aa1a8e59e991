// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
#include "out_of_memory.h"

#include <atomic>
#include <cstddef>
#include <cstdint>

#include <windows.h>

#include "log.h"

namespace {

std::atomic<bool> g_noted{false};

// The largest free region of the address space the process may use, in bytes.
uintptr_t LargestFreeBlock()
{
    SYSTEM_INFO info;
    GetSystemInfo(&info);
    uintptr_t at = reinterpret_cast<uintptr_t>(info.lpMinimumApplicationAddress);
    uintptr_t end = reinterpret_cast<uintptr_t>(info.lpMaximumApplicationAddress);
    uintptr_t largest = 0;
    MEMORY_BASIC_INFORMATION region;
    while (at < end && VirtualQuery(reinterpret_cast<void*>(at), &region, sizeof region) == sizeof region) {
        if (region.State == MEM_FREE && region.RegionSize > largest)
            largest = region.RegionSize;
        uintptr_t next = reinterpret_cast<uintptr_t>(region.BaseAddress) + region.RegionSize;
        if (next <= at)
            break;
        at = next;
    }
    return largest;
}

} // namespace

void NoteOutOfMemory(const char* where, size_t bytes)
{
    // No block can be larger than PTRDIFF_MAX (2 GiB on 32-bit): such a request is the caller's mistake, not a sign of
    // the game running out (jemalloc refuses it before mapping anything, the system heap only when it tries).
    if (bytes > static_cast<size_t>(PTRDIFF_MAX) || g_noted.exchange(true))
        return;
    Log("Out of memory: %s could not get %lu bytes (largest free block of the address space: %lu KiB); MemoryPool "
        "calls return NULL until memory is freed. Said once.",
        where, static_cast<unsigned long>(bytes), static_cast<unsigned long>(LargestFreeBlock() / 1024));
}
