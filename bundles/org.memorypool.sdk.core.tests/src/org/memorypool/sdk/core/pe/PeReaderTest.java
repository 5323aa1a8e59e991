// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Images Windows' loader maps, built by {@link SyntheticPe}: each must read, with what the tables say. */
class PeReaderTest {

	private static final List<String> EXPORTS = List.of("NVSEPlugin_Load", "NVSEPlugin_Query");
	private static final List<String> IMPORTS = List.of("KERNEL32.dll", "msvcrt.dll");
	private static final List<PeExport> NAMED = List.of(PeExport.named(1, "NVSEPlugin_Load"), PeExport.named(2, "NVSEPlugin_Query"));

	@Test
	void readsMachineExportsAndImportsOfAPe32Dll() throws Exception {
		PeImage image = PeReader.read(SyntheticPe.dll(0x14C, false, EXPORTS, IMPORTS), "plugin.dll");
		assertEquals(new PeImage(0x14C, false, SyntheticPe.COFF_CHARACTERISTICS, NAMED, IMPORTS, List.of()), image);
		assertTrue(image.isPe32I386());
		assertTrue(image.dll());
		assertEquals(EXPORTS, image.exportNames());
		assertEquals("i386 (0x014C)", image.machineName());
		assertEquals("PE32 DLL", image.formatName());
	}

	@Test
	void a64BitDllIsNotLoadableByTheGame() throws Exception {
		PeImage image = PeReader.read(SyntheticPe.dll(0x8664, true, EXPORTS, IMPORTS), "x64.dll");
		assertFalse(image.isPe32I386());
		assertEquals("x86-64 (0x8664)", image.machineName());
		assertEquals("PE32+ DLL", image.formatName());
		assertEquals(NAMED, image.exports());
		assertEquals(IMPORTS, image.imports());
	}

	@Test
	void anImageWithoutExportOrImportDirectoriesHasEmptyLists() throws Exception {
		PeImage image = PeReader.read(SyntheticPe.dll(0x14C, false, List.of(), List.of()), "empty.dll");
		assertEquals(List.of(), image.exports());
		assertEquals(List.of(), image.imports());
		assertEquals(List.of(), image.delayImports());
	}

	@Test
	void exportsByOrdinalOnlyHaveNoNamesWhereverTheNameTablesPoint() throws Exception {
		List<SyntheticPe.Slot> slots = List.of(new SyntheticPe.Slot(null, null), new SyntheticPe.Slot(null, null));
		List<PeExport> expected = List.of(new PeExport(10, Optional.empty(), Optional.empty()),
				new PeExport(11, Optional.empty(), Optional.empty()));
		// As ld writes them: NumberOfNames 0, the table pointers aimed at empty tables.
		byte[] ld = SyntheticPe.image().slots(10, slots).bytes();
		// As Microsoft's linker writes them: NumberOfNames 0, AddressOfNames and AddressOfNameOrdinals 0.
		byte[] msvc = SyntheticPe.image().slots(10, slots).zeroNameTables().bytes();
		PeLayout layout = PeLayout.of(msvc);
		assertEquals(0, layout.image.getInt(layout.directory(0) + 32), "AddressOfNames");
		assertEquals(0, layout.image.getInt(layout.directory(0) + 36), "AddressOfNameOrdinals");
		assertEquals(expected, PeReader.read(ld, "ordinal_api.dll").exports());
		assertEquals(expected, PeReader.read(msvc, "ordinal_api_msvc_style.dll").exports());
		assertEquals(List.of(), PeReader.read(msvc, "ordinal_api_msvc_style.dll").exportNames());
	}

	@Test
	void forwardedExportsCarryTheirForwarder() throws Exception {
		byte[] bytes = SyntheticPe.image()
				.slots(1, List.of(new SyntheticPe.Slot("MyHeapAlloc", "NTDLL.RtlAllocateHeap"), new SyntheticPe.Slot("Own", null),
						new SyntheticPe.Slot(null, "KERNEL32.#42")))
				.bytes();
		assertEquals(List.of(new PeExport(1, Optional.of("MyHeapAlloc"), Optional.of("NTDLL.RtlAllocateHeap")), PeExport.named(2, "Own"),
				new PeExport(3, Optional.empty(), Optional.of("KERNEL32.#42"))), PeReader.read(bytes, "fwd.dll").exports());
	}

	@Test
	void unusedExportSlotsAreSkippedAndOrdinalsCountFromTheBase() throws Exception {
		byte[] bytes = SyntheticPe.image()
				.slots(5, List.of(SyntheticPe.UNUSED, new SyntheticPe.Slot("B", null), SyntheticPe.UNUSED, new SyntheticPe.Slot(null, null),
						new SyntheticPe.Slot("A", null), SyntheticPe.UNUSED))
				.bytes();
		PeImage image = PeReader.read(bytes, "gaps.dll");
		assertEquals(List.of(PeExport.named(6, "B"), new PeExport(8, Optional.empty(), Optional.empty()), PeExport.named(9, "A")),
				image.exports());
		assertEquals(List.of("B", "A"), image.exportNames(), "in ordinal order, not the name table's");
	}

	@Test
	void anExportDirectoryWithoutFunctionsHasNoExports() throws Exception {
		assertEquals(List.of(), PeReader.read(SyntheticPe.image().slots(1, List.of()).zeroNameTables().bytes(), "none.dll").exports());
	}

