// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// host_checks.h - the test hosts' output: one line per check, "ok <check>" or "FAIL <check>: <detail>", lines
// starting with "#" are information only, and last "<N> passed, <M> failed" (Summary). Shared by nvse_host.cpp
// and plugin_host.cpp; each host is a single translation unit.
#pragma once

#include <cstdarg>
#include <cstdio>
#include <string>

inline int g_passed = 0;
inline int g_failed = 0;

inline void Check(const char* name, bool condition, const char* format = "", ...) __attribute__((format(printf, 3, 4)));

inline void Check(const char* name, bool condition, const char* format, ...)
{
    if (condition) {
        ++g_passed;
        printf("ok %s\n", name);
    } else {
        ++g_failed;
        char detail[512];
        va_list args;
        va_start(args, format);
        vsnprintf(detail, sizeof detail, format, args);
        va_end(args);
        printf("FAIL %s: %s\n", name, detail);
    }
    fflush(stdout);
}

inline bool Contains(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

// Prints the summary line; the exit code: 0 only when at least one check ran and none failed.
inline int Summary()
{
    printf("%d passed, %d failed\n", g_passed, g_failed);
    fflush(stdout);
    return g_failed == 0 && g_passed > 0 ? 0 : 1;
}
