// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// footprint.exe - what an allocator costs a 32-bit game in memory and address space, with game-like workloads.
//
// Usage:
//   footprint.exe                          every allocator found x every workload, each cell in a fresh child
//                                          process (a clean address space); prints one table
//   footprint.exe <allocator>              the same, that allocator's rows only
//   footprint.exe <allocator> <workload>   one cell in this process; prints one "result ..." line
// Allocators (from the EXE's folder):
//   memorypool         MemoryPoolNVSE.dll through a fake NVSE (tests/fake_nvse.h), choosing jemalloc.dll
//   memorypool-system  the same runtime told it runs in the editor, so it uses its system fallback (a private heap)
//   crt                the C runtime's malloc/free/realloc (msvcrt.dll), what a plugin gets without MemoryPool
//   mimalloc           mi_malloc/mi_free/mi_realloc of mimalloc.dll, when that file is there
// Workloads (fixed seeds: every run asks for the same blocks in the same order):
//   small-threads      4 threads, each replacing random blocks of 16384 slots (8 B - 1 KiB, mostly small),
//                      1,000,000 times; then each frees all but every 16th block
//   realloc-growth     32 buffers grown by realloc in steps of 1-64 KiB to 1-8 MiB each, a small block allocated
//                      beside each step and half of those freed later; then 24 buffers and most small blocks go
//   producer-consumer  2 producer threads hand 250,000 blocks each (16 B - 16 KiB) through queues of 4096 to 2
//                      consumer threads that free them
//   grow-shrink        3 cycles: grow to 256 MiB live (mostly small blocks, some up to 2 MiB), free 90% of the
//                      blocks at random; each cycle's sizes twice the last's
// Every block is written once per 4 KiB page, so its memory is really committed.
//
// Figures are read with VirtualQuery over the whole address space, so they are what the allocator asked of Windows'
// virtual memory API (the same calls under Wine as on Windows): committed = private committed bytes, reserved =
// private reserved + committed bytes, both minus what the process had before the allocator was loaded; largest free
// = the largest free region of the address space. Peaks come from a thread sampling every 10 ms and from samples at
// the end of every phase. "requested" is the peak of the bytes the workload itself had asked for and not freed.
// Environment variables reach the children unchanged, so JE_MALLOC_CONF (jemalloc's run-time options, read when
// jemalloc.dll loads; --jemalloc-conf=<options> sets it) applies to every memorypool cell.
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <windows.h>

#include "MemoryPool.h"
#include "fake_nvse.h"

