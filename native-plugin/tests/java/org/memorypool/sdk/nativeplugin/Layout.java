// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a game folder holds besides nvse_host.exe and MemoryPoolNVSE.dll (nvse_host.cpp's header lists them): the
 * plugin beside the EXE, or in {@code Data/NVSE/Plugins} as in the game, and a jemalloc.dll beside the EXE, beside the
 * plugin, or both.
 */
enum Layout {
	NONE(null),
	JEMALLOC(p -> p.jemalloc),
	WRONG_ARCH(p -> p.wrongArchJemalloc),
	CORRUPT(p -> p.corruptJemalloc),
	MISSING_SYMBOL(p -> p.missingSymbolJemalloc),
	INIT_FAILS(p -> p.initFailsJemalloc),
	/** A jemalloc.dll that is not the SDK's build (no je_memorypool_fixes export), as a player may keep from a mod. */
	FOREIGN_JEMALLOC(p -> p.foreignJemalloc),
	/** The log of a previous session, read-only. */
	LOG_READONLY(p -> p.jemalloc),
	/** A folder where the log would be. */
	LOG_FOLDER(p -> p.jemalloc),
	/** No log, and the game folder is read-only. */
	FOLDER_READONLY(p -> p.jemalloc),
	/** The plugin in Data/NVSE/Plugins and no jemalloc.dll anywhere. */
	PLUGINS_FOLDER_NONE(null, null),
	/** The plugin in Data/NVSE/Plugins, jemalloc.dll beside the EXE only (a deploy into the game). */
	PLUGINS_FOLDER_EXE_COPY(p -> p.jemalloc, null),
	/** The plugin and jemalloc.dll in Data/NVSE/Plugins only (a Mod Organizer 2 mod). */
	PLUGINS_FOLDER_PLUGIN_COPY(null, p -> p.jemalloc),
	/** A jemalloc.dll in both places: the one beside the plugin wins. */
	PLUGINS_FOLDER_BOTH(p -> p.jemalloc, p -> p.jemalloc),
	/** A corrupt jemalloc.dll beside the plugin and a good one beside the EXE: the search goes on to the good one. */
	PLUGINS_FOLDER_PLUGIN_COPY_CORRUPT(p -> p.jemalloc, p -> p.corruptJemalloc);

	static final String PREVIOUS_SESSION_LOG = "previous session\n";
	static final String PLUGINS_FOLDER = "Data/NVSE/Plugins";

	private final Function<TestPrograms, Path> jemallocDll;
	private final Function<TestPrograms, Path> jemallocBesidePlugin;
	private final boolean pluginInPluginsFolder;

	Layout(Function<TestPrograms, Path> jemallocDll) {
		this.jemallocDll = jemallocDll;
		this.jemallocBesidePlugin = null;
		this.pluginInPluginsFolder = false;
	}

	Layout(Function<TestPrograms, Path> besideExe, Function<TestPrograms, Path> besidePlugin) {
		this.jemallocDll = besideExe;
		this.jemallocBesidePlugin = besidePlugin;
		this.pluginInPluginsFolder = true;
	}

	/** Where MemoryPoolNVSE.dll goes in {@code folder}, the game folder. */
	Path pluginFolder(Path folder) {
		return pluginInPluginsFolder ? folder.resolve(PLUGINS_FOLDER) : folder;
	}

	/** As nvse_host.cpp and the folder names spell it: log-readonly. */
	String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The plugin cannot write MemoryPoolNVSE.log in this folder. */
	boolean logUnwritable() {
		return this == LOG_READONLY || this == LOG_FOLDER || this == FOLDER_READONLY;
	}

	/** Relies on permissions, which a root user (and so Wine run as root) ignores. */
	boolean needsUnprivilegedUser() {
		return this == LOG_READONLY || this == FOLDER_READONLY;
	}

	void prepare(Path folder, TestPrograms programs) throws IOException {
		if (jemallocDll != null) {
			Files.copy(jemallocDll.apply(programs), folder.resolve("jemalloc.dll"));
		}
		if (jemallocBesidePlugin != null) {
			Files.copy(jemallocBesidePlugin.apply(programs), pluginFolder(folder).resolve("jemalloc.dll"));
		}
		Path log = folder.resolve(PluginLog.FILE_NAME);
		switch (this) {
		case LOG_READONLY -> {
			Files.writeString(log, PREVIOUS_SESSION_LOG);
			Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("r--r--r--"));
		}
		case LOG_FOLDER -> Files.createDirectory(log);
		case FOLDER_READONLY -> Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
		default -> {
		}
		}
	}
}
