// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// Checks a DLL's headers before it is loaded: a 64-bit or corrupt file must never reach LoadLibrary.
#pragma once

#include <string>

enum class PeCheck {
    Ok,
    Missing,       // file (or folder) not found
    Unreadable,    // exists but cannot be opened/read (reason names the Win32 error)
    NotPe,         // corrupt or not a PE image; reason says what is wrong
    WrongMachine,  // a PE image for another CPU (reason names IMAGE_FILE_HEADER.Machine)
    NotDll         // a PE32 i386 image that is not a DLL (e.g. an EXE renamed)
};

struct PeCheckResult {
    PeCheck status;
    std::string reason;  // human-readable, for the log and the status string; empty when Ok
};

// Reads the DOS and NT headers of path and accepts only a PE32 i386 (machine 0x014C) DLL.
PeCheckResult CheckPe32I386Dll(const std::wstring& path);