namespace {

// ---- Allocators -------------------------------------------------------------------------------------------

struct Heap {
    void* (*malloc)(size_t);
    void (*free)(void*);
    void* (*realloc)(void*, size_t);
};

const char* const kAllocators[] = {"memorypool", "memorypool-system", "crt", "mimalloc"};

template <typename Fn>
bool Resolve(HMODULE module, const char* name, Fn& fn)
{
    fn = reinterpret_cast<Fn>(reinterpret_cast<void*>(GetProcAddress(module, name)));
    return fn != nullptr;
}

std::wstring Beside(const wchar_t* file)
{
    return Folder() + file;
}

// Loads the runtime as NVSE would and makes its allocator choice (PostPostLoad); false with a reason printed.
bool LoadMemoryPool(bool editor, Heap& heap)
{
    HMODULE plugin = LoadLibraryW(Beside(L"MemoryPoolNVSE.dll").c_str());
    bool (*query)(const NVSEInterface*, PluginInfo*) = nullptr;
    bool (*load)(const NVSEInterface*) = nullptr;
    const char* (*status)() = nullptr;
    if (!plugin || !Resolve(plugin, "NVSEPlugin_Query", query) || !Resolve(plugin, "NVSEPlugin_Load", load) ||
        !Resolve(plugin, "GetMemoryPoolStatus", status) || !Resolve(plugin, "MemoryPoolMalloc", heap.malloc) ||
        !Resolve(plugin, "MemoryPoolFree", heap.free) || !Resolve(plugin, "MemoryPoolRealloc", heap.realloc)) {
        printf("footprint: cannot load MemoryPoolNVSE.dll beside footprint.exe\n");
        return false;
    }
    static const NVSEInterface editorNvse = MakeNvse(NVSE_VERSION_6_4_8, 0, EDITOR_VERSION_1_4_0_518, 1);
    const NVSEInterface& nvse = editor ? editorNvse : kGame;
    PluginInfo info{};
    g_currentHandle = 1;
    if (!query(&nvse, &info) || !load(&nvse)) {
        printf("footprint: MemoryPoolNVSE.dll refused the fake NVSE (see MemoryPoolNVSE.log)\n");
        return false;
    }
    Send(kMessage_PostLoad);
    Send(kMessage_PostPostLoad);
    const char* want = editor ? "system fallback" : "jemalloc";
    if (strncmp(status(), want, strlen(want)) != 0) {
        printf("footprint: MemoryPool's allocator is \"%s\", not %s%s\n", status(), want,
               editor ? "" : "; put jemalloc.dll beside footprint.exe");
        return false;
    }
    return true;
}

bool LoadMimalloc(Heap& heap)
{
    HMODULE module = LoadLibraryW(Beside(L"mimalloc.dll").c_str());
    if (!module || !Resolve(module, "mi_malloc", heap.malloc) || !Resolve(module, "mi_free", heap.free) ||
        !Resolve(module, "mi_realloc", heap.realloc)) {
        printf("footprint: cannot load mimalloc.dll beside footprint.exe\n");
        return false;
    }
    return true;
}

bool LoadAllocator(const std::string& name, Heap& heap)
{
    if (name == "memorypool" || name == "memorypool-system")
        return LoadMemoryPool(name == "memorypool-system", heap);
    if (name == "crt") {
        heap = {std::malloc, std::free, std::realloc};
        return true;
    }
    if (name == "mimalloc")
        return LoadMimalloc(heap);
    printf("footprint: unknown allocator %s\n", name.c_str());
    return false;
}

// jemalloc's options in force, from the runtime's log line "jemalloc options: ..." ("" without one).
std::string JemallocOptions()
{
    HANDLE log = CreateFileW(Beside(L"MemoryPoolNVSE.log").c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE,
                             nullptr, OPEN_EXISTING, 0, nullptr);
    if (log == INVALID_HANDLE_VALUE)
        return "";
    std::string text(64 * 1024, '\0');
    DWORD got = 0;
    ReadFile(log, &text[0], DWORD(text.size()), &got, nullptr);
    CloseHandle(log);
    text.resize(got);
    const char marker[] = "jemalloc options: ";
    size_t at = text.find(marker);
    if (at == std::string::npos)
        return "";
    at += sizeof marker - 1;
    return text.substr(at, text.find_first_of("\r\n", at) - at);
}

// ---- Address space --------------------------------------------------------------------------------------

struct Space {
    uint64_t committed = 0;  // private committed bytes
    uint64_t reserved = 0;   // private reserved + committed bytes
    uint64_t largestFree = 0;
};

Space Walk()
{
    SYSTEM_INFO info;
    GetSystemInfo(&info);
    uintptr_t at = reinterpret_cast<uintptr_t>(info.lpMinimumApplicationAddress);
    uintptr_t end = reinterpret_cast<uintptr_t>(info.lpMaximumApplicationAddress);
    Space space;
    MEMORY_BASIC_INFORMATION region;
    while (at < end && VirtualQuery(reinterpret_cast<void*>(at), &region, sizeof region) == sizeof region) {
        if (region.State == MEM_FREE) {
            if (region.RegionSize > space.largestFree)
                space.largestFree = region.RegionSize;
        } else if (region.Type == MEM_PRIVATE) {
            space.reserved += region.RegionSize;
            if (region.State == MEM_COMMIT)
                space.committed += region.RegionSize;
        }
        uintptr_t next = reinterpret_cast<uintptr_t>(region.BaseAddress) + region.RegionSize;
        if (next <= at)
            break;
        at = next;
    }
    return space;
}

Space g_baseline;
SRWLOCK g_peakLock = SRWLOCK_INIT;
Space g_peak;
std::atomic<bool> g_sampling{true};
std::atomic<int64_t> g_requested{0};
std::atomic<int64_t> g_peakRequested{0};

// Takes a sample into the peaks and returns it.
Space Sample()
{
    Space now = Walk();
    AcquireSRWLockExclusive(&g_peakLock);
    if (now.committed > g_peak.committed)
        g_peak.committed = now.committed;
    if (now.reserved > g_peak.reserved)
        g_peak.reserved = now.reserved;
    ReleaseSRWLockExclusive(&g_peakLock);
    return now;
}

DWORD WINAPI Sampler(void*)
{
    while (g_sampling.load()) {
        Sample();
        Sleep(10);
    }
    return 0;
}

// ---- Workloads ------------------------------------------------------------------------------------------

Heap g_heap;

struct Rng {
    uint32_t state;
    uint32_t Next()
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    }
    // Uniform in [low, high].
    uint32_t Between(uint32_t low, uint32_t high) { return low + Next() % (high - low + 1); }
};

