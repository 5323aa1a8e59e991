#include "Log.h"

#include <cstdarg>
#include <cstdio>
#include <cwchar>

#include <windows.h>

namespace {

const wchar_t kFileName[] = L"GenVersion.log";

// Constant-initialized: nothing runs when the DLL is loaded (under the loader lock).
SRWLOCK g_lock = SRWLOCK_INIT;
HANDLE g_file = INVALID_HANDLE_VALUE;
bool g_opened = false; // opening is tried once: an unwritable log costs nothing per line

void OpenOnce()
{
    g_opened = true;
    wchar_t path[MAX_PATH + sizeof kFileName / sizeof kFileName[0]];
    DWORD len = GetModuleFileNameW(nullptr, path, MAX_PATH);
    if (len == 0 || len >= MAX_PATH)
        return; // failed, or truncated: a game folder that deep gets no log
    wchar_t* slash = wcsrchr(path, L'\\');
    if (!slash)
        return;
    wcscpy(slash + 1, kFileName);
    // Shared for reading, so the log can be watched while the game runs.
    g_file = CreateFileW(path, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, CREATE_ALWAYS,
                         FILE_ATTRIBUTE_NORMAL, nullptr);
}

} // namespace

void Log(const char* format, ...)
{
    SYSTEMTIME now;
    GetLocalTime(&now);
    char line[1024];
    int len = snprintf(line, sizeof line, "[%04u-%02u-%02u %02u:%02u:%02u] ", now.wYear, now.wMonth, now.wDay,
                       now.wHour, now.wMinute, now.wSecond);
    va_list args;
    va_start(args, format);
    int text = vsnprintf(line + len, sizeof line - len - 2, format, args);
    va_end(args);
    // vsnprintf truncates long text and returns the untruncated length: count only what is in the buffer.
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
