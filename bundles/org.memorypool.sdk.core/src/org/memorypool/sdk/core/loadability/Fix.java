// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.loadability;

import java.util.List;
import java.util.Locale;

/**
 * The change that removes a {@link Finding}. Each kind is one change a plugin author makes to the sources or the
 * build settings; {@link #advice()} says it in words, naming the Eclipse CDT setting where there is one. Tests apply
 * each kind to a real MinGW build and check that the result is accepted.
 */
public sealed interface Fix {

	/** The change in words, e.g. "add -static-libgcc to the linker flags (...)". */
	String advice();

	/** Where CDT keeps the linker's free-form flags in a Cross GCC project. */
	String LINKER_FLAGS_SETTING = "C/C++ Build > Settings > Cross G++ Linker > Miscellaneous > Linker flags";

	/** Build with MinGW-w64 for 32-bit Windows. */
	record UseI686Toolchain() implements Fix {
		@Override
		public String advice() {
			return "build it with MinGW-w64 for 32-bit Windows: CDT's Cross GCC toolchain with the prefix i686-w64-mingw32-"
					+ " (as ./sdk new makes projects)";
		}
	}

	/** Link a DLL rather than a program. */
	record LinkAsDll() implements Fix {
		@Override
		public String advice() {
			return "link it as a DLL: add -shared to the linker flags (in CDT, a Shared Library project)";
		}
	}

	/**
	 * Name the file {@code fileName}: NVSE looks for {@code *.dll}.
	 *
	 * @param fileName the name to give it, e.g. {@code SoPlugin.dll}
	 */
	record NameAsDll(String fileName) implements Fix {
		@Override
		public String advice() {
			return "name it " + fileName + ": in CDT, C/C++ Build > Settings > Build Artifact: Artifact extension dll,"
					+ " Output prefix empty";
		}
	}

	/**
	 * Export {@code entryPoint}, which the DLL does not export under any name.
	 *
	 * @param entryPoint {@code NVSEPlugin_Query} or {@code NVSEPlugin_Load}
	 */
	record ExportEntryPoint(String entryPoint) implements Fix {
		@Override
		public String advice() {
			return "define and export it: " + EntryPoints.declaration(entryPoint) + " (or list " + entryPoint
					+ " under EXPORTS in the .def file)";
		}
	}

	/**
	 * Define {@code entryPoint} as a function: the DLL exports a variable under its name.
	 *
	 * @param entryPoint {@code NVSEPlugin_Query} or {@code NVSEPlugin_Load}
	 */
	record DefineAsFunction(String entryPoint) implements Fix {
		@Override
		public String advice() {
			return "replace the variable " + entryPoint + " by the function: " + EntryPoints.declaration(entryPoint);
		}
	}

	/**
	 * Implement {@code entryPoint} in the plugin rather than forwarding it to another DLL.
	 *
	 * @param entryPoint {@code NVSEPlugin_Query} or {@code NVSEPlugin_Load}
	 * @param forwarder  where the .def file forwards it, e.g. {@code helper.Query}
	 */
	record StopForwarding(String entryPoint, String forwarder) implements Fix {
		@Override
		public String advice() {
			return "implement it in the plugin: under EXPORTS in the .def file write " + entryPoint + " instead of "
					+ entryPoint + " = " + forwarder + ", and define " + EntryPoints.declaration(entryPoint);
		}
	}

	/**
	 * Declare {@code entryPoint} {@code extern "C"}: it is exported under its C++-mangled name.
	 *
	 * @param entryPoint {@code NVSEPlugin_Query} or {@code NVSEPlugin_Load}
	 */
	record DeclareExternC(String entryPoint) implements Fix {
		@Override
		public String advice() {
			return "declare it extern \"C\" so that its name is not mangled: extern \"C\" __declspec(dllexport) "
					+ EntryPoints.signature(entryPoint);
		}
	}

