// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.nio.file.Path;

/**
 * A folder that may hold the game, as {@link GameInstallFinder} found it.
 *
 * @param source where it came from, in words for a user, e.g. {@code the FalloutNVPath environment variable}
 */
public record GameInstall(Path folder, String source) {
}