void Requested(int64_t delta)
{
    int64_t now = g_requested.fetch_add(delta) + delta;
    int64_t peak = g_peakRequested.load();
    while (now > peak && !g_peakRequested.compare_exchange_weak(peak, now)) {
    }
}

// Writes one byte per page of [from, to): the memory is then committed for real.
void Touch(void* block, size_t from, size_t to)
{
    volatile char* bytes = static_cast<char*>(block);
    for (size_t at = from; at < to; at += 4096)
        bytes[at] = 1;
    if (to > from)
        bytes[to - 1] = 1;
}

void* Allocate(size_t size)
{
    void* block = g_heap.malloc(size);
    if (!block) {
        printf("footprint: out of memory allocating %lu bytes\n", static_cast<unsigned long>(size));
        exit(3);
    }
    Touch(block, 0, size);
    Requested(int64_t(size));
    return block;
}

void Release(void* block, size_t size)
{
    if (block) {
        g_heap.free(block);
        Requested(-int64_t(size));
    }
}

template <typename Work>
struct ThreadStart {
    Work* work;
    int index;
};

template <typename Work>
DWORD WINAPI StartThread(void* parameter)
{
    ThreadStart<Work>* start = static_cast<ThreadStart<Work>*>(parameter);
    (*start->work)(start->index);
    return 0;
}

// Runs work(0) .. work(count - 1) on threads of their own and waits for all.
template <typename Work>
void RunThreads(int count, Work work)
{
    std::vector<ThreadStart<Work>> starts(count);
    std::vector<HANDLE> threads(count);
    for (int i = 0; i < count; ++i) {
        starts[i] = {&work, i};
        threads[i] = CreateThread(nullptr, 0, StartThread<Work>, &starts[i], 0, nullptr);
    }
    WaitForMultipleObjects(count, threads.data(), TRUE, INFINITE);
    for (HANDLE thread : threads)
        CloseHandle(thread);
}

struct Block {
    void* pointer = nullptr;
    size_t size = 0;
};

// Mostly small, as a game's scripts, strings and forms are: 60% 8-64 B, 30% 64-256 B, 10% 256 B-1 KiB.
size_t SmallSize(Rng& rng)
{
    uint32_t pick = rng.Next() % 10;
    return pick < 6 ? rng.Between(8, 64) : pick < 9 ? rng.Between(64, 256) : rng.Between(256, 1024);
}

// Returns the blocks still live after the shrink, to be freed after the measurement.
std::vector<Block> SmallThreads(Space& shrunk)
{
    const int threads = 4, slots = 16384, operations = 1000000;
    std::vector<std::vector<Block>> kept(threads);
    RunThreads(threads, [&](int index) {
        Rng rng{0x9E3779B9u * uint32_t(index + 1)};
        std::vector<Block> blocks(slots);
        for (int op = 0; op < operations; ++op) {
            Block& slot = blocks[rng.Next() % slots];
            Release(slot.pointer, slot.size);
            slot.size = SmallSize(rng);
            slot.pointer = Allocate(slot.size);
        }
        Sample();
        for (int i = 0; i < slots; ++i) {
            if (i % 16 == 0)
                kept[index].push_back(blocks[i]);
            else
                Release(blocks[i].pointer, blocks[i].size);
        }
    });
    shrunk = Sample();
    std::vector<Block> all;
    for (auto& list : kept)
        all.insert(all.end(), list.begin(), list.end());
    return all;
}

