// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// Loads jemalloc.dll by full path after validating it, and resolves the je_ functions MemoryPool needs.
#pragma once

#include <cstddef>
#include <string>

// jemalloc's Windows build exports je_-prefixed names; all cdecl.
struct JemallocApi {
    void* (*malloc)(size_t size);
    void (*free)(void* ptr);
    void* (*calloc)(size_t count, size_t size);
    void* (*realloc)(void* ptr, size_t size);
    size_t (*malloc_usable_size)(void* ptr);
    int (*mallctl)(const char* name, void* oldp, size_t* oldlenp, void* newp, size_t newlen);
    // Exported only by the jemalloc.dll the SDK builds (jemalloc/patches/fixes-marker.patch): the names of its fixes
    // to jemalloc 5.3.0. nullptr for any other build.
    const char* sdkFixes;
};

enum class JemallocLoad {
    Loaded,   // api filled; the DLL stays loaded for the life of the process (its blocks may be freed at any time)
    Missing,  // no file at that path
    Refused   // the file failed a check or did not load; nothing stays loaded
};

// Checks and loads the DLL at dllPath. Unless Loaded, reason says why, e.g. "jemalloc.dll missing" or
// "jemalloc.dll lacks symbol je_free".
JemallocLoad LoadJemalloc(const std::wstring& dllPath, JemallocApi& api, std::string& reason);
