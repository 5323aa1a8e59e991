#include "MemoryPoolClient.h"

#include <cstdlib>

#include <windows.h>

#include "Log.h"
#include "MemoryPool.h"

namespace {

// The runtime's functions, typed from their declarations in MemoryPool.h.
using MallocFn = decltype(&MemoryPoolMalloc);
using FreeFn = decltype(&MemoryPoolFree);
using CallocFn = decltype(&MemoryPoolCalloc);
using ReallocFn = decltype(&MemoryPoolRealloc);
using StatusFn = decltype(&GetMemoryPoolStatus);

void* MEMORYPOOL_CALL CrtMalloc(size_t size)
{
    return malloc(size);
}

void MEMORYPOOL_CALL CrtFree(void* ptr)
{
    free(ptr);
}

void* MEMORYPOOL_CALL CrtCalloc(size_t count, size_t size)
{
    return calloc(count, size);
}

void* MEMORYPOOL_CALL CrtRealloc(void* ptr, size_t size)
{
    return realloc(ptr, size);
}

struct Allocator {
    MallocFn allocate;
    FreeFn release;
    CallocFn allocateZeroed;
    ReallocFn reallocate;
    StatusFn runtimeStatus; // null for the CRT
    const char* crtStatus;  // null for the runtime
};

// Written once, inside InitOnceExecuteOnce, which also publishes them to every thread; read-only afterwards.
INIT_ONCE g_once = INIT_ONCE_STATIC_INIT;
Allocator g_allocator = {};

template <typename Fn>
Fn Resolve(HMODULE module, const char* name)
{
    // Through void (*)(): converts GetProcAddress's FARPROC without a cast-function-type warning.
    return reinterpret_cast<Fn>(reinterpret_cast<void (*)()>(GetProcAddress(module, name)));
}

BOOL CALLBACK Choose(PINIT_ONCE, PVOID when, PVOID*)
{
    const char* crtStatus = "CRT malloc/free (MemoryPoolNVSE.dll is not loaded)";
    // Not LoadLibrary: NVSE loads the runtime from Data/NVSE/Plugins/ and never unloads it; the client only uses it.
    if (HMODULE runtime = GetModuleHandleA("MemoryPoolNVSE.dll")) {
        Allocator pool = {Resolve<MallocFn>(runtime, "MemoryPoolMalloc"), Resolve<FreeFn>(runtime, "MemoryPoolFree"),
                          Resolve<CallocFn>(runtime, "MemoryPoolCalloc"),
                          Resolve<ReallocFn>(runtime, "MemoryPoolRealloc"),
                          Resolve<StatusFn>(runtime, "GetMemoryPoolStatus"), nullptr};
        if (pool.allocate && pool.release && pool.allocateZeroed && pool.reallocate && pool.runtimeStatus) {
            g_allocator = pool;
            Log("Allocator: MemoryPoolNVSE.dll (the runtime says: %s), chosen at %s", pool.runtimeStatus(),
                static_cast<const char*>(when));
            return TRUE;
        }
        // API version 1 had no calloc and realloc; mixing its blocks with the CRT's would corrupt memory.
        crtStatus = "CRT malloc/free (MemoryPoolNVSE.dll lacks MemoryPoolCalloc or MemoryPoolRealloc: install"
                    " MemoryPool 2.0.0 or newer)";
    }
    g_allocator = {CrtMalloc, CrtFree, CrtCalloc, CrtRealloc, nullptr, crtStatus};
    Log("Allocator: %s, chosen at %s", crtStatus, static_cast<const char*>(when));
    return TRUE;
}

const Allocator& Chosen(const char* when)
{
    InitOnceExecuteOnce(&g_once, Choose, const_cast<char*>(when), nullptr);
    return g_allocator;
}

bool IsChosen()
{
    BOOL pending = FALSE;
    return InitOnceBeginInitialize(&g_once, INIT_ONCE_CHECK_ONLY, &pending, nullptr) && !pending;
}

} // namespace

void MemoryPoolClient::Init(const char* when)
{
    Chosen(when);
}

void* MemoryPoolClient::Alloc(std::size_t size)
{
    return Chosen("first use").allocate(size);
}

void MemoryPoolClient::Free(void* ptr)
{
    if (ptr)
        Chosen("first use").release(ptr);
}

void* MemoryPoolClient::Calloc(std::size_t count, std::size_t size)
{
    return Chosen("first use").allocateZeroed(count, size);
}

void* MemoryPoolClient::Realloc(void* ptr, std::size_t size)
{
    return Chosen("first use").reallocate(ptr, size);
}

bool MemoryPoolClient::UsesMemoryPool()
{
    return IsChosen() && g_allocator.runtimeStatus;
}

const char* MemoryPoolClient::Status()
{
    if (!IsChosen())
        return "not chosen yet";
    return g_allocator.runtimeStatus ? g_allocator.runtimeStatus() : g_allocator.crtStatus;
}
