#include "allocator.h"

#include <cstdio>
#include <string>

#include <windows.h>

#include "jemalloc_loader.h"
#include "log.h"
#include "paths.h"
#include "system_heap.h"

namespace allocator_detail {
std::atomic<bool> g_ready{false};
Backend g_backend{};
} // namespace allocator_detail

namespace {

using allocator_detail::g_backend;
using allocator_detail::g_ready;

INIT_ONCE g_once = INIT_ONCE_STATIC_INIT;
std::atomic<bool> g_editor{false};
MemoryPoolAllocator g_kind = MEMORYPOOL_ALLOCATOR_NONE;  // written once, before g_ready
JemallocApi g_je{};
char g_status[256] = "not initialized";

struct ChooseRequest {
    const char* trigger;
    bool ran;  // set when this request performed the choice
};

void UseSystem(const std::string& reason)
{
    InitSystemHeap();
    g_backend = Backend{SystemMalloc, SystemFree, SystemCalloc, SystemRealloc, SystemUsableSize};
    g_kind = MEMORYPOOL_ALLOCATOR_SYSTEM;
    snprintf(g_status, sizeof g_status, "system fallback (%s)", reason.c_str());
}

void UseJemalloc(const JemallocApi& api)
{
    g_je = api;
    g_backend = Backend{api.malloc, api.free, api.calloc, api.realloc, api.malloc_usable_size};
    g_kind = MEMORYPOOL_ALLOCATOR_JEMALLOC;
    snprintf(g_status, sizeof g_status, "jemalloc");

    const char* version = nullptr;
    size_t len = sizeof version;
    if (api.mallctl("version", &version, &len, nullptr, 0) == 0 && version)
        Log("jemalloc %s loaded", version);
    uint64_t allocated, active;
    if (!JemallocProcessStats(allocated, active))
        Log("jemalloc statistics unavailable (built with --disable-stats?); stats report counters only");
}

BOOL CALLBACK Choose(PINIT_ONCE, PVOID parameter, PVOID*)
{
    ChooseRequest* request = static_cast<ChooseRequest*>(parameter);
    request->ran = true;
    Log("Choosing allocator (trigger: %s)", request->trigger);

    std::string reason;
    JemallocApi api{};
    std::wstring folder = ExeFolder();
    if (g_editor.load())
        reason = "editor: jemalloc is used in the game only";
    else if (folder.empty())
        reason = "game folder unknown, GetModuleFileNameW failed";
    else if (LoadJemalloc(folder + L"jemalloc.dll", api, reason))
        UseJemalloc(api);

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

} // namespace

const Backend& allocator_detail::ChooseOnFirstUse()
{
    ChooseRequest request{"first allocation", false};
    Run(request);
    return g_backend;
}

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

bool JemallocProcessStats(uint64_t& allocated, uint64_t& active)
{
    if (g_kind != MEMORYPOOL_ALLOCATOR_JEMALLOC)
        return false;
    // jemalloc caches its statistics; writing "epoch" refreshes them.
    uint64_t epoch = 1;
    size_t len = sizeof epoch;
    if (g_je.mallctl("epoch", &epoch, &len, &epoch, len) != 0)
        return false;
    size_t value = 0;
    len = sizeof value;
    if (g_je.mallctl("stats.allocated", &value, &len, nullptr, 0) != 0)
        return false;
    allocated = value;
    len = sizeof value;
    if (g_je.mallctl("stats.active", &value, &len, nullptr, 0) != 0)
        return false;
    active = value;
    return true;
}
