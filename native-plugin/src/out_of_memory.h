// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// The one log line a player's report needs when the game's address space runs out.
#pragma once

#include <cstddef>

// Logs once per process that an allocation of `bytes` failed in `where` ("jemalloc", "system heap"), with the
// address space's largest free block, then stays silent: a game out of memory fails thousands of calls a second.
// Requests of more than PTRDIFF_MAX bytes are not noted. Thread-safe; allocates nothing (it runs where memory has
// just run out).
void NoteOutOfMemory(const char* where, size_t bytes);
