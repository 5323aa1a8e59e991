// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// bench.exe - MemoryPoolMalloc/MemoryPoolFree vs je_malloc/je_free vs the CRT's malloc/free.
//
// Folder: bench.exe, MemoryPoolNVSE.dll (Release) and jemalloc.dll. The plugin is loaded like NVSE would and
// chooses jemalloc at its first allocation; je_ functions come from the same jemalloc.dll module.
// Workload per thread: rounds of 64 allocations of one size (each touched), then 64 frees; "mixed" draws sizes
// from 16 B to 64 KiB. The number of rounds is calibrated per size and thread count so that a je_malloc run
// takes about 0.1 s. Prints malloc+free pairs per second (best of 5 runs, the three allocators taking turns, each
// run starting with the next one)
// and the MemoryPool/jemalloc and MemoryPool/CRT ratios.
//
// bench.exe --publishing: what publishing the heap statistics (MemoryPoolNVSE.stats, once a second from a thread of
// the runtime's own) costs the allocator's calls. The plugin is loaded through a fake NVSE (tests/fake_nvse.h) and
// MemoryPoolMalloc/Free are measured before PostPostLoad, which starts the publisher, and again after it. Each cell is
// the throughput over 5 runs of ~0.5 s (about 2.5 s of work, so two or three publications fall into the second
// measurement); prints both and their ratio, and beside it the ratio of two quiet measurements, one after the other:
// how far apart two measurements of the same thing fall on this machine.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <windows.h>

#include "MemoryPool.h"
#include "fake_nvse.h"