std::vector<Block> ReallocGrowth(Space& shrunk)
{
    const int buffers = 32, smalls = 4096;
    Rng rng{0xC0FFEEu};
    std::vector<Block> grown(buffers);
    std::vector<size_t> target(buffers);
    for (size_t& t : target)
        t = rng.Between(1 << 20, 8 << 20);
    std::vector<Block> small(smalls);
    for (bool growing = true; growing;) {
        growing = false;
        for (int i = 0; i < buffers; ++i) {
            Block& buffer = grown[i];
            if (buffer.size >= target[i])
                continue;
            growing = true;
            size_t size = buffer.size + rng.Between(1024, 64 * 1024);
            void* moved = g_heap.realloc(buffer.pointer, size);
            if (!moved) {
                printf("footprint: out of memory growing a buffer to %lu bytes\n", static_cast<unsigned long>(size));
                exit(3);
            }
            Touch(moved, buffer.size, size);
            Requested(int64_t(size) - int64_t(buffer.size));
            buffer = {moved, size};
            // A neighbour that keeps the buffer from growing in place; a random older one goes half the time.
            Block& neighbour = small[rng.Next() % smalls];
            if (rng.Next() % 2 == 0 || !neighbour.pointer) {
                Release(neighbour.pointer, neighbour.size);
                neighbour.size = rng.Between(32, 4096);
                neighbour.pointer = Allocate(neighbour.size);
            }
        }
    }
    Sample();
    std::vector<Block> kept;
    for (int i = 0; i < buffers; ++i) {
        if (i % 4 == 0)
            kept.push_back(grown[i]);
        else
            Release(grown[i].pointer, grown[i].size);
    }
    for (int i = 0; i < smalls; ++i) {
        if (i % 16 == 0)
            kept.push_back(small[i]);
        else
            Release(small[i].pointer, small[i].size);
    }
    shrunk = Sample();
    return kept;
}

// A bounded queue of blocks from one producer to one consumer.
struct Queue {
    static const int kCapacity = 4096;
    Block items[kCapacity];
    int head = 0, count = 0;
    bool done = false;
    SRWLOCK lock = SRWLOCK_INIT;
    CONDITION_VARIABLE changed = CONDITION_VARIABLE_INIT;
};

std::vector<Block> ProducerConsumer(Space& shrunk)
{
    const int pairs = 2, blocks = 250000;
    std::vector<Queue> queues(pairs);
    RunThreads(pairs * 2, [&](int index) {
        Queue& queue = queues[index / 2];
        if (index % 2 == 0) {
            Rng rng{0xBADC0DEu + uint32_t(index)};
            for (int i = 0; i < blocks; ++i) {
                size_t size = size_t(16) << (rng.Next() % 11);  // 16 B .. 16 KiB
                Block block{Allocate(size), size};
                AcquireSRWLockExclusive(&queue.lock);
                while (queue.count == Queue::kCapacity)
                    SleepConditionVariableSRW(&queue.changed, &queue.lock, INFINITE, 0);
                queue.items[(queue.head + queue.count++) % Queue::kCapacity] = block;
                ReleaseSRWLockExclusive(&queue.lock);
                WakeAllConditionVariable(&queue.changed);
            }
            AcquireSRWLockExclusive(&queue.lock);
            queue.done = true;
            ReleaseSRWLockExclusive(&queue.lock);
            WakeAllConditionVariable(&queue.changed);
        } else {
            for (;;) {
                AcquireSRWLockExclusive(&queue.lock);
                while (queue.count == 0 && !queue.done)
                    SleepConditionVariableSRW(&queue.changed, &queue.lock, INFINITE, 0);
                if (queue.count == 0) {
                    ReleaseSRWLockExclusive(&queue.lock);
                    break;
                }
                Block block = queue.items[queue.head];
                queue.head = (queue.head + 1) % Queue::kCapacity;
                --queue.count;
                ReleaseSRWLockExclusive(&queue.lock);
                WakeAllConditionVariable(&queue.changed);
                Release(block.pointer, block.size);
            }
        }
    });
    shrunk = Sample();
    return {};
}

// 70% small (16 B-1 KiB), 25% medium (1-64 KiB), 5% large (64 KiB-2 MiB), times scale.
size_t MixedSize(Rng& rng, size_t scale)
{
    uint32_t pick = rng.Next() % 100;
    size_t size = pick < 70 ? rng.Between(16, 1024) : pick < 95 ? rng.Between(1024, 64 * 1024)
                                                                 : rng.Between(64 * 1024, 2 << 20);
    return size * scale;
}

std::vector<Block> GrowShrink(Space& shrunk)
{
    const int64_t live = int64_t(256) << 20;
    Rng rng{0x5EED5EEDu};
    std::vector<Block> blocks;
    for (size_t cycle = 0, scale = 1; cycle < 3; ++cycle, scale *= 2) {
        while (g_requested.load() < live) {
            size_t size = MixedSize(rng, scale);
            blocks.push_back({Allocate(size), size});
        }
        Sample();
        std::vector<Block> survivors;
        for (Block& block : blocks) {
            if (rng.Next() % 10 == 0)
                survivors.push_back(block);
            else
                Release(block.pointer, block.size);
        }
        blocks.swap(survivors);
        shrunk = Sample();
    }
    return blocks;
}

