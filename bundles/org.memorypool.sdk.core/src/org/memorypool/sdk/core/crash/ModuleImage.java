// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import java.nio.file.Path;

import org.memorypool.sdk.core.pe.PeMapping;

/**
 * A module of interest and the DLL with its debug information: a project's build of its plugin.
 *
 * @param module  the module's name as crash logs give it: the DLL's file name without {@code .dll}
 * @param dll     the DLL
 * @param mapping where its image lies in memory
 */
public record ModuleImage(String module, Path dll, PeMapping mapping) {
}
