// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import java.util.List;

/** Synthetic PE images for tests in other packages; {@link PeReader} reads each as the arguments say. */
public final class PeReaderTestData {

	private PeReaderTestData() {
	}

	/** A DLL exporting the two NVSE entry points (ordinals 1 and 2) and importing {@code imports}. */
	public static byte[] plugin(int machine, boolean pe32Plus, List<String> imports) {
		return SyntheticPe.dll(machine, pe32Plus, List.of("NVSEPlugin_Load", "NVSEPlugin_Query"), imports);
	}

	/** A PE32 i386 DLL with the given exports (ordinals from 1) and imports. */
	public static byte[] dll(List<String> exports, List<String> imports) {
		return SyntheticPe.dll(PeImage.MACHINE_I386, false, exports, imports);
	}

	/** A PE32 i386 DLL with the given exports, imports and delay-load imports (descriptors holding RVAs). */
	public static byte[] dll(List<String> exports, List<String> imports, List<String> delayImports) {
		return SyntheticPe.image().exports(exports).imports(imports).delayImports(delayImports, false).bytes();
	}
}
