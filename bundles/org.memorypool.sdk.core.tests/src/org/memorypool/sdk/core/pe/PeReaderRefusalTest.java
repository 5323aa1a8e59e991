// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What Windows' loader would not map, and broken tables: each is a {@link PeFormatException} saying what is wrong. */
class PeReaderRefusalTest {

	private static final List<String> EXPORTS = List.of("NVSEPlugin_Load", "NVSEPlugin_Query");
	private static final List<String> IMPORTS = List.of("KERNEL32.dll", "msvcrt.dll");

	private static byte[] plugin() {
		return SyntheticPe.dll(0x14C, false, EXPORTS, IMPORTS);
	}

	private static String refusal(byte[] bytes) {
		return assertThrows(PeFormatException.class, () -> PeReader.read(bytes, "bad.dll")).getMessage();
	}

	@Test
	void aFileThatIsNotAPeImageSaysSo() {
		assertEquals("notes.txt is not a Windows DLL or EXE: it does not start with 'MZ'",
				assertThrows(PeFormatException.class, () -> PeReader.read("just text".getBytes(), "notes.txt")).getMessage());
		assertEquals("empty.dll is not a Windows DLL or EXE: it does not start with 'MZ'",
				assertThrows(PeFormatException.class, () -> PeReader.read(new byte[0], "empty.dll")).getMessage());
	}

	@Test
	void anElfFileIsNamedAsOne() {
		byte[] elf = Arrays.copyOf(new byte[] { 0x7F, 'E', 'L', 'F', 1, 1, 1 }, 64);
		assertEquals("libSoPlugin.so is not a Windows DLL or EXE: it is an ELF file (a Linux or Unix shared object or program)",
				assertThrows(PeFormatException.class, () -> PeReader.read(elf, "libSoPlugin.so")).getMessage());
	}

	@Test
	void aDosHeaderCutShortIsReported() {
		assertEquals("bad.dll is not a valid PE image: the DOS header ends after 2 of its 64 bytes: the file is truncated or corrupt",
				refusal(new byte[] { 'M', 'Z' }));
	}

	@Test
	void aPeHeaderOffsetOutsideTheFileIsReported() {
		byte[] bytes = plugin();
		ByteBuffer image = PeLayout.of(bytes).image;
		image.putInt(0x3C, 0x7FFFFFF0);
		assertEquals("bad.dll is not a valid PE image: the DOS header points at a PE header at offset 0x7FFFFFF0 (e_lfanew), outside the file ("
				+ bytes.length + " bytes): the file is truncated or corrupt", refusal(bytes));
		image.putInt(0x3C, -4);
		assertTrue(refusal(bytes).contains("offset 0xFFFFFFFC (e_lfanew), outside the file"));
	}

	@Test
	void aBrokenPeSignatureIsReported() {
		byte[] bytes = plugin();
		bytes[SyntheticPe.PE_OFFSET] = 'X';
		assertTrue(refusal(bytes).startsWith("bad.dll is not a valid PE image: no PE signature where the DOS header points (offset 128)"));
	}

	@Test
	void a16BitWindowsModuleIsNamedAsOne() {
		byte[] bytes = plugin();
		bytes[SyntheticPe.PE_OFFSET] = 'N';
		bytes[SyntheticPe.PE_OFFSET + 1] = 'E';
		assertEquals("bad.dll is not a valid PE image: it is a 16-bit Windows (NE) module, which a 32-bit process cannot load", refusal(bytes));
	}

	@Test
	void anUnknownOptionalHeaderMagicIsReported() {
		byte[] bytes = plugin();
		PeLayout layout = PeLayout.of(bytes);
		layout.image.putShort(layout.optional, (short) 0x107); // a ROM image
		assertEquals("bad.dll is not a valid PE image: the optional header's Magic is 0x107, neither PE32 (0x10B) nor PE32+ (0x20B): "
				+ "the file is truncated or corrupt", refusal(bytes));
	}

