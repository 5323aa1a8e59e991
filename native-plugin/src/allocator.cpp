// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
#include "allocator.h"

#include <cstdio>
#include <string>
#include <vector>

#include <windows.h>

#include "jemalloc_arenas.h"
#include "jemalloc_loader.h"
#include "jemalloc_options.h"
#include "jemalloc_stats.h"
#include "log.h"
#include "paths.h"
#include "system_heap.h"

namespace {

// ---- Stubs in place until the choice: choose, then call the chosen function ----

void ChooseOnFirstUse();

void* MallocOnFirstUse(size_t size)
{
    ChooseOnFirstUse();
    return Active(g_active.malloc)(size);
}

// free(NULL) is a no-op and must not trigger the choice.
void FreeOnFirstUse(void* ptr)
{
    if (!ptr)
        return;
    ChooseOnFirstUse();
    Active(g_active.free)(ptr);
}

void* CallocOnFirstUse(size_t count, size_t size)
{
    ChooseOnFirstUse();
    return Active(g_active.calloc)(count, size);
}

void* ReallocOnFirstUse(void* ptr, size_t size)
{
    ChooseOnFirstUse();
    return Active(g_active.realloc)(ptr, size);
}

size_t UsableSizeOnFirstUse(void* ptr)
{
    ChooseOnFirstUse();
    return Active(g_active.usableSize)(ptr);
}

} // namespace

// Constant-initialized: no constructor runs under the loader lock.
ActiveFunctions g_active{{MallocOnFirstUse}, {FreeOnFirstUse}, {CallocOnFirstUse}, {ReallocOnFirstUse},
                         {UsableSizeOnFirstUse}};

