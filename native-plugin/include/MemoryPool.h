// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/*
 * MemoryPool.h - public API of MemoryPoolNVSE, the jemalloc-backed memory allocator plugin for
 * Fallout: New Vegas (xNVSE). This file is the one description of the API; C and C++.
 *
 * Getting the functions (from another NVSE plugin, at kMessage_PostLoad or later):
 *     HMODULE mp = GetModuleHandleW(L"MemoryPoolNVSE.dll");
 *     void* (MEMORYPOOL_CALL *poolMalloc)(size_t) =
 *         (void* (MEMORYPOOL_CALL *)(size_t))GetProcAddress(mp, "MemoryPoolMalloc");
 * All functions are exported extern "C", cdecl, with undecorated names (MemoryPoolNVSE.def). Do not link
 * with an import library: the plugin lives in Data/NVSE/Plugins/, which is not on the DLL search path.
 *
 * Allocator selection: the allocator is chosen ONCE per process - at NVSE's kMessage_PostPostLoad or at the
 * first allocation, whichever comes first - and never changes afterwards, so a block is always released by
 * the allocator that made it. jemalloc.dll is loaded by full path, only after checking that it is a PE32 i386
 * DLL exporting every je_ function needed, from the first of these folders that holds one that passes:
 *   1. beside MemoryPoolNVSE.dll (Data/NVSE/Plugins/; where a Mod Organizer 2 mod puts it, since a mod cannot place
 *      files next to the EXE; NVSE itself skips it there, as it exports no NVSE entry points);
 *   2. the folder of the game EXE (next to FalloutNV.exe).
 * The log names the file used ("jemalloc <version> loaded from <path>") and each file refused ("Not using <path>:
 * <reason>"). Otherwise the plugin falls back to the system allocator: a private Win32 heap (HeapCreate/HeapAlloc),
 * separate from the game's CRT heap. jemalloc.dll is never unloaded, not even at kMessage_ExitGame: blocks
 * may still be freed during shutdown.
 *
 * jemalloc.dll starts when it is loaded and needs one thread-local storage (TLS) slot of the process's 1088; when
 * other mods have taken them all, it cannot start and the plugin falls back to the system allocator with the status
 * "system fallback (jemalloc.dll could not start: no thread-local storage slot left (TlsAlloc failed))". The runtime
 * takes no TLS slot of its own with jemalloc; the fallback takes one TLS and one FLS slot for its counters, and counts
 * in one shared place when there are none. jemalloc runs with options tuned for a 32-bit game, baked into the
 * jemalloc.dll the SDK builds (native-plugin/jemalloc/malloc.conf says each and why); the log names the options in
 * force ("jemalloc options: ...").
 *
 * Out of memory (the game's address space exhausted): every function returns NULL (MemoryPoolRealloc leaving the
 * block untouched), and the log says "Out of memory: ..." once per run; calls succeed again once memory has been
 * freed. A thread whose first call comes then works without jemalloc's thread cache for the rest of its life, its
 * per-thread record one of 8 spares in the SDK's jemalloc.dll. One case still ends the game, inside jemalloc: more than 8
 * threads making their very first call at the same time while nothing is left ("<jemalloc>: Error allocating TSD").
 *
 * Editor (GECK): the plugin loads (editorVersion must be >= 1.4.0.518) so that mods calling this API keep
 * working in the editor, but always uses the system fallback there and never loads jemalloc.dll: the editor
 * gains nothing from it and stays on the allocator it is tested with.
 *
 * Log: MemoryPoolNVSE.log in the game EXE's folder, rewritten at each start; lines
 * "[YYYY-MM-DD HH:MM:SS] MemoryPoolNVSE: <text>". The selection result is one line
 * "Allocator: <status>" where <status> is exactly what GetMemoryPoolStatus() returns afterwards.
 *
 * Doc-comment format (parsed by the SDK's IDE view): a block opened with slash-star-star directly precedes
 * each function declaration, and only function declarations. It holds a summary sentence, then one tag per
 * line: @param <name> <text>, @return <text>, @ownership <text>, @threadsafety <text>, @since <x.y.z>.
 * A line without a tag continues the previous tag's text. Other comments use a single star.
 */
#ifndef MEMORYPOOL_H
#define MEMORYPOOL_H

#include <stddef.h>
/* windres reads only the version macros below (src/version.rc makes the DLL's version resource from them). */
#ifndef RC_INVOKED
#include <stdint.h>
#ifndef __cplusplus
#include <stdbool.h>
#endif
#endif

/* Version of this API: 1 = the original MemoryPoolMalloc/MemoryPoolFree/GetMemoryPoolStatus;
 * 2 = adds MemoryPoolCalloc, MemoryPoolRealloc, MemoryPoolUsableSize and MemoryPoolGetStats. */
#define MEMORYPOOL_API_VERSION 2

/* Version of the plugin DLL, also reported to NVSE in PluginInfo.version as (major << 16 | minor << 8 | patch). */
#define MEMORYPOOL_PLUGIN_VERSION_MAJOR 2
#define MEMORYPOOL_PLUGIN_VERSION_MINOR 0
#define MEMORYPOOL_PLUGIN_VERSION_PATCH 0
#define MEMORYPOOL_PLUGIN_VERSION \
    ((MEMORYPOOL_PLUGIN_VERSION_MAJOR << 16) | (MEMORYPOOL_PLUGIN_VERSION_MINOR << 8) | MEMORYPOOL_PLUGIN_VERSION_PATCH)
#define MEMORYPOOL_PLUGIN_VERSION_STRING "2.0.0"

#ifndef RC_INVOKED

/* Declaration decorations. MEMORYPOOL_API is empty (exports come from the .def file); define it before
 * including this header if you need something else. */
#ifndef MEMORYPOOL_API
#define MEMORYPOOL_API
#endif
#if defined(_WIN32)
#define MEMORYPOOL_CALL __cdecl
#else
#define MEMORYPOOL_CALL
#endif

/* Allocator in use, MemoryPoolStats.allocator. */
typedef enum MemoryPoolAllocator {
    MEMORYPOOL_ALLOCATOR_NONE     = 0,   /* not chosen yet (before PostPostLoad and first allocation) */
    MEMORYPOOL_ALLOCATOR_JEMALLOC = 1,
    MEMORYPOOL_ALLOCATOR_SYSTEM   = 2    /* fallback: private Win32 heap */
} MemoryPoolAllocator;

/* Statistics snapshot filled by MemoryPoolGetStats. Set size to sizeof(MemoryPoolStats) before the call;
 * newer plugin versions only append fields, so an older caller's smaller struct stays valid. Under concurrent
 * use the figures are a near, not an atomic, snapshot.
 *
 * What they count depends on the allocator, because with jemalloc the plugin keeps no books of its own
 * (counting each call would cost about as much as the allocation):
 * - System fallback: the plugin counts every call of this API.
 * - jemalloc: every figure is jemalloc's own statistics (mallctl, refreshed via "epoch"). They cover all
 *   blocks of the jemalloc.dll instance the plugin loaded - the blocks of this API, plus those of any other
 *   code in the process that calls the je_ functions of that same module (for instance a mod that loads
 *   jemalloc.dll by name from the game folder). allocations and frees are jemalloc's arena counts: per-thread
 *   caches take and return blocks in batches, so the counts grow in steps, include jemalloc's own per-thread
 *   structures, and count blocks cached by a thread as allocated. MemoryPoolGetStats flushes the calling
 *   thread's cache, so allocations - frees follows the caller's own allocations and frees exactly.
 *   Reallocations are not counted. bytesOutstanding is exact (cached blocks and jemalloc's structures are
 *   subtracted). */
typedef struct MemoryPoolStats {
    uint32_t size;             /* in: sizeof(MemoryPoolStats) of the caller */
    uint32_t allocator;        /* MemoryPoolAllocator */
    uint64_t allocations;      /* system: blocks handed out (malloc, calloc, realloc(NULL, n));
                                  jemalloc: "stats.arenas.<all>.small.nmalloc" + "large.nmalloc" */
    uint64_t frees;            /* system: blocks released (free(non-NULL), realloc(p, 0));
                                  jemalloc: "stats.arenas.<all>.small.ndalloc" + "large.ndalloc" */
    uint64_t reallocations;    /* system: successful realloc(p, n) with p != NULL and n != 0; jemalloc: 0 */
    uint64_t bytesOutstanding; /* usable bytes of live blocks; jemalloc: "stats.allocated" minus
                                  "stats.arenas.<all>.tcache_bytes" and "stats.arenas.<all>.internal" */
    uint64_t bytesAllocated;   /* jemalloc: "stats.allocated" (cached blocks included); system: bytesOutstanding */
    uint64_t bytesActive;      /* jemalloc: "stats.active" (bytes of active pages); system: bytesOutstanding */
} MemoryPoolStats;

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocates a block of at least size bytes, aligned for any fundamental type (8 bytes on x86).
 * @param size Number of bytes; 0 returns a unique minimal block that must still be freed.
 * @return The block, or NULL when out of memory.
 * @ownership The caller owns the block and must release it with MemoryPoolFree or MemoryPoolRealloc,
 * never with free(), delete or another allocator.
 * @threadsafety Thread-safe. The first call may choose the allocator (one-time, serialized initialization).
 * @since 1.0.0
 */
MEMORYPOOL_API void* MEMORYPOOL_CALL MemoryPoolMalloc(size_t size);

/**
 * Releases a block obtained from this API.
 * @param ptr The block; NULL is a no-op. Passing a pointer not from this API corrupts memory.
 * @return Nothing.
 * @ownership Takes ownership of ptr back; the block must not be used afterwards.
 * @threadsafety Thread-safe; any thread may free a block allocated on another thread.
 * @since 1.0.0
 */
MEMORYPOOL_API void MEMORYPOOL_CALL MemoryPoolFree(void* ptr);

/**
 * Describes the allocator in use: "jemalloc", "system fallback (<reason>)" or, before the choice is made,
 * "not initialized".
 * @return A NUL-terminated ASCII string, never NULL.
 * @ownership The string is static and owned by the plugin; do not free or modify it. It stays valid for the
 * life of the process but may change from "not initialized" to the final status once.
 * @threadsafety Thread-safe. Does not trigger the allocator choice.
 * @since 1.0.0
 */
MEMORYPOOL_API const char* MEMORYPOOL_CALL GetMemoryPoolStatus(void);

/**
 * Allocates a zero-filled block for count elements of size bytes each.
 * @param count Number of elements.
 * @param size Size of one element; count * size == 0 returns a unique minimal block.
 * @return The zeroed block, or NULL when count * size overflows size_t or memory is exhausted.
 * @ownership The caller owns the block and releases it with MemoryPoolFree or MemoryPoolRealloc.
 * @threadsafety Thread-safe.
 * @since 2.0.0
 */
MEMORYPOOL_API void* MEMORYPOOL_CALL MemoryPoolCalloc(size_t count, size_t size);

/**
 * Resizes a block, keeping its contents up to the smaller of the old and new sizes.
 * @param ptr A block from this API, or NULL to behave like MemoryPoolMalloc(size).
 * @param size New size in bytes; 0 frees ptr and returns NULL.
 * @return The resized block (possibly moved), or NULL when size is 0 or memory is exhausted; on exhaustion
 * ptr is left untouched and still owned by the caller.
 * @ownership On success ownership moves from ptr to the returned block; ptr must not be used again.
 * @threadsafety Thread-safe.
 * @since 2.0.0
 */
MEMORYPOOL_API void* MEMORYPOOL_CALL MemoryPoolRealloc(void* ptr, size_t size);

/**
 * Returns the number of bytes actually usable in a block, which is at least the size requested.
 * @param ptr A live block from this API, or NULL.
 * @return The usable size, or 0 for NULL.
 * @ownership Ownership is unchanged.
 * @threadsafety Thread-safe as long as no other thread frees ptr concurrently.
 * @since 2.0.0
 */
MEMORYPOOL_API size_t MEMORYPOOL_CALL MemoryPoolUsableSize(void* ptr);

/**
 * Fills a statistics snapshot of the allocator in use; MemoryPoolStats says what each figure counts. With
 * jemalloc it first flushes the calling thread's cache of freed blocks and refreshes jemalloc's statistics.
 * @param out Struct to fill; out->size must be set by the caller, at least 8 (size and allocator fields).
 * Only the first out->size bytes are written; on return out->size holds the number of bytes filled
 * (at most sizeof(MemoryPoolStats)).
 * @return true when filled, false when out is NULL or out->size is smaller than 8.
 * @ownership The caller owns out; nothing is allocated.
 * @threadsafety Thread-safe. Does not trigger the allocator choice (allocator is MEMORYPOOL_ALLOCATOR_NONE
 * before it). With jemalloc it takes jemalloc's statistics lock and empties the caller's cache: call it now
 * and then, not per allocation.
 * @since 2.0.0
 */
MEMORYPOOL_API bool MEMORYPOOL_CALL MemoryPoolGetStats(MemoryPoolStats* out);

#ifdef __cplusplus
}
#endif

#endif /* RC_INVOKED */
#endif /* MEMORYPOOL_H */
