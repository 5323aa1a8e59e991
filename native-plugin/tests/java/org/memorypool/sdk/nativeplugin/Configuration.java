package org.memorypool.sdk.nativeplugin;

import java.nio.file.Path;

/** The CDT build configurations of MemoryPoolNVSE.dll; each has its own output folder. */
enum Configuration {
	Debug, Release;

	Path pluginDll() {
		return NativePlugin.built(NativePlugin.DIR.resolve(name()).resolve("MemoryPoolNVSE.dll"));
	}
}
