package org.memorypool.sdk.core.game;

import java.nio.file.Path;

/** Where things are in a Fallout: New Vegas install, and where the MemoryPool runtime goes in it. */
public record GameLayout(Path root) {

	public Path exe() {
		return root.resolve("FalloutNV.exe");
	}

	public Path nvseLoader() {
		return root.resolve("nvse_loader.exe");
	}

	public Path pluginsFolder() {
		return root.resolve("Data").resolve("NVSE").resolve("Plugins");
	}

	public Path memoryPoolPlugin() {
		return pluginsFolder().resolve("MemoryPoolNVSE.dll");
	}

	/** Next to the EXE: the plugin loads it by full path from the EXE's folder. */
	public Path jemalloc() {
		return root.resolve("jemalloc.dll");
	}

	/** The plugin writes its log next to the EXE. */
	public Path memoryPoolLog() {
		return root.resolve("MemoryPoolNVSE.log");
	}
}
