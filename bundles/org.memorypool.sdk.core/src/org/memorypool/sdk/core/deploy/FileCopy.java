// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.nio.file.Path;

/**
 * One file a deploy puts in place.
 *
 * @param replaces true when {@code target} exists and differs: it is kept as {@code <target>.bak} first
 */
public record FileCopy(Path source, Path target, boolean replaces) {

	public Path backup() {
		return target.resolveSibling(target.getFileName() + ".bak");
	}
}
