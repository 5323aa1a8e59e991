// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

/**
 * The options of CDT's GNU archiver ({@code cdt.managedbuild.tool.gnu.archiver}, Cross GCC's
 * {@code cdt.managedbuild.tool.gnu.cross.archiver}), which makes a static library's {@code lib<name>.a}.
 *
 * @param flags the archiver flags as written, e.g. {@code -r -P} ({@code gnu.both.lib.option.flags})
 */
public record ArchiverSettings(String flags) {

	/** CDT's default: {@code -r -P} (add or replace members, keep their full paths). */
	public static final ArchiverSettings DEFAULT = new ArchiverSettings("-r -P");
}
