// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.memorypool.sdk.nativeplugin.Layout.CORRUPT;
import static org.memorypool.sdk.nativeplugin.Layout.FOLDER_READONLY;
import static org.memorypool.sdk.nativeplugin.Layout.INIT_FAILS;
import static org.memorypool.sdk.nativeplugin.Layout.JEMALLOC;
import static org.memorypool.sdk.nativeplugin.Layout.LOG_FOLDER;
import static org.memorypool.sdk.nativeplugin.Layout.LOG_READONLY;
import static org.memorypool.sdk.nativeplugin.Layout.MISSING_SYMBOL;
import static org.memorypool.sdk.nativeplugin.Layout.NONE;
import static org.memorypool.sdk.nativeplugin.Layout.WRONG_ARCH;

import java.util.ArrayList;
import java.util.List;

/**
 * One run of nvse_host.exe: its scenario, the game folder's layout, the allocator the host is told to expect
 * (jemalloc, system or null for none), the status the log's one "Allocator: " line must give (null: the
 * scenario makes no choice, so the log has no such line), and text the log must hold in this order, {@code <game>}
 * standing for the game folder's Windows path.
 */
record Scenario(String name, Layout layout, String expectedAllocator, String allocatorStatus, List<String> logLines) {

	Scenario(String name, Layout layout, String expectedAllocator, String allocatorStatus) {
		this(name, layout, expectedAllocator, allocatorStatus, List.of());
	}

	static final String JEMALLOC_STATUS = "jemalloc";
	static final String MISSING_STATUS = "system fallback (jemalloc.dll missing)";
	static final String TLS_NONE_LEFT_STATUS =
			"system fallback (jemalloc.dll could not start: no thread-local storage slot left (TlsAlloc failed))";

	static final List<Scenario> ALL = List.of(
			new Scenario("query-ok", NONE, null, null),
			new Scenario("query-old-nvse", NONE, null, null),
			new Scenario("query-old-runtime", NONE, null, null),
			new Scenario("query-editor", JEMALLOC, null, "system fallback (editor: jemalloc is used in the game only)"),
			new Scenario("load-registers-listener", JEMALLOC, null, null),
			new Scenario("postpostload-jemalloc", JEMALLOC, null, JEMALLOC_STATUS),
			new Scenario("fallback-missing", NONE, null, MISSING_STATUS),
			new Scenario("fallback-wrong-arch", WRONG_ARCH, null,
					"system fallback (jemalloc.dll wrong architecture: machine 0x8664 (x64), need 0x014C (i386))"),
			new Scenario("fallback-corrupt", CORRUPT, null, "system fallback (jemalloc.dll not a PE image (no MZ header))"),
			new Scenario("fallback-missing-symbol", MISSING_SYMBOL, null,
					"system fallback (jemalloc.dll lacks symbol je_free)"),
			// 1114 = ERROR_DLL_INIT_FAILED: the DLL's DllMain returned FALSE.
			new Scenario("fallback-loadlibrary", INIT_FAILS, null,
					"system fallback (LoadLibrary of jemalloc.dll failed (error 1114))"),
			new Scenario("alloc-before-init", JEMALLOC, null, JEMALLOC_STATUS),
			new Scenario("free-after-exit", JEMALLOC, null, JEMALLOC_STATUS),
			new Scenario("calloc-realloc", JEMALLOC, "jemalloc", JEMALLOC_STATUS),
			new Scenario("calloc-realloc", NONE, "system", MISSING_STATUS),
			new Scenario("threads", JEMALLOC, "jemalloc", JEMALLOC_STATUS),
			new Scenario("threads", NONE, "system", MISSING_STATUS),
			new Scenario("log-contents", JEMALLOC, null, JEMALLOC_STATUS),
			new Scenario("log-unwritable", LOG_READONLY, null, null),
			new Scenario("log-unwritable", LOG_FOLDER, null, null),
			new Scenario("log-unwritable", FOLDER_READONLY, null, null),
			new Scenario("null-free", JEMALLOC, "jemalloc", JEMALLOC_STATUS),
			new Scenario("null-free", NONE, "system", MISSING_STATUS),
			new Scenario("stats", JEMALLOC, "jemalloc", JEMALLOC_STATUS),
			new Scenario("stats", NONE, "system", MISSING_STATUS),
			// Thread-local storage: other mods took all slots but one, or all, before the runtime loaded; what it takes.
			new Scenario("tls-one-left", JEMALLOC, null, JEMALLOC_STATUS),
			new Scenario("tls-none-left", JEMALLOC, null, TLS_NONE_LEFT_STATUS,
					List.of("Not using <game>\\jemalloc.dll: jemalloc.dll could not start")),
			new Scenario("tls-budget", JEMALLOC, "jemalloc", JEMALLOC_STATUS),
			new Scenario("tls-budget", NONE, "system", MISSING_STATUS),
			// Another build of jemalloc.dll: used as it is, without the hooks that need the SDK's fix to jemalloc.
			new Scenario("tls-budget", Layout.FOREIGN_JEMALLOC, null, JEMALLOC_STATUS,
					List.of("jemalloc.dll is not the SDK's build (it lacks je_memorypool_fixes)")),
			// The address space runs out and comes back; the log says so once.
			new Scenario("address-space-exhausted", JEMALLOC, "jemalloc", JEMALLOC_STATUS,
					List.of("Allocator: jemalloc", "Out of memory: jemalloc could not get ")),
			new Scenario("address-space-exhausted", NONE, "system", MISSING_STATUS,
					List.of("Allocator: system fallback", "Out of memory: the system heap could not get ")),
			// Where jemalloc.dll is looked for, and in which order; the log names the file used.
			new Scenario("postpostload-jemalloc", Layout.PLUGINS_FOLDER_PLUGIN_COPY, null, JEMALLOC_STATUS,
					List.of("loaded from <game>\\Data\\NVSE\\Plugins\\jemalloc.dll")),
			new Scenario("postpostload-jemalloc", Layout.PLUGINS_FOLDER_EXE_COPY, null, JEMALLOC_STATUS,
					List.of("loaded from <game>\\jemalloc.dll")),
			new Scenario("postpostload-jemalloc", Layout.PLUGINS_FOLDER_BOTH, null, JEMALLOC_STATUS,
					List.of("loaded from <game>\\Data\\NVSE\\Plugins\\jemalloc.dll")),
			new Scenario("postpostload-jemalloc", Layout.PLUGINS_FOLDER_PLUGIN_COPY_CORRUPT, null, JEMALLOC_STATUS,
					List.of("Not using <game>\\Data\\NVSE\\Plugins\\jemalloc.dll: jemalloc.dll not a PE image",
							"loaded from <game>\\jemalloc.dll")),
			new Scenario("fallback-missing", Layout.PLUGINS_FOLDER_NONE, null, MISSING_STATUS));

	/** The name, plus what tells runs of the same scenario apart: threads (jemalloc), log-unwritable (log-folder). */
	String label() {
		String variant = expectedAllocator != null ? expectedAllocator
				: layout.logUnwritable() || layout.name().startsWith("PLUGINS_FOLDER") || layout == Layout.FOREIGN_JEMALLOC
						? layout.id()
						: null;
		return variant == null ? name : name + " (" + variant + ")";
	}

	/** A file name for this run's game folder. */
	String folderName() {
		return label().replace(" (", "-").replace(")", "");
	}

	List<String> hostArguments() {
		List<String> arguments = new ArrayList<>(List.of(name));
		if (expectedAllocator != null) {
			arguments.add(expectedAllocator);
		}
		return arguments;
	}
}
