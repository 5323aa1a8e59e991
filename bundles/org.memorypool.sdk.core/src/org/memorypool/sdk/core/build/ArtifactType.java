// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

/**
 * What a configuration makes, as CDT's {@code buildArtefactType} property says: a shared library or an executable
 * (the linker's output), or a static library (the archiver's, which projects that reference it link).
 */
public enum ArtifactType {
	SHARED_LIBRARY, EXECUTABLE, STATIC_LIBRARY
}