struct Workload {
    const char* name;
    std::vector<Block> (*run)(Space& shrunk);
};

const Workload kWorkloads[] = {{"small-threads", SmallThreads},
                               {"realloc-growth", ReallocGrowth},
                               {"producer-consumer", ProducerConsumer},
                               {"grow-shrink", GrowShrink}};

const Workload* FindWorkload(const std::string& name)
{
    for (const Workload& workload : kWorkloads) {
        if (name == workload.name)
            return &workload;
    }
    return nullptr;
}

double Mib(int64_t bytes)
{
    return double(bytes) / (1 << 20);
}

// One cell: prints "result key=value ..." (bytes; seconds), the line the parent reads.
int RunCell(const std::string& allocator, const Workload& workload)
{
    g_baseline = Walk();
    if (!LoadAllocator(allocator, g_heap))
        return 1;
    std::string options = allocator == "memorypool" ? JemallocOptions() : "";
    g_peak = Walk();
    HANDLE sampler = CreateThread(nullptr, 0, Sampler, nullptr, 0, nullptr);
    LARGE_INTEGER frequency, start, end;
    QueryPerformanceFrequency(&frequency);
    QueryPerformanceCounter(&start);
    Space shrunk;
    std::vector<Block> kept = workload.run(shrunk);
    QueryPerformanceCounter(&end);
    g_sampling.store(false);
    WaitForSingleObject(sampler, INFINITE);
    Space peak = g_peak;
    for (Block& block : kept)
        Release(block.pointer, block.size);
    printf("result allocator=%s workload=%s seconds=%.3f requested=%lld peak_committed=%lld peak_reserved=%lld "
           "committed_after_shrink=%lld reserved_after_shrink=%lld largest_free_after_shrink=%llu "
           "largest_free_before=%llu options=%s\n",
           allocator.c_str(), workload.name, double(end.QuadPart - start.QuadPart) / double(frequency.QuadPart),
           static_cast<long long>(g_peakRequested.load()),
           static_cast<long long>(peak.committed - g_baseline.committed),
           static_cast<long long>(peak.reserved - g_baseline.reserved),
           static_cast<long long>(shrunk.committed - g_baseline.committed),
           static_cast<long long>(shrunk.reserved - g_baseline.reserved),
           static_cast<unsigned long long>(shrunk.largestFree),
           static_cast<unsigned long long>(g_baseline.largestFree), options.empty() ? "-" : options.c_str());
    fflush(stdout);
    return 0;
}

// ---- The table: one child process per cell --------------------------------------------------------------

// Runs "footprint.exe <allocator> <workload>" and returns what it printed; exit code through exitCode.
std::string RunChild(const std::string& allocator, const Workload& workload, DWORD& exitCode)
{
    wchar_t exe[MAX_PATH * 4];
    GetModuleFileNameW(nullptr, exe, MAX_PATH * 4);
    std::wstring command = L"\"" + std::wstring(exe) + L"\" " + std::wstring(allocator.begin(), allocator.end()) +
                           L" " + std::wstring(workload.name, workload.name + strlen(workload.name));
    SECURITY_ATTRIBUTES inherit{sizeof inherit, nullptr, TRUE};
    HANDLE read = nullptr, write = nullptr;
    CreatePipe(&read, &write, &inherit, 0);
    SetHandleInformation(read, HANDLE_FLAG_INHERIT, 0);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdOutput = write;
    startup.hStdError = write;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    PROCESS_INFORMATION process{};
    std::vector<wchar_t> line(command.begin(), command.end());
    line.push_back(0);
    if (!CreateProcessW(nullptr, line.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr, &startup, &process)) {
        exitCode = GetLastError();
        CloseHandle(read);
        CloseHandle(write);
        return "footprint: cannot start a child process\n";
    }
    CloseHandle(write);
    std::string output;
    char buffer[4096];
    DWORD got;
    while (ReadFile(read, buffer, sizeof buffer, &got, nullptr) && got > 0)
        output.append(buffer, got);
    WaitForSingleObject(process.hProcess, INFINITE);
    GetExitCodeProcess(process.hProcess, &exitCode);
    CloseHandle(process.hProcess);
    CloseHandle(process.hThread);
    CloseHandle(read);
    return output;
}

