package org.memorypool.sdk.core.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeReaderTest {

	private static final List<String> EXPORTS = List.of("NVSEPlugin_Load", "NVSEPlugin_Query");
	private static final List<String> IMPORTS = List.of("KERNEL32.dll", "msvcrt.dll");

	@Test
	void readsMachineExportsAndImportsOfAPe32Dll() throws Exception {
		PeImage image = PeReader.read(SyntheticPe.dll(0x14C, false, EXPORTS, IMPORTS), "plugin.dll");
		assertEquals(new PeImage(0x14C, false, true, EXPORTS, IMPORTS), image);
		assertTrue(image.isPe32I386());
		assertEquals("i386 (0x014C)", image.machineName());
		assertEquals("PE32 DLL", image.formatName());
		assertEquals(List.of(), image.importsMissingOnPlayersMachines());
	}

	@Test
	void a64BitDllIsNotLoadableByTheGame() throws Exception {
		PeImage image = PeReader.read(SyntheticPe.dll(0x8664, true, EXPORTS, IMPORTS), "x64.dll");
		assertFalse(image.isPe32I386());
		assertEquals("x86-64 (0x8664)", image.machineName());
		assertEquals("PE32+ DLL", image.formatName());
		assertEquals(EXPORTS, image.exports());
	}

	@Test
	void anImageWithoutExportsOrImportsHasEmptyLists() throws Exception {
		PeImage image = PeReader.read(SyntheticPe.dll(0x14C, false, List.of(), List.of()), "empty.dll");
		assertEquals(List.of(), image.exports());
		assertEquals(List.of(), image.imports());
	}

	@Test
	void mingwRuntimeImportsAreFlaggedWhateverTheirCase() throws Exception {
		PeImage image = PeReader.read(SyntheticPe.dll(0x14C, false, EXPORTS,
				List.of("KERNEL32.dll", "LIBSTDC++-6.DLL", "libgcc_s_dw2-1.dll", "libwinpthread-1.dll")), "p.dll");
		assertEquals(List.of("LIBSTDC++-6.DLL", "libgcc_s_dw2-1.dll", "libwinpthread-1.dll"), image.importsMissingOnPlayersMachines());
	}

	@Test
	void aFileThatIsNotAPeImageSaysSo() {
		PeFormatException e = assertThrows(PeFormatException.class, () -> PeReader.read("just text".getBytes(), "notes.txt"));
		assertEquals("notes.txt is not a Windows DLL or EXE: it does not start with 'MZ'", e.getMessage());
	}

	@Test
	void aBrokenPeSignatureIsReported() {
		byte[] bytes = SyntheticPe.dll(0x14C, false, EXPORTS, IMPORTS);
		bytes[SyntheticPe.PE_OFFSET] = 'X';
		PeFormatException e = assertThrows(PeFormatException.class, () -> PeReader.read(bytes, "bad.dll"));
		assertTrue(e.getMessage().startsWith("bad.dll is not a valid PE image: no PE signature"), e.getMessage());
	}

	@Test
	void everyTruncationIsAnErrorNeverACrash() {
		byte[] whole = SyntheticPe.dll(0x14C, false, EXPORTS, IMPORTS);
		// The last name ends at this offset; any shorter file lacks part of the data the reader needs.
		int end = SyntheticPe.SECTION_FILE_OFFSET + 40 + 8 + 60 + "NVSEPlugin_Load".length() + "NVSEPlugin_Query".length() + 2
				+ "KERNEL32.dll".length() + "msvcrt.dll".length() + 2;
		for (int length = 0; length < end; length++) {
			byte[] truncated = Arrays.copyOf(whole, length);
			int n = length;
			assertThrows(PeFormatException.class, () -> PeReader.read(truncated, "cut.dll"), () -> "no error at length " + n);
		}
	}

	@Test
	void anRvaOutsideEverySectionIsReported() {
		byte[] bytes = SyntheticPe.dll(0x14C, false, EXPORTS, IMPORTS);
		ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		int directories = SyntheticPe.PE_OFFSET + 4 + 20 + 96;
		b.putInt(directories, 0x7FFF0000);
		PeFormatException e = assertThrows(PeFormatException.class, () -> PeReader.read(bytes, "bad.dll"));
		assertEquals("bad.dll is not a valid PE image: the export directory (RVA 0x7FFF0000) is in no section: the file is corrupt",
				e.getMessage());
	}

	@Test
	void anAbsurdExportCountIsReported() {
		byte[] bytes = SyntheticPe.dll(0x14C, false, EXPORTS, IMPORTS);
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(SyntheticPe.SECTION_FILE_OFFSET + 24, -5);
		PeFormatException e = assertThrows(PeFormatException.class, () -> PeReader.read(bytes, "bad.dll"));
		assertTrue(e.getMessage().contains("claims -5 names"), e.getMessage());
	}
}
