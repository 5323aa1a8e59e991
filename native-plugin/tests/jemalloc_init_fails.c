// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/* A valid PE32 i386 DLL whose DllMain refuses to attach, so LoadLibrary fails (ERROR_DLL_INIT_FAILED)
 * although the header check passes. Installed as jemalloc.dll by the harness. */
#include <windows.h>

__declspec(dllexport) void* je_malloc(size_t size)
{
    (void)size;
    return NULL;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance;
    (void)reserved;
    return reason == DLL_PROCESS_ATTACH ? FALSE : TRUE;
}
