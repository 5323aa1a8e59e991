// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import java.util.List;
import java.util.Locale;

/**
 * What the SDK needs to know of a Windows DLL or EXE that the Windows loader would map: its machine, its COFF
 * characteristics, what it exports and which DLLs it imports, at load time and delay-loaded.
 *
 * @param machine         IMAGE_FILE_HEADER.Machine, e.g. {@link #MACHINE_I386}
 * @param pe32Plus        whether the optional header is PE32+ (64-bit) rather than PE32
 * @param characteristics IMAGE_FILE_HEADER.Characteristics, e.g. {@link #IMAGE_FILE_DLL}
 * @param exports         the export address table's used entries, in ordinal order
 * @param imports         the DLL names of the import directory, in table order, as written (Windows ignores case)
 * @param delayImports    the DLL names of the delay-load import directory: loaded at their first call, not with the image
 */
public record PeImage(int machine, boolean pe32Plus, int characteristics, List<PeExport> exports, List<String> imports,
		List<String> delayImports) {

	/** IMAGE_FILE_MACHINE_I386: the only machine Fallout: New Vegas (a 32-bit game) can load. */
	public static final int MACHINE_I386 = 0x014C;
	/** IMAGE_FILE_RELOCS_STRIPPED: the image can be loaded only at its preferred base address. */
	public static final int IMAGE_FILE_RELOCS_STRIPPED = 0x0001;
	/** IMAGE_FILE_EXECUTABLE_IMAGE: the linker finished the image; without it the loader refuses it. */
	public static final int IMAGE_FILE_EXECUTABLE_IMAGE = 0x0002;
	/** IMAGE_FILE_DLL: a DLL rather than a program. */
	public static final int IMAGE_FILE_DLL = 0x2000;

	public PeImage {
		exports = List.copyOf(exports);
		imports = List.copyOf(imports);
		delayImports = List.copyOf(delayImports);
	}

	/** True for a PE32 image for i386: what the game can load. */
	public boolean isPe32I386() {
		return machine == MACHINE_I386 && !pe32Plus;
	}

	/** Whether IMAGE_FILE_DLL is set. */
	public boolean dll() {
		return (characteristics & IMAGE_FILE_DLL) != 0;
	}

	/** The names exported by name, in ordinal order (forwarded ones included). */
	public List<String> exportNames() {
		return exports.stream().flatMap(e -> e.name().stream()).toList();
	}

	public String machineName() {
		String name = switch (machine) {
		case MACHINE_I386 -> "i386";
		case 0x8664 -> "x86-64";
		case 0xAA64 -> "ARM64";
		case 0x01C4 -> "ARMv7 Thumb";
		case 0x01C0 -> "ARM";
		case 0x0200 -> "IA-64";
		default -> "unknown";
		};
		return String.format(Locale.ROOT, "%s (0x%04X)", name, machine);
	}

	/** The format as Windows tools name it: PE32 or PE32+, DLL or executable. */
	public String formatName() {
		return (pe32Plus ? "PE32+" : "PE32") + (dll() ? " DLL" : " executable");
	}
}
