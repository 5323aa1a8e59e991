// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
#include "jemalloc_arenas.h"

#include <cstdio>

#include "log.h"
#include "out_of_memory.h"

namespace {

// jemalloc 5's extent_hooks_t (include/jemalloc/jemalloc_typedefs.h): the functions an arena maps, unmaps, commits,
// purges, splits and merges its memory with; each gets the hooks themselves first and the arena's index last.
struct ExtentHooks {
    void* (*alloc)(ExtentHooks*, void* address, size_t size, size_t alignment, bool* zero, bool* commit, unsigned arena);
    bool (*dalloc)(ExtentHooks*, void*, size_t, bool, unsigned);
    void (*destroy)(ExtentHooks*, void*, size_t, bool, unsigned);
    bool (*commit)(ExtentHooks*, void*, size_t, size_t, size_t, unsigned);
    bool (*decommit)(ExtentHooks*, void*, size_t, size_t, size_t, unsigned);
    bool (*purgeLazy)(ExtentHooks*, void*, size_t, size_t, size_t, unsigned);
    bool (*purgeForced)(ExtentHooks*, void*, size_t, size_t, size_t, unsigned);
    bool (*split)(ExtentHooks*, void*, size_t, size_t, size_t, bool, unsigned);
    bool (*merge)(ExtentHooks*, void*, size_t, void*, size_t, bool, unsigned);
};

constexpr unsigned kMostArenasMadeAtOnce = 4;

ExtentHooks* g_defaults = nullptr;  // jemalloc's own, read from arena 0
ExtentHooks g_hooks{};              // g_defaults' functions but alloc

// Runs only when an arena maps new memory, never on the allocator's fast path. A request for a given address is
// jemalloc trying to grow a block in place, which fails whenever the pages after it are taken: not a shortage.
void* AllocNoting(ExtentHooks*, void* address, size_t size, size_t alignment, bool* zero, bool* commit, unsigned arena)
{
    void* memory = g_defaults->alloc(g_defaults, address, size, alignment, zero, commit, arena);
    if (!memory && !address)
        NoteOutOfMemory("jemalloc", size);
    return memory;
}

bool InstallHooks(const JemallocApi& je, unsigned arena)
{
    char name[48];
    snprintf(name, sizeof name, "arena.%u.extent_hooks", arena);
    ExtentHooks* hooks = &g_hooks;
    return je.mallctl(name, nullptr, nullptr, &hooks, sizeof hooks) == 0;
}

} // namespace

void SetUpJemallocArenas(const JemallocApi& je)
{
    // Hooks on arena 0 need the SDK's fix to jemalloc (ehooks-first-call.patch): without it a thread's first call can
    // recurse until its stack overflows.
    if (!je.sdkFixes) {
        Log("jemalloc.dll is not the SDK's build (it lacks je_memorypool_fixes): used as it is, and running out of "
            "memory is not logged");
        return;
    }
    unsigned arenas = 0;
    size_t oversize = 0;
    size_t len = sizeof arenas, oversizeLen = sizeof oversize;
    ExtentHooks* defaults = nullptr;
    size_t hooksLen = sizeof defaults;
    if (je.mallctl("opt.narenas", &arenas, &len, nullptr, 0) != 0 ||
        je.mallctl("opt.oversize_threshold", &oversize, &oversizeLen, nullptr, 0) != 0 ||
        je.mallctl("arena.0.extent_hooks", &defaults, &hooksLen, nullptr, 0) != 0 || !defaults || !defaults->alloc) {
        Log("jemalloc arenas left as they are: this jemalloc.dll does not let their extent hooks be read");
        return;
    }
    g_defaults = defaults;
    g_hooks = *defaults;
    g_hooks.alloc = AllocNoting;
    // Each arena holds a 2 MiB block of jemalloc's own data from its creation: made at once only for the few arenas
    // of the runtime's own options, not for the dozens a jemalloc.dll built with jemalloc's defaults may run.
    if (arenas > kMostArenasMadeAtOnce) {
        Log("jemalloc runs %u arenas (the options of this jemalloc.dll): only arena 0 notes running out of memory",
            arenas);
        InstallHooks(je, 0);
        return;
    }
    for (unsigned arena = 0; arena < arenas; ++arena) {
        if (!InstallHooks(je, arena)) {
            Log("jemalloc arena %u of %u could not be set up; running out of memory may not be logged", arena, arenas);
            return;
        }
    }
    // Blocks of oversize_threshold bytes and more come from one more arena, made at their first allocation: one
    // such block, given back at once, makes it now.
    if (oversize > 0) {
        je.free(je.malloc(oversize));
        if (!InstallHooks(je, arenas))
            Log("jemalloc's arena for blocks of %lu bytes and more could not be set up", static_cast<unsigned long>(oversize));
    }
}