	@Test
	void delayLoadImportsAreReadInBothFormats() throws Exception {
		List<String> delayed = List.of("USER32.dll", "dbghelp.dll");
		byte[] rvas = SyntheticPe.image().imports(IMPORTS).delayImports(delayed, false).bytes();
		byte[] vas = SyntheticPe.image().imports(IMPORTS).delayImports(delayed, true).bytes();
		PeImage image = PeReader.read(rvas, "delay.dll");
		assertEquals(IMPORTS, image.imports());
		assertEquals(delayed, image.delayImports());
		assertEquals(delayed, PeReader.read(vas, "vc6.dll").delayImports());
	}

	@Test
	void vc6DelayLoadDescriptorsSubtractThe64BitImageBaseOfAPe32PlusImage() throws Exception {
		// Were the PE32 field (32 bits at offset 28) read instead, the base would be 0 and the names in no section.
		byte[] bytes = SyntheticPe.image().machine(0x8664, true).imageBase(0x7000_0000L).delayImports(List.of("USER32.dll"), true).bytes();
		assertEquals(List.of("USER32.dll"), PeReader.read(bytes, "x64.dll").delayImports());
	}

	@Test
	void hundredsOfSectionsAreSearched() throws Exception {
		byte[] bytes = SyntheticPe.image().sections(400).exports(EXPORTS).imports(IMPORTS).delayImports(List.of("USER32.dll"), false).bytes();
		PeImage image = PeReader.read(bytes, "many.dll");
		assertEquals(NAMED, image.exports());
		assertEquals(IMPORTS, image.imports());
		assertEquals(List.of("USER32.dll"), image.delayImports());
	}

	@Test
	void anImageWithoutSectionsCanHoldItsTablesInItsHeaders() throws Exception {
		for (int sections : new int[] { 0, 3 }) {
			byte[] bytes = SyntheticPe.image().sections(sections).tablesInHeaders().exports(EXPORTS).imports(IMPORTS).bytes();
			PeLayout layout = PeLayout.of(bytes);
			assertTrue(layout.directoryRva(0) < layout.image.getInt(layout.optional + 60), "RVA below SizeOfHeaders");
			PeImage image = PeReader.read(bytes, "tiny.dll");
			assertEquals(NAMED, image.exports(), sections + " sections");
			assertEquals(IMPORTS, image.imports(), sections + " sections");
		}
	}

	@Test
	void dataAfterTheLastSectionIsIgnored() throws Exception {
		byte[] overlay = new byte[5000];
		java.util.Arrays.fill(overlay, (byte) 0x5A);
		byte[] bytes = SyntheticPe.image().exports(EXPORTS).imports(IMPORTS).overlay(overlay).bytes();
		assertEquals(new PeImage(0x14C, false, SyntheticPe.COFF_CHARACTERISTICS, NAMED, IMPORTS, List.of()), PeReader.read(bytes, "setup.exe"));
	}

	@Test
	void onlyTheDataDirectoriesThatNumberOfRvaAndSizesCountsAreRead() throws Exception {
		for (int count : new int[] { 0, 1, 2, 13, 14 }) {
			byte[] bytes = SyntheticPe.image().directories(count).exports(EXPORTS).imports(IMPORTS).delayImports(List.of("USER32.dll"), false)
					.bytes();
			PeImage image = PeReader.read(bytes, "short.dll");
			assertEquals(count > 0 ? NAMED : List.of(), image.exports(), count + " directories");
			assertEquals(count > 1 ? IMPORTS : List.of(), image.imports(), count + " directories");
			assertEquals(count > 13 ? List.of("USER32.dll") : List.of(), image.delayImports(), count + " directories");
		}
	}

	@Test
	void anImportTableEndsAtTheFirstDescriptorWithoutANameOrFirstThunk() throws Exception {
		byte[] bytes = SyntheticPe.dll(0x14C, false, List.of(), List.of("KERNEL32.dll", "USER32.dll", "msvcrt.dll"));
		PeLayout layout = PeLayout.of(bytes);
		layout.image.putInt(layout.directory(1) + 20 + 16, 0); // the second descriptor's FirstThunk
		assertEquals(List.of("KERNEL32.dll"), PeReader.read(bytes, "short.dll").imports());
	}

	@Test
	void namesAreIso8859_1() throws Exception {
		byte[] bytes = SyntheticPe.image().exports(List.of("Gr\u00FC\u00DFe")).imports(List.of("\u00C9tude.dll")).bytes();
		PeImage image = PeReader.read(bytes, "latin1.dll");
		assertEquals(List.of("Gr\u00FC\u00DFe"), image.exportNames());
		assertEquals(List.of("\u00C9tude.dll"), image.imports());
	}

	@Test
	void manyNamePointersMayShareOneString() throws Exception {
		String longName = "Shared" + "x".repeat(3000);
		List<SyntheticPe.Slot> slots = new ArrayList<>();
		slots.add(new SyntheticPe.Slot(longName, null));
		for (int i = 1; i < 1000; i++) {
			slots.add(new SyntheticPe.Slot(String.format("Func%04d", i), null));
		}
		byte[] bytes = SyntheticPe.image().slots(1, slots).bytes();
		// Every name pointer aimed at the 3006-byte name: decoded once, it costs no more than one name.
		PeLayout layout = PeLayout.of(bytes);
		int pointers = layout.fileOffset(layout.rvaAt(layout.directory(0) + 32));
		int shared = layout.image.getInt(pointers + 4 * 999); // the table is sorted: "Shared..." comes last
		for (int i = 0; i < 1000; i++) {
			layout.image.putInt(pointers + 4 * i, shared);
		}
		assertEquals(Collections.nCopies(1000, longName), PeReader.read(bytes, "shared.dll").exportNames());
	}
}
