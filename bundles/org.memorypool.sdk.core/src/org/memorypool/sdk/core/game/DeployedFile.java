// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.nio.file.Path;

/**
 * A runtime file as found in the game folder.
 *
 * @param state what was found, in words a user understands
 * @param ok    true when the file is there and usable as the SDK ships it
 */
public record DeployedFile(Path path, String state, boolean ok) {
}
