// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
#include "paths.h"

#include <windows.h>

namespace {

std::wstring ModuleFolder(HMODULE module)
{
    // GetModuleFileNameW truncates silently: grow the buffer until the name fits (long paths).
    std::wstring path(MAX_PATH, L'\0');
    for (;;) {
        DWORD len = GetModuleFileNameW(module, &path[0], static_cast<DWORD>(path.size()));
        if (len == 0)
            return std::wstring();
        if (len < path.size()) {
            path.resize(len);
            break;
        }
        path.resize(path.size() * 2);
    }
    size_t slash = path.find_last_of(L"\\/");
    return slash == std::wstring::npos ? std::wstring() : path.substr(0, slash + 1);
}

} // namespace

std::wstring ExeFolder()
{
    return ModuleFolder(nullptr);
}

std::wstring PluginFolder()
{
    HMODULE self = nullptr;
    if (!GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                            reinterpret_cast<LPCWSTR>(&PluginFolder), &self))
        return std::wstring();
    return ModuleFolder(self);
}

std::vector<std::wstring> JemallocCandidates()
{
    std::vector<std::wstring> candidates;
    std::wstring plugin = PluginFolder();
    std::wstring exe = ExeFolder();
    if (!plugin.empty())
        candidates.push_back(plugin + L"jemalloc.dll");
    // Windows paths compare without case (Wine's too).
    if (!exe.empty() && (plugin.empty() || CompareStringOrdinal(plugin.c_str(), -1, exe.c_str(), -1, TRUE) != CSTR_EQUAL))
        candidates.push_back(exe + L"jemalloc.dll");
    return candidates;
}

std::string ToUtf8(const std::wstring& text)
{
    if (text.empty())
        return std::string();
    int len = WideCharToMultiByte(CP_UTF8, 0, text.c_str(), static_cast<int>(text.size()), nullptr, 0, nullptr, nullptr);
    std::string out(len > 0 ? len : 0, '\0');
    if (len > 0)
        WideCharToMultiByte(CP_UTF8, 0, text.c_str(), static_cast<int>(text.size()), &out[0], len, nullptr, nullptr);
    return out;
}
