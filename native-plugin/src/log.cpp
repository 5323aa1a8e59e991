// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
#include "log.h"

#include <cstdarg>
#include <cstdio>
#include <string>

#include <windows.h>

#include "paths.h"

namespace {

// Constant-initialized: no constructor runs under the loader lock.
SRWLOCK g_lock = SRWLOCK_INIT;
HANDLE g_file = INVALID_HANDLE_VALUE;
bool g_opened = false;  // open attempted; never retried, so an unwritable log costs nothing per line

void OpenOnce()
{
    g_opened = true;
    std::wstring folder = ExeFolder();
    if (folder.empty())
        return;
    std::wstring path = folder + L"MemoryPoolNVSE.log";
    // Share read/write so the IDE view (or a text editor) can read it while the game runs.
    g_file = CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                         CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
}

} // namespace

void Log(const char* format, ...)
{
    SYSTEMTIME now;
    GetLocalTime(&now);
    char line[1024];
    int len = snprintf(line, sizeof line, "[%04u-%02u-%02u %02u:%02u:%02u] MemoryPoolNVSE: ",
                       now.wYear, now.wMonth, now.wDay, now.wHour, now.wMinute, now.wSecond);
    va_list args;
    va_start(args, format);
    int text = vsnprintf(line + len, sizeof line - len - 2, format, args);
    va_end(args);
    // vsnprintf truncates long text; cap len at what is really in the buffer.
    len += text < 0 ? 0 : (text < int(sizeof line - len - 2) ? text : int(sizeof line - len - 3));
    line[len++] = '\r';
    line[len++] = '\n';

    AcquireSRWLockExclusive(&g_lock);
    if (!g_opened)
        OpenOnce();
    if (g_file != INVALID_HANDLE_VALUE) {
        DWORD written;
        // Unbuffered: the line survives a crash of the game right after it.
        WriteFile(g_file, line, static_cast<DWORD>(len), &written, nullptr);
    }
    ReleaseSRWLockExclusive(&g_lock);
}