	@Test
	void anOptionalHeaderSmallerThanItsFixedFieldsIsReported() {
		byte[] pe32 = plugin();
		PeLayout layout = PeLayout.of(pe32);
		layout.image.putShort(layout.fileHeader + 16, (short) 95);
		assertTrue(refusal(pe32).contains("SizeOfOptionalHeader is 95 bytes, less than the 96 bytes of a PE32 optional header's fields"),
				refusal(pe32));
		byte[] pe32Plus = SyntheticPe.dll(0x8664, true, EXPORTS, IMPORTS);
		layout = PeLayout.of(pe32Plus);
		layout.image.putShort(layout.fileHeader + 16, (short) 100);
		assertTrue(refusal(pe32Plus).contains("less than the 112 bytes of a PE32+ optional header's fields"), refusal(pe32Plus));
	}

	@Test
	void anOptionalHeaderRunningPastTheFileIsReported() {
		byte[] bytes = plugin();
		PeLayout layout = PeLayout.of(bytes);
		layout.image.putShort(layout.fileHeader + 16, (short) 0xFFF0);
		assertTrue(refusal(bytes).contains("the optional header (SizeOfOptionalHeader 65520 bytes) runs past the end of the file"));
	}

	@Test
	void aSectionTableOutsideTheFileIsReported() {
		byte[] bytes = plugin();
		PeLayout layout = PeLayout.of(bytes);
		layout.image.putShort(layout.fileHeader + 2, (short) 0xFFFF);
		assertTrue(refusal(bytes).contains("the section table (65535 sections) runs past the end of the file"), refusal(bytes));
	}

	@Test
	void sizeOfHeadersLargerThanTheFileIsReported() {
		byte[] bytes = plugin();
		PeLayout layout = PeLayout.of(bytes);
		layout.image.putInt(layout.optional + 60, bytes.length + 1);
		assertEquals("bad.dll is not a valid PE image: SizeOfHeaders (" + (bytes.length + 1) + " bytes) is larger than the file ("
				+ bytes.length + " bytes): the file is truncated or corrupt", refusal(bytes));
	}

	@Test
	void aSectionWhoseRawDataLiesPastTheEndOfTheFileIsReported() {
		byte[] bytes = SyntheticPe.image().sections(3).exports(EXPORTS).bytes();
		PeLayout layout = PeLayout.of(bytes);
		int header = layout.sectionHeader(2);
		int pointer = layout.image.getInt(header + 20);
		layout.image.putInt(header + 16, bytes.length - pointer + 1);
		assertEquals(String.format("bad.dll is not a valid PE image: section 3 (.s2) has its raw data at file offsets 0x%X to 0x%X, past the end "
				+ "of the file (%d bytes): the file is truncated or corrupt", pointer, bytes.length + 1, bytes.length), refusal(bytes));
	}

	@Test
	void aFileCutAfterItsHeadersIsRefused() {
		byte[] whole = plugin();
		byte[] headersOnly = Arrays.copyOf(whole, PeLayout.of(whole).image.getInt(PeLayout.of(whole).optional + 60));
		assertTrue(refusal(headersOnly).contains("section 1 (.rdata) has its raw data at file offsets 0x200 to 0x400, past the end of the file (512 bytes)"),
				refusal(headersOnly));
	}

	@Test
	void anExportDirectoryInNoSectionIsReported() {
		byte[] bytes = plugin();
		PeLayout layout = PeLayout.of(bytes);
		layout.image.putInt(layout.directoryEntry(0), 0x7FFF0000);
		assertEquals("bad.dll is not a valid PE image: its export table is corrupt: the export directory (RVA 0x7FFF0000) is in no section",
				refusal(bytes));
	}

	@Test
	void absurdExportCountsAreReported() {
		byte[] bytes = plugin();
		PeLayout layout = PeLayout.of(bytes);
		int directory = layout.directory(0);
		layout.image.putInt(directory + 24, -5);
		assertEquals("bad.dll is not a valid PE image: its export table is corrupt: NumberOfNames is 4294967291; names lead to 16-bit ordinals, "
				+ "so there are at most 65536", refusal(bytes));
		layout.image.putInt(directory + 24, 2);
		layout.image.putInt(directory + 20, 65537);
		assertTrue(refusal(bytes).contains("NumberOfFunctions is 65537; ordinals are 16-bit"), refusal(bytes));
		layout.image.putInt(directory + 20, 2);
		layout.image.putInt(directory + 16, 65535); // Base: the second function would be ordinal 65536
		assertTrue(refusal(bytes).contains("its ordinals run from 65535 to 65536, past 65535"), refusal(bytes));
	}

