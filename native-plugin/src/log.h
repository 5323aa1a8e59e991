// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// MemoryPoolNVSE.log in the game EXE's folder.
//
// Format (read by the SDK's IDE view; keep it stable): one line per event,
//     [YYYY-MM-DD HH:MM:SS] MemoryPoolNVSE: <text>\r\n
// local time. The file is rewritten at the first line of each process. The allocator choice is logged as
// "Allocator: <status>" (see allocator.cpp); a reader takes the last such line.
#pragma once

// Appends one line; thread-safe. If the file cannot be created or written (read-only file, folder not
// writable) the line is dropped: logging never stops the plugin.
void Log(const char* format, ...) __attribute__((format(printf, 1, 2)));
