// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.util.Optional;

/**
 * The MemoryPool runtime as deployed in a game folder.
 *
 * @param lastAllocator the allocator the plugin chose in its last run, from its log ("jemalloc",
 *                      "system fallback (jemalloc.dll missing)", ...), if the log says
 */
public record RuntimeState(GameLayout game, DeployedFile plugin, DeployedFile jemalloc, Optional<String> lastAllocator) {
}