	@Test
	void anExportTableThatRunsOutOfItsSectionIsReported() {
		byte[] bytes = plugin();
		PeLayout layout = PeLayout.of(bytes);
		layout.image.putInt(layout.directory(0) + 20, 60000); // NumberOfFunctions: 240000 bytes of addresses
		assertTrue(refusal(bytes).matches(".*its export table is corrupt: the export address table \\(RVA 0x[0-9A-F]+, 240000 bytes\\) runs past "
				+ "the end of its section"), refusal(bytes));
	}

	@Test
	void aNameOrdinalPastTheAddressTableIsReported() {
		byte[] bytes = plugin();
		PeLayout layout = PeLayout.of(bytes);
		int ordinals = layout.fileOffset(layout.rvaAt(layout.directory(0) + 36));
		layout.image.putShort(ordinals + 2, (short) 2);
		assertEquals("bad.dll is not a valid PE image: its export table is corrupt: export name 2 points at entry 2 of the export address table, "
				+ "which has 2", refusal(bytes));
	}

	@Test
	void anExportedFunctionInNoSectionIsReported() {
		byte[] bytes = plugin();
		PeLayout layout = PeLayout.of(bytes);
		int functions = layout.fileOffset(layout.rvaAt(layout.directory(0) + 28));
		layout.image.putInt(functions + 4, 0x00FF0000);
		assertEquals("bad.dll is not a valid PE image: its export table is corrupt: the function exported at ordinal 2 (RVA 0xFF0000) is in no "
				+ "section", refusal(bytes));
	}

	@Test
	void namesLongerThanTheFormatAllowsAreRefused() {
		String longName = "F".repeat(PeReader.MAX_EXPORT_NAME + 1);
		assertTrue(refusal(SyntheticPe.dll(0x14C, false, List.of(longName), List.of()))
				.matches("bad.dll is not a valid PE image: its export table is corrupt: export name 1 \\(RVA 0x[0-9A-F]+\\) is longer than "
						+ PeReader.MAX_EXPORT_NAME + " bytes"));
		// GCC does not truncate names as MSVC does (at 4096): a long template instantiation is exported whole.
		assertEquals(1, assertDoesRead(SyntheticPe.dll(0x14C, false, List.of("_Z" + "T".repeat(20_000)), List.of())).exports().size());
		assertEquals(1, assertDoesRead(SyntheticPe.dll(0x14C, false, List.of(longName.substring(1)), List.of())).exports().size());
		String longDll = "d".repeat(PeReader.MAX_DLL_NAME - 3) + ".dll";
		assertTrue(refusal(SyntheticPe.dll(0x14C, false, List.of(), List.of(longDll)))
				.matches(".*its import table is corrupt: the name of imported DLL 1 \\(RVA 0x[0-9A-F]+\\) is longer than 260 bytes"));
		assertTrue(refusal(SyntheticPe.image().delayImports(List.of(longDll), false).bytes())
				.matches(".*its delay-load import table is corrupt: the name of delay-loaded DLL 1 \\(RVA 0x[0-9A-F]+\\) is longer than 260 bytes"));
		assertEquals(List.of(longDll.substring(1)), assertDoesRead(SyntheticPe.dll(0x14C, false, List.of(), List.of(longDll.substring(1)))).imports());
	}

