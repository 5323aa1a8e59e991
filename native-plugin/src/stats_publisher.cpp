// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
#include "stats_publisher.h"

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <string>

#include <windows.h>

#include "MemoryPool.h"
#include "allocator.h"
#include "log.h"
#include "paths.h"

namespace {

// Once a second: live enough to watch, rare enough to cost the game nothing (one jemalloc epoch and one walk of
// a few thousand regions).
constexpr DWORD kIntervalMs = 1000;
// The columns, also the file's first line after its comment; the SDK's reader (HeapSample) names them the same.
constexpr char kHeader[] =
    "# MemoryPoolNVSE heap statistics, one line about every second; bytes, and milliseconds since publishing began\r\n"
    "time_ms,allocator,bytes_outstanding,bytes_allocated,bytes_active,allocations,frees,reallocations,"
    "free_address_space,largest_free_block\r\n";

std::atomic<bool> g_started{false};
HANDLE g_file = INVALID_HANDLE_VALUE;
// Set once the thread has published its first sample.
HANDLE g_firstSample = nullptr;
// How long the game waits for that: far longer than a sample takes (a few milliseconds).
constexpr DWORD kFirstSampleWaitMs = 2000;

const char* AllocatorName(uint32_t allocator)
{
    switch (allocator) {
    case MEMORYPOOL_ALLOCATOR_JEMALLOC:
        return "jemalloc";
    case MEMORYPOOL_ALLOCATOR_SYSTEM:
        return "system";
    default:
        return "none";
    }
}

// Free address space in the range applications may use, and its largest free region.
void FreeAddressSpace(uint64_t& free, uint64_t& largest)
{
    SYSTEM_INFO info;
    GetSystemInfo(&info);
    uintptr_t at = reinterpret_cast<uintptr_t>(info.lpMinimumApplicationAddress);
    uintptr_t end = reinterpret_cast<uintptr_t>(info.lpMaximumApplicationAddress);
    free = 0;
    largest = 0;
    MEMORY_BASIC_INFORMATION region;
    while (at < end && VirtualQuery(reinterpret_cast<void*>(at), &region, sizeof region) == sizeof region) {
        if (region.State == MEM_FREE) {
            free += region.RegionSize;
            if (region.RegionSize > largest)
                largest = region.RegionSize;
        }
        uintptr_t next = reinterpret_cast<uintptr_t>(region.BaseAddress) + region.RegionSize;
        if (next <= at)
            break;
        at = next;
    }
}

void Publish(ULONGLONG started)
{
    MemoryPoolStats stats{};
    stats.size = sizeof stats;
    stats.allocator = CurrentAllocator();
    ReadAllocatorStats(stats);
    uint64_t free = 0;
    uint64_t largest = 0;
    FreeAddressSpace(free, largest);
    char line[320];
    int length = snprintf(line, sizeof line, "%llu,%s,%llu,%llu,%llu,%llu,%llu,%llu,%llu,%llu\r\n",
                          static_cast<unsigned long long>(GetTickCount64() - started), AllocatorName(stats.allocator),
                          static_cast<unsigned long long>(stats.bytesOutstanding),
                          static_cast<unsigned long long>(stats.bytesAllocated),
                          static_cast<unsigned long long>(stats.bytesActive),
                          static_cast<unsigned long long>(stats.allocations),
                          static_cast<unsigned long long>(stats.frees),
                          static_cast<unsigned long long>(stats.reallocations), static_cast<unsigned long long>(free),
                          static_cast<unsigned long long>(largest));
    if (length > 0 && length < int(sizeof line)) {
        DWORD written;
        WriteFile(g_file, line, static_cast<DWORD>(length), &written, nullptr);
    }
}

DWORD WINAPI PublishForever(void*)
{
    ULONGLONG started = GetTickCount64();
    Publish(started);
    SetEvent(g_firstSample);
    for (;;) {
        Sleep(kIntervalMs);
        Publish(started);
    }
}

} // namespace

void StartStatsPublisher()
{
    if (g_started.exchange(true))
        return;
    std::wstring folder = ExeFolder();
    if (folder.empty()) {
        Log("Heap statistics: not published (the game's folder is not known)");
        return;
    }
    std::wstring path = folder + L"MemoryPoolNVSE.stats";
    // Shared for reading: the IDE reads it while the game writes it. Rewritten at each run.
    g_file = CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                         CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (g_file == INVALID_HANDLE_VALUE) {
        Log("Heap statistics: not published (%s cannot be written, error %lu)", ToUtf8(path).c_str(),
            static_cast<unsigned long>(GetLastError()));
        return;
    }
    DWORD written;
    WriteFile(g_file, kHeader, sizeof kHeader - 1, &written, nullptr);
    g_firstSample = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    // A small stack: the thread formats one line and walks the address space, nothing more.
    HANDLE thread = CreateThread(nullptr, 64 * 1024, PublishForever, nullptr, STACK_SIZE_PARAM_IS_A_RESERVATION, nullptr);
    if (!thread) {
        Log("Heap statistics: not published (no thread, error %lu)", static_cast<unsigned long>(GetLastError()));
        return;
    }
    CloseHandle(thread);
    // The first statistics read sets up jemalloc's per-thread state for the publishing thread, which jemalloc counts
    // as allocations: done before the game goes on, later samples change no count (an empty cache flushes nothing).
    if (g_firstSample)
        WaitForSingleObject(g_firstSample, kFirstSampleWaitMs);
    Log("Heap statistics: published every second to %s", ToUtf8(path).c_str());
}
