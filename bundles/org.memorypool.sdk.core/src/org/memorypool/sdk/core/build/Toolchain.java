// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.Optional;

/**
 * A configuration's toolchain: CDT's Cross GCC with its prefix and path, or another of CDT's toolchains, which the
 * SDK's build does not run (see {@link #refusal}).
 *
 * @param prefix put before every tool name, e.g. {@code i686-w64-mingw32-}
 * @param path   a folder put in front of {@code PATH} while building; empty for none
 * @param id     the {@code superClass} of the configuration's {@code <toolChain>}, e.g.
 *               {@code cdt.managedbuild.toolchain.gnu.cross.so.release}
 */
public record Toolchain(String prefix, String path, String id) {

	/** CDT's Cross GCC toolchains: their ids start so, whatever the artifact type and build type. */
	static final String CROSS_GCC = "cdt.managedbuild.toolchain.gnu.cross.";
	private static final String MINGW_GCC = "cdt.managedbuild.toolchain.gnu.mingw.";
	private static final String GNU = "cdt.managedbuild.toolchain.gnu.";

	/** A Cross GCC toolchain with this prefix and path. */
	public Toolchain(String prefix, String path) {
		this(prefix, path, CROSS_GCC + "base");
	}

	/** The command for a tool, e.g. {@code i686-w64-mingw32-g++} for {@code g++}. */
	public String command(String tool) {
		return prefix + tool;
	}

	/** Whether a toolchain id is one of CDT's MinGW GCC toolchains (whatever the artifact and build type). */
	static boolean isMingwGcc(String id) {
		return id.startsWith(MINGW_GCC);
	}

	/** Whether this is CDT's Cross GCC, the toolchain the SDK builds with. */
	public boolean crossGcc() {
		return id.startsWith(CROSS_GCC);
	}

	/**
	 * Why the SDK's build does not run this toolchain on a host, with the fix; empty for Cross GCC. CDT's MinGW GCC
	 * and Linux GCC run the host's own {@code gcc} and {@code g++}: outside Windows those make ELF files, not Windows
	 * DLLs. A toolchain CDT's GNU family does not define is not guessed at.
	 *
	 * @param windowsHost whether the SDK runs on Windows, where MinGW GCC's {@code g++} is MinGW's
	 */
	public Optional<String> refusal(boolean windowsHost) {
		String switchToCross = ": switch the project to Cross GCC (Project > Properties > C/C++ Build > Tool Chain Editor >"
				+ " Current toolchain: Cross GCC, then C/C++ Build > Settings > Cross Settings > Prefix: i686-w64-mingw32-)";
		if (crossGcc() || windowsHost && isMingwGcc(id)) {
			return Optional.empty();
		}
		if (isMingwGcc(id)) {
			return Optional.of("it uses CDT's MinGW GCC toolchain (" + id + "), with which CDT runs this machine's g++:"
					+ " outside Windows that makes Linux ELF files, not Windows DLLs" + switchToCross);
		}
		if (id.startsWith(GNU) && !id.contains(".cygwin.") && !id.contains(".macosx.") && !id.contains(".solaris.")) {
			return Optional.of("it uses CDT's Linux GCC toolchain (" + id + "), which makes Linux programs and"
					+ " libraries, not Windows DLLs" + switchToCross);
		}
		return Optional.of("its toolchain " + id + " is not one the SDK's build knows (only CDT's Cross GCC, and"
				+ " MinGW GCC on Windows)" + switchToCross);
	}
}
