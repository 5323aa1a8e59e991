// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
#include "jemalloc_loader.h"

#include <cstdio>

#include <windows.h>

#include "log.h"
#include "paths.h"
#include "pe_check.h"

namespace {

template <typename Fn>
bool Resolve(HMODULE module, const char* name, Fn& fn, std::string& reason)
{
    FARPROC proc = GetProcAddress(module, name);
    if (!proc) {
        reason = std::string("jemalloc.dll lacks symbol ") + name;
        return false;
    }
    fn = reinterpret_cast<Fn>(reinterpret_cast<void*>(proc));
    return true;
}

} // namespace

JemallocLoad LoadJemalloc(const std::wstring& dllPath, JemallocApi& api, std::string& reason)
{
    Log("Checking %s", ToUtf8(dllPath).c_str());
    PeCheckResult check = CheckPe32I386Dll(dllPath);
    if (check.status != PeCheck::Ok) {
        reason = "jemalloc.dll " + check.reason;
        return check.status == PeCheck::Missing ? JemallocLoad::Missing : JemallocLoad::Refused;
    }

    // Full path + altered search path: no same-named DLL elsewhere on the search path can win, and
    // jemalloc's own dependencies are looked up next to it.
    HMODULE module = LoadLibraryExW(dllPath.c_str(), nullptr, LOAD_WITH_ALTERED_SEARCH_PATH);
    if (!module) {
        char text[64];
        snprintf(text, sizeof text, "LoadLibrary of jemalloc.dll failed (error %lu)",
                 static_cast<unsigned long>(GetLastError()));
        reason = text;
        return JemallocLoad::Refused;
    }

    JemallocApi found{};
    if (!Resolve(module, "je_malloc", found.malloc, reason) || !Resolve(module, "je_free", found.free, reason) ||
        !Resolve(module, "je_calloc", found.calloc, reason) ||
        !Resolve(module, "je_realloc", found.realloc, reason) ||
        !Resolve(module, "je_malloc_usable_size", found.malloc_usable_size, reason) ||
        !Resolve(module, "je_mallctl", found.mallctl, reason)) {
        // Nothing was allocated from it yet, so unloading is safe here (and only here).
        FreeLibrary(module);
        return JemallocLoad::Refused;
    }
    found.sdkFixes = reinterpret_cast<const char*>(GetProcAddress(module, "je_memorypool_fixes"));
    api = found;
    return JemallocLoad::Loaded;
}
