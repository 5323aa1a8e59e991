// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

/**
 * One variable of a configuration's build environment as CDT keeps it (C/C++ Build > Environment, stored in
 * {@code .settings/org.eclipse.cdt.core.prefs} as {@code environment/project/<configuration id>/<name>/value},
 * {@code .../operation}, {@code .../delimiter}).
 *
 * @param name the variable's name
 * @param operation {@code replace}, {@code remove}, {@code prepend} or {@code append}, as CDT writes it
 * @param value the value as written, macros unresolved; empty for {@code remove}
 * @param delimiter what joins a prepended or appended value to the one before, {@code :} on Linux
 */
record EnvironmentSetting(String name, String operation, String value, String delimiter) {
}