	private static PeImage assertDoesRead(byte[] bytes) {
		try {
			return PeReader.read(bytes, "good.dll");
		} catch (PeFormatException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void aNameThatRunsOffTheEndOfItsSectionIsReported() {
		byte[] bytes = SyntheticPe.dll(0x14C, false, List.of(), List.of("KERNEL32.dll"));
		PeLayout layout = PeLayout.of(bytes);
		int header = layout.sectionHeader(0);
		// The section's raw data, and its virtual range, end on the name's last byte: no zero after it.
		int name = layout.fileOffset(layout.rvaAt(layout.directory(1) + 12));
		int size = name + "KERNEL32.dll".length() - layout.image.getInt(header + 20);
		layout.image.putInt(header + 16, size);
		layout.image.putInt(header + 8, size);
		assertTrue(refusal(bytes).matches(".*its import table is corrupt: the name of imported DLL 1 \\(RVA 0x[0-9A-F]+\\) runs past the end of its section"),
				refusal(bytes));
		// With a larger virtual size it ends in the zeros the loader fills the rest of the section with.
		layout.image.putInt(header + 8, size + 1);
		assertEquals(List.of("KERNEL32.dll"), assertDoesRead(bytes).imports());
	}

	@Test
	void anEmptyImportedDllNameIsReported() {
		byte[] bytes = SyntheticPe.dll(0x14C, false, List.of(), List.of("KERNEL32.dll"));
		PeLayout layout = PeLayout.of(bytes);
		bytes[layout.fileOffset(layout.rvaAt(layout.directory(1) + 12))] = 0;
		assertTrue(refusal(bytes).matches(".*its import table is corrupt: the name of imported DLL 1 \\(RVA 0x[0-9A-F]+\\) is empty"), refusal(bytes));
	}

	@Test
	void anImportedDllNameInNoSectionIsReported() {
		byte[] bytes = plugin();
		PeLayout layout = PeLayout.of(bytes);
		layout.image.putInt(layout.directory(1) + 20 + 12, 0x00FF0000);
		assertEquals("bad.dll is not a valid PE image: its import table is corrupt: the name of imported DLL 2 (RVA 0xFF0000) is in no section",
				refusal(bytes));
	}

	@Test
	void anImportDirectoryInNoSectionIsReported() {
		byte[] bytes = plugin();
		PeLayout layout = PeLayout.of(bytes);
		layout.image.putInt(layout.directoryEntry(1), 0x00FF0000);
		assertEquals("bad.dll is not a valid PE image: its import table is corrupt: the import directory (RVA 0xFF0000) is in no section",
				refusal(bytes));
	}

	@Test
	void anImportTableThatDoesNotEndIsReported() {
		byte[] bytes = SyntheticPe.dll(0x14C, false, List.of(), List.of("KERNEL32.dll"));
		fillSectionWithCopiesOfTheFirstDescriptor(bytes, 1, 20);
		assertTrue(refusal(bytes).matches(
				".*its import table is corrupt: its descriptors from RVA 0x[0-9A-F]+ on do not end before the end of their section"),
				refusal(bytes));
	}

	@Test
	void aDelayLoadTableThatDoesNotEndIsReported() {
		byte[] bytes = SyntheticPe.image().delayImports(List.of("USER32.dll"), false).bytes();
		fillSectionWithCopiesOfTheFirstDescriptor(bytes, 13, 32);
		assertTrue(refusal(bytes).matches(
				".*its delay-load import table is corrupt: its descriptors from RVA 0x[0-9A-F]+ on do not end before the end of their section"),
				refusal(bytes));
	}

	/** Copies the directory's first descriptor up to the end of its section, with its name moved into the DOS stub. */
	private static void fillSectionWithCopiesOfTheFirstDescriptor(byte[] bytes, int directory, int size) {
		PeLayout layout = PeLayout.of(bytes);
		int first = layout.directory(directory);
		int header = layout.sectionHeaderOf(layout.directoryRva(directory));
		int end = layout.image.getInt(header + 20) + layout.image.getInt(header + 16);
		layout.image.putInt(header + 8, layout.image.getInt(header + 16)); // no zero-filled tail
		byte[] name = "KERNEL32.dll\0".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(name, 0, bytes, 0x40, name.length);
		layout.image.putInt(first + (size == 20 ? 12 : 4), 0x40);
		for (int at = first + size; at < end; at++) {
			bytes[at] = bytes[first + (at - first) % size];
		}
	}

	@Test
	void aVc6DelayLoadNameBelowTheImageBaseIsReported() {
		byte[] bytes = SyntheticPe.image().delayImports(List.of("USER32.dll"), true).bytes();
		PeLayout layout = PeLayout.of(bytes);
		layout.image.putInt(layout.directory(13) + 4, 0x1000);
		assertEquals("bad.dll is not a valid PE image: its delay-load import table is corrupt: the name of delay-loaded DLL 1 is at VA 0x1000, "
				+ "below the image base 0x10000000", refusal(bytes));
	}
}