namespace {

INIT_ONCE g_once = INIT_ONCE_STATIC_INIT;
std::atomic<bool> g_ready{false};
std::atomic<bool> g_editor{false};
MemoryPoolAllocator g_kind = MEMORYPOOL_ALLOCATOR_NONE;  // written once, before g_ready
JemallocApi g_je{};
char g_status[256] = "not initialized";

struct ChooseRequest {
    const char* trigger;
    bool ran;  // set when this request performed the choice
};

void Publish(void* (*malloc)(size_t), void (*free)(void*), void* (*calloc)(size_t, size_t),
             void* (*realloc)(void*, size_t), size_t (*usableSize)(void*))
{
    g_active.malloc.store(malloc, std::memory_order_release);
    g_active.free.store(free, std::memory_order_release);
    g_active.calloc.store(calloc, std::memory_order_release);
    g_active.realloc.store(realloc, std::memory_order_release);
    g_active.usableSize.store(usableSize, std::memory_order_release);
}

void UseSystem(const std::string& reason)
{
    InitSystemHeap();
    Publish(SystemMalloc, SystemFree, SystemCalloc, SystemRealloc, SystemUsableSize);
    g_kind = MEMORYPOOL_ALLOCATOR_SYSTEM;
    snprintf(g_status, sizeof g_status, "system fallback (%s)", reason.c_str());
}

void UseJemalloc(const JemallocApi& api, const std::wstring& path)
{
    g_je = api;
    Publish(api.malloc, api.free, api.calloc, api.realloc, api.malloc_usable_size);
    g_kind = MEMORYPOOL_ALLOCATOR_JEMALLOC;
    snprintf(g_status, sizeof g_status, "jemalloc");

    const char* version = nullptr;
    size_t len = sizeof version;
    if (api.mallctl("version", &version, &len, nullptr, 0) == 0 && version)
        Log("jemalloc %s loaded from %s", version, ToUtf8(path).c_str());
    else
        Log("jemalloc loaded from %s", ToUtf8(path).c_str());
    std::string options = DescribeJemallocOptions(api);
    Log("jemalloc options: %s", options.empty() ? "(none readable)" : options.c_str());
    SetUpJemallocArenas(api);
    MemoryPoolStats probe{};
    if (!ReadJemallocStats(api, probe))
        Log("jemalloc statistics unavailable (--disable-stats, or not jemalloc 5?); MemoryPoolGetStats reports zeros");
}

// jemalloc initializes while it is loaded (its DLL constructor) and, when that fails, answers every call with NULL
// but stays loaded. Its first allocation tells; the likely cause in a game is that every thread-local storage slot
// is taken (jemalloc needs one, the process has 1088).
bool JemallocStarted(const JemallocApi& api, std::string& reason)
{
    void* probe = api.malloc(1);
    if (probe) {
        api.free(probe);
        return true;
    }
    DWORD slot = TlsAlloc();
    if (slot == TLS_OUT_OF_INDEXES) {
        reason = "jemalloc.dll could not start: no thread-local storage slot left (TlsAlloc failed)";
    } else {
        TlsFree(slot);
        reason = "jemalloc.dll could not start: its first allocation failed";
    }
    return false;
}

BOOL CALLBACK Choose(PINIT_ONCE, PVOID parameter, PVOID*)
{
    ChooseRequest* request = static_cast<ChooseRequest*>(parameter);
    request->ran = true;
    Log("Choosing allocator (trigger: %s)", request->trigger);

    std::string reason;
    std::vector<std::wstring> candidates;
    if (g_editor.load())
        reason = "editor: jemalloc is used in the game only";
    else if ((candidates = JemallocCandidates()).empty())
        reason = "game folder unknown, GetModuleFileNameW failed";
    // A file that is refused does not stop the search: the next place may hold a good one.
    for (size_t i = 0; i < candidates.size() && g_kind != MEMORYPOOL_ALLOCATOR_JEMALLOC; i++) {
        JemallocApi api{};
        std::string why;
        JemallocLoad load = LoadJemalloc(candidates[i], api, why);
        if (load == JemallocLoad::Loaded && !JemallocStarted(api, why))
            load = JemallocLoad::Refused;
        switch (load) {
        case JemallocLoad::Loaded:
            UseJemalloc(api, candidates[i]);
            break;
        case JemallocLoad::Refused:
            // The status names the first file that exists and was refused; the log names each.
            Log("Not using %s: %s", ToUtf8(candidates[i]).c_str(), why.c_str());
            if (reason.empty())
                reason = why;
            break;
        case JemallocLoad::Missing:
            break;
        }
    }
    if (reason.empty() && g_kind != MEMORYPOOL_ALLOCATOR_JEMALLOC)
        reason = "jemalloc.dll missing";

    if (g_kind != MEMORYPOOL_ALLOCATOR_JEMALLOC)
        UseSystem(reason);
    // The one line a reader of the log looks for; its text equals GetMemoryPoolStatus().
    Log("Allocator: %s", g_status);
    g_ready.store(true, std::memory_order_release);
    return TRUE;
}

bool Run(ChooseRequest& request)
{
    // InitOnceExecuteOnce blocks concurrent callers until the first one finished choosing.
    InitOnceExecuteOnce(&g_once, Choose, &request, nullptr);
    return request.ran;
}

void ChooseOnFirstUse()
{
    ChooseRequest request{"first allocation", false};
    Run(request);
}

} // namespace

void SetEditorMode(bool editor)
{
    g_editor.store(editor);
}

void ChooseAllocator(const char* trigger)
{
    ChooseRequest request{trigger, false};
    if (!Run(request))
        Log("%s: allocator already chosen, keeping it: %s", trigger, g_status);
}

MemoryPoolAllocator CurrentAllocator()
{
    return g_ready.load(std::memory_order_acquire) ? g_kind : MEMORYPOOL_ALLOCATOR_NONE;
}

const char* AllocatorStatus()
{
    return g_ready.load(std::memory_order_acquire) ? g_status : "not initialized";
}

void ReadAllocatorStats(MemoryPoolStats& stats)
{
    switch (CurrentAllocator()) {
    case MEMORYPOOL_ALLOCATOR_JEMALLOC:
        ReadJemallocStats(g_je, stats);
        break;
    case MEMORYPOOL_ALLOCATOR_SYSTEM:
        ReadSystemHeapStats(stats);
        break;
    default:
        break;
    }
}
