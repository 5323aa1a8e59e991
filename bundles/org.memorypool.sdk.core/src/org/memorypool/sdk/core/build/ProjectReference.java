// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

/**
 * A configuration's reference to a configuration of another project (C/C++ General > Paths and Symbols >
 * References), as CDT keeps it in the {@code .cproject}: {@code <externalSettings containerId="<project>;<configuration
 * id>" factoryId="org.eclipse.cdt.core.cfg.export.settings.sipplier">} in the configuration's
 * {@code org.eclipse.cdt.core.externalSettings} storage module. CDT builds the referenced configuration first; the
 * include path, library path and library it exports are already among the referencing configuration's options.
 *
 * @param project the referenced project's name
 * @param configurationId the referenced configuration's id; empty for the project's active configuration
 */
public record ProjectReference(String project, String configurationId) {
}
