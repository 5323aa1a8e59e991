// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// jemalloc's arenas as the runtime sets them up once jemalloc is chosen: all of them created at once, each mapping
// its memory through extent hooks that forward to jemalloc's own and note when the address space has run out.
#pragma once

#include "jemalloc_loader.h"

// Installs the hooks on arenas 0 .. opt.narenas - 1, which creates the ones not yet created, and on the arena of
// blocks of opt.oversize_threshold bytes and more, made by one such block. Why all at once: an arena made later, when
// the address space may already be gone, is where jemalloc 5.3 has no way back (its thread cache then takes a NULL
// arena). Only on the SDK's own jemalloc.dll (JemallocApi::sdkFixes), which has the fix such hooks need. Logs and
// leaves jemalloc as it is otherwise or when a step fails; the allocator works either way, only the out-of-memory
// line may then be missing.
void SetUpJemallocArenas(const JemallocApi& je);
