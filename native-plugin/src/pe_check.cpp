// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
#include "pe_check.h"

#include <cstdio>

#include <windows.h>

namespace {

const char* MachineName(WORD machine)
{
    switch (machine) {
    case IMAGE_FILE_MACHINE_AMD64: return "x64";
    case IMAGE_FILE_MACHINE_ARM64: return "ARM64";
    case IMAGE_FILE_MACHINE_ARMNT: return "ARM";
    case IMAGE_FILE_MACHINE_IA64: return "IA64";
    default: return "unknown";
    }
}

bool ReadAt(HANDLE file, LONGLONG offset, void* buffer, DWORD size)
{
    LARGE_INTEGER pos;
    pos.QuadPart = offset;
    DWORD got = 0;
    return SetFilePointerEx(file, pos, nullptr, FILE_BEGIN) && ReadFile(file, buffer, size, &got, nullptr) &&
           got == size;
}

PeCheckResult Fail(PeCheck status, const std::string& reason)
{
    return PeCheckResult{status, reason};
}

PeCheckResult CheckHeaders(HANDLE file)
{
    LARGE_INTEGER size;
    if (!GetFileSizeEx(file, &size)) {
        DWORD error = GetLastError();
        return Fail(PeCheck::Unreadable, "unreadable (error " + std::to_string(error) + ")");
    }

    IMAGE_DOS_HEADER dos;
    if (!ReadAt(file, 0, &dos, sizeof dos) || dos.e_magic != IMAGE_DOS_SIGNATURE)
        return Fail(PeCheck::NotPe, "not a PE image (no MZ header)");

    // Signature + file header + the optional header's Magic word, which tells PE32 from PE32+.
    struct {
        DWORD signature;
        IMAGE_FILE_HEADER file;
        WORD magic;
    } __attribute__((packed)) nt;
    if (dos.e_lfanew < static_cast<LONG>(sizeof dos) || dos.e_lfanew + LONGLONG(sizeof nt) > size.QuadPart)
        return Fail(PeCheck::NotPe, "not a PE image (PE header offset outside the file)");
    if (!ReadAt(file, dos.e_lfanew, &nt, sizeof nt) || nt.signature != IMAGE_NT_SIGNATURE)
        return Fail(PeCheck::NotPe, "not a PE image (no PE signature)");

    if (nt.file.Machine != IMAGE_FILE_MACHINE_I386) {
        char text[96];
        snprintf(text, sizeof text, "wrong architecture: machine 0x%04X (%s), need 0x014C (i386)",
                 nt.file.Machine, MachineName(nt.file.Machine));
        return Fail(PeCheck::WrongMachine, text);
    }
    if (nt.magic != IMAGE_NT_OPTIONAL_HDR32_MAGIC) {
        char text[96];
        snprintf(text, sizeof text, "not a PE image (optional header magic 0x%04X, need 0x010B)", nt.magic);
        return Fail(PeCheck::NotPe, text);
    }
    if (!(nt.file.Characteristics & IMAGE_FILE_DLL))
        return Fail(PeCheck::NotDll, "not a DLL (PE32 i386 image without the DLL flag)");
    return PeCheckResult{PeCheck::Ok, std::string()};
}

} // namespace

PeCheckResult CheckPe32I386Dll(const std::wstring& path)
{
    HANDLE file = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE, nullptr,
                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        DWORD error = GetLastError();
        if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND)
            return Fail(PeCheck::Missing, "missing");
        return Fail(PeCheck::Unreadable, "unreadable (error " + std::to_string(error) + ")");
    }
    PeCheckResult result = CheckHeaders(file);
    CloseHandle(file);
    return result;
}
