// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// Publishes the allocator's statistics about once a second to MemoryPoolNVSE.stats beside MemoryPoolNVSE.log, where
// the IDE's heap monitor and ./sdk monitor read them while the game runs. A thread of its own takes the figures
// MemoryPoolGetStats gives and walks the process's address space with VirtualQuery (free address space and its
// largest block, what a 32-bit game runs out of first): the allocator's calls are not touched, so their cost stays
// what it was.
#pragma once

// Starts the publishing thread once the allocator is chosen; later calls do nothing. The file is rewritten at each
// start: a header, then one CSV line per second (stats_publisher.cpp says which columns).
void StartStatsPublisher();
