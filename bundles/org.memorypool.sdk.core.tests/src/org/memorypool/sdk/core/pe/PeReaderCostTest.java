// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files cost at most a small multiple of their size: measured as the bytes the reading thread allocates
 * (a real bound on memory, not a timing). Each read is done once first, so that class loading is not counted.
 */
class PeReaderCostTest {

	@TempDir
	Path dir;

	/** Reads the file, as {@link PeReader#read(Path)} does, counting a refusal as a result. */
	private static Object readOrRefuse(Path file) throws Exception {
		try {
			return PeReader.read(file);
		} catch (PeFormatException e) {
			return e;
		}
	}

	private static Object readOrRefuse(byte[] bytes) {
		try {
			return PeReader.read(bytes, "hostile.dll");
		} catch (PeFormatException e) {
			return e;
		}
	}

	/**
	 * The fuzz finding of shared/cases/hostile (export-names-amplifier-33KB.dll), rebuilt rather than committed as a
	 * binary: 8192 export names that all point at one 32 KB run of name bytes. An earlier reader decoded the run once per
	 * name and allocated about 512 MB.
	 */
	@Test
	@Timeout(30)
	void theExportNamesAmplifierIsReadInMemoryLinearInItsSize() throws Exception {
		List<SyntheticPe.Slot> slots = new ArrayList<>();
		slots.add(new SyntheticPe.Slot("Run" + "r".repeat(32_000), null));
		for (int i = 1; i < 8192; i++) {
			slots.add(new SyntheticPe.Slot(String.format("F%05d", i), null));
		}
		byte[] bytes = SyntheticPe.image().slots(1, slots).bytes();
		PeLayout layout = PeLayout.of(bytes);
		int pointers = layout.fileOffset(layout.rvaAt(layout.directory(0) + 32));
		int run = layout.image.getInt(pointers + 4 * 8191); // sorted: "Run..." comes last
		for (int i = 0; i < 8192; i++) {
			layout.image.putInt(pointers + 4 * i, run);
		}
		readOrRefuse(bytes);
		long before = allocatedBytes();
		Object result = readOrRefuse(bytes);
		long allocated = allocatedBytes() - before;
		assertTrue(result instanceof PeImage || result instanceof PeFormatException, String.valueOf(result));
		assertTrue(allocated < 20L * bytes.length, "reading " + bytes.length + " bytes allocated " + allocated + ": " + result);
	}

	@Test
	@Timeout(30)
	void namesThatOverlapEachOtherAreRefusedOnceTheyExceedTheFile() {
		// 2000 names, each pointing one byte further into one 4000-byte name: 4 MB of names out of a 50 KB file.
		List<SyntheticPe.Slot> slots = new ArrayList<>();
		slots.add(new SyntheticPe.Slot("Run" + "r".repeat(4000), null));
		for (int i = 1; i < 2000; i++) {
			slots.add(new SyntheticPe.Slot(String.format("F%05d", i), null));
		}
		byte[] bytes = SyntheticPe.image().slots(1, slots).bytes();
		PeLayout layout = PeLayout.of(bytes);
		int pointers = layout.fileOffset(layout.rvaAt(layout.directory(0) + 32));
		int run = layout.image.getInt(pointers + 4 * 1999); // sorted: "Run..." comes last
		for (int i = 0; i < 2000; i++) {
			layout.image.putInt(pointers + 4 * i, run + i);
		}
		readOrRefuse(bytes);
		long before = allocatedBytes();
		Object result = readOrRefuse(bytes);
		long allocated = allocatedBytes() - before;
		PeFormatException e = assertThrows(PeFormatException.class, () -> PeReader.read(bytes, "hostile.dll"));
		assertEquals(String.format("hostile.dll is not a valid PE image: its export table is corrupt: its names overlap: decoding them would "
				+ "read more than %d bytes from a file of %d bytes", bytes.length + 16 * 1024, bytes.length), e.getMessage());
		assertTrue(allocated < 20L * bytes.length, "reading " + bytes.length + " bytes allocated " + allocated + ": " + result);
	}

	@Test
	@Timeout(30)
	void tablesInZeroFilledMemoryCostNothingWhateverTheirCounts() {
		// 65536 functions and names, all in the zeros past the section's raw data: no exports, and nothing to store.
		byte[] bytes = SyntheticPe.dll(0x14C, false, List.of("A"), List.of());
		PeLayout layout = PeLayout.of(bytes);
		int header = layout.sectionHeader(0);
		layout.image.putInt(header + 8, 0x100000);
		int zeros = layout.image.getInt(header + 12) + 0x1000;
		int directory = layout.directory(0);
		layout.image.putInt(directory + 16, 0); // Base: ordinals 0 to 65535
		layout.image.putInt(directory + 20, 65536);
		layout.image.putInt(directory + 24, 65536);
		layout.image.putInt(directory + 28, zeros);
		layout.image.putInt(directory + 32, zeros);
		layout.image.putInt(directory + 36, zeros);
		readOrRefuse(bytes);
		long before = allocatedBytes();
		Object result = readOrRefuse(bytes);
		long allocated = allocatedBytes() - before;
		assertTrue(result instanceof PeImage image && image.exports().isEmpty(), String.valueOf(result));
		assertTrue(allocated < 64 * 1024, "reading " + bytes.length + " bytes allocated " + allocated);
	}

	@Test
	void aFileLargerThanAnyDllIsRefusedUnread() throws Exception {
		Path huge = dir.resolve("huge.dll");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(PeReader.MAX_FILE_SIZE + 1); // sparse: nothing is written
		}
		PeFormatException e = assertThrows(PeFormatException.class, () -> PeReader.read(huge));
		assertEquals(huge + " is 128 MB: larger than any DLL the game loads", e.getMessage());
	}

	/**
	 * The bytes the current thread has allocated so far: com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes,
	 * found through the platform bean's interfaces so that the fragment needs no import of com.sun.management.
	 */
	private static long allocatedBytes() {
		Object bean = ManagementFactory.getThreadMXBean();
		for (Class<?> type = bean.getClass(); type != null; type = type.getSuperclass()) {
			for (Class<?> contract : type.getInterfaces()) {
				if (contract.getName().equals("com.sun.management.ThreadMXBean")) {
					try {
						Method method = contract.getMethod("getCurrentThreadAllocatedBytes");
						return (long) method.invoke(bean);
					} catch (ReflectiveOperationException e) {
						throw new AssertionError("cannot measure allocation", e);
					}
				}
			}
		}
		throw new AssertionError("this JVM's thread bean is not a com.sun.management.ThreadMXBean: " + bean.getClass());
	}
}
