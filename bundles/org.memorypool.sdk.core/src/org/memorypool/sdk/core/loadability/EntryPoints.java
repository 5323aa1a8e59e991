// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.loadability;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.memorypool.sdk.core.TerminalText;

/**
 * NVSE's two entry points and the names compilers give them when a plugin declares them wrong. xNVSE looks both up
 * with {@code GetProcAddress}, which matches names exactly, and skips a DLL that lacks either (source: xNVSE's
 * {@code PluginManager} and {@code PluginAPI.h}, see docs/nvse.md).
 */
final class EntryPoints {

	static final String QUERY = "NVSEPlugin_Query";
	static final String LOAD = "NVSEPlugin_Load";
	static final List<String> NAMES = List.of(QUERY, LOAD);

	private EntryPoints() {
	}

	/** The exported declaration NVSE expects (cdecl, C linkage), for C++ and for C. */
	static String declaration(String entryPoint) {
		return "extern \"C\" __declspec(dllexport) " + signature(entryPoint) + " (in a C file without extern \"C\")";
	}

	/** The signature NVSE expects. */
	static String signature(String entryPoint) {
		return entryPoint.equals(QUERY) ? "bool NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)"
				: "bool " + entryPoint + "(const NVSEInterface* nvse)";
	}

	/**
	 * An export that is {@code entryPoint} declared wrong, with what the declaration needs, or empty when no export
	 * looks like it. Call it only when the exact name is not exported.
	 */
	static Optional<Finding> lookAlike(String entryPoint, List<String> exportNames) {
		for (String name : exportNames) {
			Optional<Finding> finding = classify(entryPoint, name);
			if (finding.isPresent()) {
				return finding;
			}
		}
		return Optional.empty();
	}

	private static Optional<Finding> classify(String entryPoint, String name) {
		String shown = TerminalText.escape(name);
		String notFound = ": NVSE looks up " + entryPoint + " and does not find it";
		// Itanium C++ ABI (GCC, Clang): _Z<length><name>..., also inside namespaces (_ZN...).
		if (name.startsWith("_Z") || name.startsWith("__Z")) {
			if (name.contains(entryPoint.length() + entryPoint)) {
				return error("exports " + entryPoint + " only under its C++ name " + shown + notFound,
						new Fix.DeclareExternC(entryPoint));
			}
			return Optional.empty();
		}
		// Microsoft's C++ decoration: ?<name>@@...
		if (name.startsWith("?" + entryPoint + "@")) {
			return error("exports " + entryPoint + " only under its C++ name " + shown + notFound,
					new Fix.DeclareExternC(entryPoint));
		}
		String base = stripCallingConventionDecoration(name);
		if (!base.equals(name) && undecorated(base).equalsIgnoreCase(entryPoint)) {
			return error("exports " + entryPoint + " as " + shown + ", the name of a __stdcall or __fastcall function"
					+ notFound, new Fix.UseCdecl(entryPoint));
		}
		if (undecorated(name).toLowerCase(Locale.ROOT).equals(entryPoint.toLowerCase(Locale.ROOT))) {
			return error("exports " + shown + ", not " + entryPoint + notFound + " (names must match exactly, case included)",
					new Fix.RenameExport(name, entryPoint));
		}
		return Optional.empty();
	}

	/** {@code name@12} or {@code @name@12} (fastcall) without the {@code @12}; other names unchanged. */
	private static String stripCallingConventionDecoration(String name) {
		int at = name.lastIndexOf('@');
		if (at <= 0 || at == name.length() - 1) {
			return name;
		}
		for (int i = at + 1; i < name.length(); i++) {
			if (name.charAt(i) < '0' || name.charAt(i) > '9') {
				return name;
			}
		}
		String base = name.substring(0, at);
		return base.startsWith("@") ? base.substring(1) : base;
	}

	/** Without the leading underscores that C names get on i386 when a .def or an assembler adds them by hand. */
	private static String undecorated(String name) {
		int start = 0;
		while (start < name.length() && name.charAt(start) == '_') {
			start++;
		}
		return name.substring(start);
	}

	private static Optional<Finding> error(String message, Fix fix) {
		return Optional.of(new Finding(Finding.Severity.ERROR, Finding.Problem.ENTRY_POINT, message, fix));
	}
}
