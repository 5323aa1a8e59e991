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
};

// On success fills api and returns true; the DLL then stays loaded for the life of the process (blocks it
// handed out may be freed at any time, even during shutdown). On failure returns false with a reason such as
// "jemalloc.dll missing" or "jemalloc.dll lacks symbol je_free", and nothing stays loaded.
bool LoadJemalloc(const std::wstring& dllPath, JemallocApi& api, std::string& reason);