std::string Field(const std::string& line, const char* key)
{
    std::string prefix = std::string(" ") + key + "=";
    size_t at = line.find(prefix);
    if (at == std::string::npos)
        return "";
    at += prefix.size();
    return line.substr(at, line.find_first_of(" \r\n", at) - at);
}

double MibField(const std::string& line, const char* key)
{
    return Mib(atoll(Field(line, key).c_str()));
}

// only: one allocator's rows, or nullptr for every allocator found.
int RunTable(const char* only)
{
    std::vector<std::string> allocators;
    for (const char* allocator : kAllocators) {
        if (only ? strcmp(allocator, only) == 0
                 : strcmp(allocator, "mimalloc") != 0 ||
                       GetFileAttributesW(Beside(L"mimalloc.dll").c_str()) != INVALID_FILE_ATTRIBUTES)
            allocators.push_back(allocator);
    }
    printf("MemoryPoolNVSE %s footprint: MiB (committed and reserved: the allocator's own, above the process's start),"
           " seconds; one fresh process per row\n",
           MEMORYPOOL_PLUGIN_VERSION_STRING);
    printf("%-18s %-18s %8s %9s %9s %9s %9s %9s %9s\n", "workload", "allocator", "seconds", "requested", "committed",
           "reserved", "after:com", "after:res", "after:free");
    int failures = 0;
    std::string options, freeBefore;
    for (const Workload& workload : kWorkloads) {
        for (const std::string& allocator : allocators) {
            DWORD exitCode = 0;
            std::string output = RunChild(allocator, workload, exitCode);
            size_t at = output.find("result ");
            if (exitCode != 0 || at == std::string::npos) {
                printf("%-18s %-18s failed (exit code %lu): %s", workload.name, allocator.c_str(),
                       static_cast<unsigned long>(exitCode), output.c_str());
                ++failures;
                continue;
            }
            std::string line = output.substr(at);
            if (allocator == "memorypool")
                options = Field(line, "options");
            if (freeBefore.empty())
                freeBefore = Field(line, "largest_free_before");
            printf("%-18s %-18s %8.2f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f\n", workload.name, allocator.c_str(),
                   atof(Field(line, "seconds").c_str()), MibField(line, "requested"), MibField(line, "peak_committed"),
                   MibField(line, "peak_reserved"), MibField(line, "committed_after_shrink"),
                   MibField(line, "reserved_after_shrink"), MibField(line, "largest_free_after_shrink"));
            fflush(stdout);
        }
    }
    printf("requested = peak bytes the workload held; committed, reserved = peaks; after: = after the shrink phase,"
           " free = largest free block of the address space\n");
    printf("largest free block before the allocator loaded: %.1f MiB\n", Mib(atoll(freeBefore.c_str())));
    printf("jemalloc options in force: %s\n", options.empty() ? "(no memorypool row)" : options.c_str());
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    // --jemalloc-conf=<options>: the children run with JE_MALLOC_CONF=<options>, which jemalloc reads at its start and
    // which overrides the options baked into jemalloc.dll.
    const char confOption[] = "--jemalloc-conf=";
    if (argc > 1 && strncmp(argv[1], confOption, sizeof confOption - 1) == 0) {
        SetEnvironmentVariableA("JE_MALLOC_CONF", argv[1] + sizeof confOption - 1);
        printf("JE_MALLOC_CONF=%s\n", argv[1] + sizeof confOption - 1);
        --argc;
        ++argv;
    }
    bool knownAllocator = false;
    for (const char* allocator : kAllocators)
        knownAllocator |= argc > 1 && strcmp(argv[1], allocator) == 0;
    if (argc == 1 || (argc == 2 && knownAllocator))
        return RunTable(argc == 2 ? argv[1] : nullptr);
    const Workload* workload = argc == 3 && knownAllocator ? FindWorkload(argv[2]) : nullptr;
    if (!workload) {
        printf("usage: footprint.exe [--jemalloc-conf=<options>] [<allocator> [<workload>]]\n"
               "  allocators: memorypool, memorypool-system, crt, mimalloc\n"
               "  workloads: small-threads, realloc-growth, producer-consumer, grow-shrink\n");
        return 2;
    }
    return RunCell(argv[1], *workload);
}
