// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// The jemalloc options that matter in a 32-bit game, as jemalloc reports them in force.
#pragma once

#include <string>

#include "jemalloc_loader.h"

// "narenas:1,retain:false,dirty_decay_ms:...": each option jemalloc.dll answers for through mallctl("opt.<name>"),
// in the syntax of jemalloc's malloc_conf (the runtime's jemalloc.dll bakes its own in, jemalloc/malloc.conf); the
// ones it does not know are left out. Empty when it answers none.
std::string DescribeJemallocOptions(const JemallocApi& je);
