// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.List;

/**
 * A source folder of a configuration.
 *
 * @param folder relative to the project with {@code /} separators; empty for the whole project
 * @param exclusions paths relative to {@code folder} (files or folders, {@code *} and {@code **} allowed) that
 *        are not built
 */
public record SourceEntry(String folder, List<String> exclusions) {

	public SourceEntry {
		exclusions = List.copyOf(exclusions);
	}
}
