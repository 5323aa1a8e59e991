// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Truncated and mutated images: each reads or is refused with a {@link PeFormatException}, never another exception.
 * The mutations are seeded, so a failure repeats; its message names the offset and the byte.
 */
class PeReaderMutationTest {

	/** A synthetic image with every kind of table: forwarders, gaps, delay-load imports in both formats, 7 sections. */
	private static byte[] everyTable(boolean vc6) {
		return SyntheticPe.image().sections(7)
				.slots(3, List.of(new SyntheticPe.Slot("NVSEPlugin_Load", null), SyntheticPe.UNUSED, new SyntheticPe.Slot("NVSEPlugin_Query", null),
						new SyntheticPe.Slot("Alloc", "NTDLL.RtlAllocateHeap"), new SyntheticPe.Slot(null, null)))
				.imports(List.of("KERNEL32.dll", "msvcrt.dll")).delayImports(List.of("USER32.dll", "dbghelp.dll"), vc6)
				.overlay(new byte[100]).bytes();
	}

	private static Path mingwDll;

	@BeforeAll
	static void buildARealDll(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("plugin.cpp"), """
				#include <string>
				extern "C" __declspec(dllexport) bool NVSEPlugin_Query(const void*, void*) { return true; }
				extern "C" __declspec(dllexport) bool NVSEPlugin_Load(const void*) { return std::string("x").size() == 1; }
				""");
		Files.writeString(dir.resolve("plugin.def"), """
				EXPORTS
				    NVSEPlugin_Query
				    NVSEPlugin_Load
				    Hidden = NVSEPlugin_Load @7 NONAME
				    HeapAllocForwarded = kernel32.HeapAlloc
				""");
		Mingw.run(dir, "i686-w64-mingw32-g++", "-O2", "-shared", "-s", "-static-libgcc", "-static-libstdc++", "-o", "plugin.dll", "plugin.cpp",
				"plugin.def");
		mingwDll = dir.resolve("plugin.dll");
	}

	@Test
	void everyTruncationReadsOrIsRefusedAndEveryCutIntoASectionIsRefused() throws Exception {
		for (boolean vc6 : new boolean[] { false, true }) {
			byte[] whole = everyTable(vc6);
			PeReader.read(whole, "whole.dll");
			int sectionsEnd = whole.length - 100;
			for (int length = 0; length <= whole.length; length++) {
				byte[] prefix = Arrays.copyOf(whole, length);
				int n = length;
				if (length < sectionsEnd) {
					assertThrows(PeFormatException.class, () -> PeReader.read(prefix, "cut.dll"), () -> "no error at length " + n);
				} else {
					assertEquals(PeReader.read(whole, "whole.dll"), PeReader.read(prefix, "cut.dll"), "a cut into the overlay at " + n);
				}
			}
		}
	}

	@Test
	void mutationsOfASyntheticImageReadOrAreRefused() {
		for (boolean vc6 : new boolean[] { false, true }) {
			byte[] bytes = everyTable(vc6);
			mutate(bytes, new Random(vc6 ? 2 : 1), 20_000, regions(bytes));
		}
	}

	@Test
	void twentyThousandByteMutationsOfAMingwDllReadOrAreRefused() throws Exception {
		byte[] bytes = Files.readAllBytes(mingwDll);
		PeImage image = PeReader.read(bytes, "plugin.dll");
		assertEquals(4, image.exports().size(), image.exports().toString());
		mutate(bytes, new Random(20_000), 20_000, regions(bytes));
	}

	/**
	 * Where to mutate: the headers and section table, the raw data of the sections holding the export, import and
	 * delay-load tables (names included), and the whole file; each as likely as the others.
	 */
	private static List<int[]> regions(byte[] bytes) {
		PeLayout layout = PeLayout.of(bytes);
		List<int[]> regions = new ArrayList<>();
		regions.add(new int[] { 0, layout.sectionHeader(layout.sectionCount) });
		for (int directory : new int[] { 0, 1, 13 }) {
			if (layout.directoryRva(directory) != 0) {
				int header = layout.sectionHeaderOf(layout.directoryRva(directory));
				int raw = layout.image.getInt(header + 20);
				regions.add(new int[] { raw, raw + layout.image.getInt(header + 16) });
			}
		}
		regions.add(new int[] { 0, bytes.length });
		return regions;
	}

	/** Changes one byte at a time to a random value (or, one time in four, a 32-bit field to a telling one), then restores it. */
	private static void mutate(byte[] bytes, Random random, int count, List<int[]> regions) {
		int[] telling = { 0, -1, 0x7FFFFFFF, 0x80000000, 1, 0x1000, 0xFFFF, 0x10000, bytes.length, bytes.length - 1 };
		for (int i = 0; i < count; i++) {
			int[] region = regions.get(random.nextInt(regions.size()));
			int at = region[0] + random.nextInt(region[1] - region[0]);
			int width = random.nextInt(4) == 0 && at + 4 <= bytes.length ? 4 : 1;
			byte[] saved = Arrays.copyOfRange(bytes, at, at + width);
			if (width == 4) {
				ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at, telling[random.nextInt(telling.length)]);
			} else {
				bytes[at] = (byte) random.nextInt(256);
			}
			try {
				PeReader.read(bytes, "mutant.dll");
			} catch (PeFormatException e) {
				// a refusal is a right answer
			} catch (RuntimeException | Error e) {
				throw new AssertionError(String.format("mutation %d at offset 0x%X: %s", i, at,
						Arrays.toString(Arrays.copyOfRange(bytes, at, at + width))), e);
			}
			System.arraycopy(saved, 0, bytes, at, width);
		}
	}
}
