// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import java.nio.file.Path;

/** The CDT build configurations of MemoryPoolNVSE.dll; each has its own output folder. */
enum Configuration {
	Debug, Release;

	Path pluginDll() {
		return NativePlugin.built(NativePlugin.DIR.resolve(name()).resolve("MemoryPoolNVSE.dll"));
	}
}
