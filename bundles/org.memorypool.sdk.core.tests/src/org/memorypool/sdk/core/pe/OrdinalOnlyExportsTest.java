// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DLL that exports by ordinal only (testdata/cases/06-ordinal-only-exports/ordinal_api.*, NONAME at ordinals 10 and 11), as MinGW writes it
 * and as Microsoft's linker would: the export directory's AddressOfNames and AddressOfNameOrdinals 0. Windows loads
 * both and GetProcAddress(module, (LPCSTR) 10) finds the first function.
 */
class OrdinalOnlyExportsTest {

	private static final List<PeExport> ORDINALS_10_AND_11 = List.of(new PeExport(10, Optional.empty(), Optional.empty()),
			new PeExport(11, Optional.empty(), Optional.empty()));

	@TempDir
	Path dir;

	@Test
	void bothFormsAreDllsWithTwoExportsByOrdinalAndNoNames() throws Exception {
		for (String file : List.of("ordinal_api.c", "ordinal_api.def")) {
			Files.copy(Path.of("testdata/cases/06-ordinal-only-exports", file), dir.resolve(file));
		}
		Mingw.run(dir, "i686-w64-mingw32-gcc", "-O2", "-shared", "-s", "-o", "ordinal_api.dll", "ordinal_api.c", "ordinal_api.def");
		byte[] mingw = Files.readAllBytes(dir.resolve("ordinal_api.dll"));
		byte[] msvcStyle = withZeroNameTables(mingw);
		for (byte[] bytes : List.of(mingw, msvcStyle)) {
			PeImage image = PeReader.read(bytes, "ordinal_api.dll");
			assertTrue(image.isPe32I386(), image.machineName());
			assertTrue(image.dll());
			assertEquals(ORDINALS_10_AND_11, image.exports());
			assertEquals(List.of(), image.exportNames());
		}
	}

	/** A copy with AddressOfNames and AddressOfNameOrdinals 0, as zero_name_tables.py of case 06 writes it. */
	private static byte[] withZeroNameTables(byte[] dll) {
		byte[] copy = dll.clone();
		PeLayout layout = PeLayout.of(copy);
		int directory = layout.directory(0);
		assertEquals(0, layout.image.getInt(directory + 24), "NumberOfNames");
		assertNotEquals(0, layout.image.getInt(directory + 32), "ld points AddressOfNames at its empty table");
		layout.image.putInt(directory + 32, 0);
		layout.image.putInt(directory + 36, 0);
		return copy;
	}
}
