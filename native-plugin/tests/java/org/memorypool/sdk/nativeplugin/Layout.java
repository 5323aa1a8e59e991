package org.memorypool.sdk.nativeplugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.function.Function;

/** What a game folder holds besides nvse_host.exe and MemoryPoolNVSE.dll (nvse_host.cpp's header lists them). */
enum Layout {
	NONE(null),
	JEMALLOC(p -> p.jemalloc),
	WRONG_ARCH(p -> p.wrongArchJemalloc),
	CORRUPT(p -> p.corruptJemalloc),
	MISSING_SYMBOL(p -> p.missingSymbolJemalloc),
	INIT_FAILS(p -> p.initFailsJemalloc),
	/** The log of a previous session, read-only. */
	LOG_READONLY(p -> p.jemalloc),
	/** A folder where the log would be. */
	LOG_FOLDER(p -> p.jemalloc),
	/** No log, and the game folder is read-only. */
	FOLDER_READONLY(p -> p.jemalloc);

	static final String PREVIOUS_SESSION_LOG = "previous session\n";

	private final Function<TestPrograms, Path> jemallocDll;

	Layout(Function<TestPrograms, Path> jemallocDll) {
		this.jemallocDll = jemallocDll;
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
