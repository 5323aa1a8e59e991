package org.memorypool.sdk.core.pe;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the SDK needs to know of a Windows DLL or EXE: its machine, whether it is a DLL, what it exports by name
 * and which DLLs it imports.
 */
public record PeImage(int machine, boolean pe32Plus, boolean dll, List<String> exports, List<String> imports) {

	/** IMAGE_FILE_MACHINE_I386: the only machine Fallout: New Vegas (a 32-bit game) can load. */
	public static final int MACHINE_I386 = 0x014C;

	/** MinGW's runtime DLLs: present on a developer's machine, not on a player's, so a plugin must link them statically. */
	private static final Set<String> MINGW_RUNTIME = Set.of("libgcc_s_dw2-1.dll", "libgcc_s_seh-1.dll", "libgcc_s_sjlj-1.dll",
			"libstdc++-6.dll", "libwinpthread-1.dll");

	public PeImage {
		exports = List.copyOf(exports);
		imports = List.copyOf(imports);
	}

	/** True for a PE32 image for i386: what the game can load. */
	public boolean isPe32I386() {
		return machine == MACHINE_I386 && !pe32Plus;
	}

	public String machineName() {
		String name = switch (machine) {
		case MACHINE_I386 -> "i386";
		case 0x8664 -> "x86-64";
		case 0xAA64 -> "ARM64";
		case 0x01C4 -> "ARMv7 Thumb";
		default -> "unknown";
		};
		return String.format(Locale.ROOT, "%s (0x%04X)", name, machine);
	}

	/** The format as Windows tools name it: PE32 or PE32+, DLL or executable. */
	public String formatName() {
		return (pe32Plus ? "PE32+" : "PE32") + (dll ? " DLL" : " executable");
	}

	/** Imported DLLs that a player's Windows does not have (MinGW's runtime), by their name in the import table. */
	public List<String> importsMissingOnPlayersMachines() {
		return imports.stream().filter(i -> MINGW_RUNTIME.contains(i.toLowerCase(Locale.ROOT))).toList();
	}
}