	/**
	 * Declare {@code entryPoint} without {@code __stdcall}, {@code WINAPI} or {@code __fastcall}: NVSE calls it as a
	 * cdecl function, and the decorated name ({@code @8}) is not the name NVSE looks up.
	 */
	record UseCdecl(String entryPoint) implements Fix {
		@Override
		public String advice() {
			return "declare it without __stdcall, WINAPI or __fastcall (NVSE calls it as a cdecl function, and"
					+ " -Wl,--kill-at would fix only the name): " + EntryPoints.declaration(entryPoint);
		}
	}

	/**
	 * Export {@code exported} as {@code entryPoint}: GetProcAddress matches names exactly, case included.
	 *
	 * @param exported   the name the DLL exports, e.g. {@code _NVSEPlugin_Query} or {@code nvseplugin_query}
	 * @param entryPoint the name NVSE looks up
	 */
	record RenameExport(String exported, String entryPoint) implements Fix {
		@Override
		public String advice() {
			return "export it as " + entryPoint + ", exactly: rename the function (or its line under EXPORTS in the"
					+ " .def file) from " + exported + " to " + entryPoint;
		}
	}

	/**
	 * Link the code of MinGW's runtime DLLs into the plugin.
	 *
	 * @param flags GCC linker options, e.g. {@code [-static-libgcc, -static-libstdc++]} or {@code [-static]}
	 */
	record AddLinkerFlags(List<String> flags) implements Fix {

		public AddLinkerFlags {
			flags = List.copyOf(flags);
		}

		@Override
		public String advice() {
			return "link " + (flags.size() == 1 ? "it" : "them") + " statically: add " + String.join(" ", flags)
					+ " to the linker flags (" + LINKER_FLAGS_SETTING + ")";
		}
	}

	/**
	 * Stop depending on {@code dll}, or make every player have it.
	 *
	 * @param dll      the imported DLL
	 * @param provider what installs it, e.g. "the Visual C++ 2015-2022 Redistributable"; empty when nothing does
	 */
	record RemoveDependency(String dll, String provider) implements Fix {
		@Override
		public String advice() {
			if (provider.isEmpty()) {
				return "link its code statically, or ship " + dll + " with the mod for the game folder (next to"
						+ " FalloutNV.exe, where Windows looks for it) and name it in the mod's requirements";
			}
			return "link the runtime statically (MSVC: /MT; MinGW-w64 never needs it), or name " + provider
					+ " in the mod's requirements";
		}
	}

	/**
	 * Reach players on older Windows, or say which Windows the mod needs.
	 *
	 * @param dll     the import that needs a newer Windows
	 * @param windows the oldest Windows that has it, e.g. "Windows 10"
	 */
	record TargetOlderWindows(String dll, String windows) implements Fix {
		@Override
		public String advice() {
			String lower = dll.toLowerCase(Locale.ROOT);
			if (lower.startsWith("api-ms-win-crt-") || lower.equals("ucrtbase.dll")) {
				return "to reach players on older Windows, build with a MinGW-w64 that links msvcrt.dll (Debian's"
						+ " i686-w64-mingw32- does) rather than the UCRT, or name " + windows + " in the mod's requirements";
			}
			return "to reach players on older Windows, load " + dll + " at run time (LoadLibrary, GetProcAddress) and do"
					+ " without it where it is missing, or name " + windows + " in the mod's requirements";
		}
	}

	/** Keep the relocation section, so that Windows can load the DLL wherever there is room. */
	record KeepRelocations() implements Fix {
		@Override
		public String advice() {
			return "link it with its relocations (GNU ld keeps them in every DLL; with Microsoft's linker remove /FIXED),"
					+ " and do not strip them afterwards (objcopy -R .reloc)";
		}
	}

	/** Nothing to change: for a finding that is only information. */
	record None(String note) implements Fix {
		@Override
		public String advice() {
			return note;
		}
	}
}