namespace {

using MallocFn = void* (*)(size_t);
using FreeFn = void (*)(void*);

struct Allocator {
    const char* name;
    MallocFn malloc;
    FreeFn free;
};

const int kBatch = 64;
const size_t kMixed = 0;  // size 0 in the table = mixed sizes
// A run must outlast scheduling noise (a time slice is a few ms) yet keep the slow CRT cells short.
const double kRunSeconds = 0.1;
const int kCalibrationRounds = 200;

struct Job {
    Allocator allocator;
    size_t size;
    int rounds;  // per thread
    HANDLE go;
};

DWORD WINAPI Run(LPVOID parameter)
{
    const Job& job = *static_cast<Job*>(parameter);
    void* blocks[kBatch];
    uint32_t rng = 0x12345678u ^ GetCurrentThreadId();
    WaitForSingleObject(job.go, INFINITE);
    for (int round = 0; round < job.rounds; ++round) {
        for (void*& block : blocks) {
            size_t size = job.size;
            if (size == kMixed) {
                rng ^= rng << 13, rng ^= rng >> 17, rng ^= rng << 5;
                size = size_t(16) << (rng % 13);  // 16 B .. 64 KiB
            }
            block = job.allocator.malloc(size);
            static_cast<volatile char*>(block)[0] = 1;
        }
        for (void* block : blocks)
            job.allocator.free(block);
    }
    return 0;
}

// malloc+free pairs per second over all threads.
double Measure(const Allocator& allocator, size_t size, int threads, int rounds)
{
    HANDLE go = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    Job job{allocator, size, rounds, go};
    HANDLE handles[8];
    for (int i = 0; i < threads; ++i)
        handles[i] = CreateThread(nullptr, 0, Run, &job, 0, nullptr);
    Sleep(20);  // let every thread reach the start line
    LARGE_INTEGER frequency, start, end;
    QueryPerformanceFrequency(&frequency);
    QueryPerformanceCounter(&start);
    SetEvent(go);
    WaitForMultipleObjects(threads, handles, TRUE, INFINITE);
    QueryPerformanceCounter(&end);
    for (int i = 0; i < threads; ++i)
        CloseHandle(handles[i]);
    CloseHandle(go);
    double seconds = double(end.QuadPart - start.QuadPart) / double(frequency.QuadPart);
    return double(rounds) * kBatch * threads / seconds;
}

const int kAllocators = 3;
const int kRuns = 5;

// Rounds per thread for a run of about kRunSeconds with the reference allocator.
int CalibratedRounds(const Allocator& reference, size_t size, int threads)
{
    double pairsPerSecond = Measure(reference, size, threads, kCalibrationRounds);
    int rounds = int(pairsPerSecond * kRunSeconds / (double(kBatch) * threads));
    return rounds > kCalibrationRounds ? rounds : kCalibrationRounds;
}

// Best of kRuns per allocator: other work on the machine only ever slows a run down. The allocators take turns,
// so that a busy moment hits all of them instead of skewing one ratio, and each run starts with another one: who
// follows the slow CRT run finds jemalloc's freed pages aged past their decay time (dirty_decay_ms) and purges
// them, which must not always fall on MemoryPool. allocators[1] (jemalloc) calibrates.
void Best(const Allocator (&allocators)[kAllocators], size_t size, int threads, double (&best)[kAllocators])
{
    int rounds = CalibratedRounds(allocators[1], size, threads);
    for (double& rate : best)
        rate = 0;
    for (int run = 0; run < kRuns; ++run) {
        for (int turn = 0; turn < kAllocators; ++turn) {
            int i = (run + turn) % kAllocators;
            double rate = Measure(allocators[i], size, threads, rounds);
            best[i] = rate > best[i] ? rate : best[i];
        }
    }
}

template <typename Fn>
Fn Get(HMODULE module, const char* name)
{
    Fn fn = reinterpret_cast<Fn>(reinterpret_cast<void*>(GetProcAddress(module, name)));
    if (!fn) {
        printf("bench: %s not found\n", name);
        exit(1);
    }
    return fn;
}

// ---- --publishing ----

const double kPublishingRunSeconds = 0.5;
const int kPublishingRuns = 5;

// Pairs per second over all runs together: a run the publisher slowed counts with its full weight.
double Throughput(const Allocator& allocator, size_t size, int threads, int rounds)
{
    double pairs = 0, seconds = 0;
    for (int run = 0; run < kPublishingRuns; ++run) {
        double rate = Measure(allocator, size, threads, rounds);
        double runPairs = double(rounds) * kBatch * threads;
        pairs += runPairs;
        seconds += runPairs / rate;
    }
    return pairs / seconds;
}

int Publishing(HMODULE plugin, const Allocator& pool)
{
    auto query = Get<bool (*)(const NVSEInterface*, PluginInfo*)>(plugin, "NVSEPlugin_Query");
    auto load = Get<bool (*)(const NVSEInterface*)>(plugin, "NVSEPlugin_Load");
    PluginInfo info{};
    g_currentHandle = 1;
    if (!query(&kGame, &info) || !load(&kGame)) {
        printf("bench: MemoryPoolNVSE.dll refused the fake NVSE (see MemoryPoolNVSE.log)\n");
        return 1;
    }
    Send(kMessage_PostLoad);
    pool.free(pool.malloc(1));  // chooses the allocator, as a plugin's first call at load would
    const size_t sizes[] = {16, 256, 4096, kMixed};
    const int threadCounts[] = {1, 8};
    int rounds[2][4];
    double quiet[2][4], quietAgain[2][4];
    Measure(pool, 16, 1, kCalibrationRounds * 10);  // warm-up: caches, jemalloc's per-thread setup
    for (int t = 0; t < 2; ++t) {
        for (int s = 0; s < 4; ++s) {
            double rate = Measure(pool, sizes[s], threadCounts[t], kCalibrationRounds);
            int r = int(rate * kPublishingRunSeconds / (double(kBatch) * threadCounts[t]));
            rounds[t][s] = r > kCalibrationRounds ? r : kCalibrationRounds;
            quiet[t][s] = Throughput(pool, sizes[s], threadCounts[t], rounds[t][s]);
            quietAgain[t][s] = Throughput(pool, sizes[s], threadCounts[t], rounds[t][s]);
        }
    }
    Send(kMessage_PostPostLoad);  // starts the publisher; its first sample is written before this returns
    wchar_t stats[MAX_PATH];
    DWORD len = GetModuleFileNameW(nullptr, stats, MAX_PATH);
    while (len > 0 && stats[len - 1] != L'\\')
        --len;
    wcscpy(stats + len, L"MemoryPoolNVSE.stats");
    if (GetFileAttributesW(stats) == INVALID_FILE_ATTRIBUTES) {
        printf("bench: no MemoryPoolNVSE.stats after PostPostLoad: the publisher did not start\n");
        return 1;
    }
    printf("MemoryPoolNVSE %s bench --publishing: MemoryPoolMalloc+Free over %d runs of ~%.1f s, before and while the"
           " statistics are published; Mops/s = million pairs/s\n",
           MEMORYPOOL_PLUGIN_VERSION_STRING, kPublishingRuns, kPublishingRunSeconds);
    printf("%-7s %-7s %12s %12s %9s %12s\n", "threads", "size", "quiet", "publishing", "ratio", "quiet/quiet");
    for (int t = 0; t < 2; ++t) {
        for (int s = 0; s < 4; ++s) {
            double published = Throughput(pool, sizes[s], threadCounts[t], rounds[t][s]);
            char label[16];
            if (sizes[s] == kMixed)
                snprintf(label, sizeof label, "mixed");
            else
                snprintf(label, sizeof label, "%u", unsigned(sizes[s]));
            printf("%-7d %-7s %12.2f %12.2f %9.3f %12.3f\n", threadCounts[t], label, quiet[t][s] / 1e6, published / 1e6,
                   published / quiet[t][s], quietAgain[t][s] / quiet[t][s]);
            fflush(stdout);
        }
    }
    Send(kMessage_ExitGame);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    bool publishing = argc == 2 && strcmp(argv[1], "--publishing") == 0;
    if (argc > 1 && !publishing) {
        printf("usage: bench.exe [--publishing]\n");
        return 2;
    }
    wchar_t path[MAX_PATH];
    DWORD len = GetModuleFileNameW(nullptr, path, MAX_PATH);
    while (len > 0 && path[len - 1] != L'\\')
        --len;
    wcscpy(path + len, L"MemoryPoolNVSE.dll");
    HMODULE plugin = LoadLibraryW(path);
    if (!plugin) {
        printf("bench: cannot load MemoryPoolNVSE.dll (error %lu)\n", GetLastError());
        return 1;
    }
    Allocator pool{"MemoryPool", Get<MallocFn>(plugin, "MemoryPoolMalloc"), Get<FreeFn>(plugin, "MemoryPoolFree")};
    if (publishing)
        return Publishing(plugin, pool);
    pool.free(pool.malloc(1));  // first allocation chooses the allocator
    const char* status = Get<const char* (*)()>(plugin, "GetMemoryPoolStatus")();
    HMODULE je = GetModuleHandleW(L"jemalloc.dll");
    if (!je || strcmp(status, "jemalloc") != 0) {
        printf("bench: MemoryPool status is \"%s\"; put jemalloc.dll next to bench.exe\n", status);
        return 1;
    }
    const Allocator allocators[kAllocators] = {
        pool, {"je_malloc", Get<MallocFn>(je, "je_malloc"), Get<FreeFn>(je, "je_free")},
        {"CRT malloc", std::malloc, std::free}};

    printf("MemoryPoolNVSE %s bench: batches of %d, runs of ~%.1f s (on je_malloc), best of %d; Mops/s = million pairs/s\n",
           MEMORYPOOL_PLUGIN_VERSION_STRING, kBatch, kRunSeconds, kRuns);
    printf("%-7s %-7s", "threads", "size");
    for (const Allocator& allocator : allocators)
        printf(" %12s", allocator.name);
    printf(" %9s %9s\n", "MP/je", "MP/CRT");
    const size_t sizes[] = {16, 256, 4096, 65536, kMixed};
    const int threadCounts[] = {1, 8};
    for (int threads : threadCounts) {
        for (size_t size : sizes) {
            double rates[kAllocators];
            Best(allocators, size, threads, rates);
            double mp = rates[0] / 1e6, je_ = rates[1] / 1e6, sys = rates[2] / 1e6;
            char label[16];
            if (size == kMixed)
                snprintf(label, sizeof label, "mixed");
            else
                snprintf(label, sizeof label, "%u", unsigned(size));
            printf("%-7d %-7s %12.2f %12.2f %12.2f %9.2f %9.2f\n", threads, label, mp, je_, sys, mp / je_, mp / sys);
            fflush(stdout);
        }
    }
    return 0;
}
