package org.memorypool.sdk.core.pe;

import java.util.List;

/** Synthetic PE images for tests in other packages. */
public final class PeReaderTestData {

	private PeReaderTestData() {
	}

	/** A DLL exporting the two NVSE entry points and importing {@code imports}. */
	public static byte[] plugin(int machine, boolean pe32Plus, List<String> imports) {
		return SyntheticPe.dll(machine, pe32Plus, List.of("NVSEPlugin_Load", "NVSEPlugin_Query"), imports);
	}

	/** A PE32 i386 DLL with the given exports and imports. */
	public static byte[] dll(List<String> exports, List<String> imports) {
		return SyntheticPe.dll(0x14C, false, exports, imports);
	}
}
