// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Writes PE images byte by byte, so tests control every field, including broken ones. The images are laid out as a
 * linker would: headers, then each section's raw data in table order, aligned to {@link #FILE_ALIGNMENT}; one section,
 * ".rdata", holds the export directory (with its names and forwarders inside the directory's range), the import and
 * delay-load descriptors and their DLL names, and a byte of "code" the exports point at. Other sections are filler.
 */
final class SyntheticPe {

	static final int PE_OFFSET = 0x80;
	static final int FILE_ALIGNMENT = 0x200;
	static final int SECTION_ALIGNMENT = 0x1000;
	static final long IMAGE_BASE = 0x10000000L;
	static final int COFF_CHARACTERISTICS = 0x2102; // executable, 32-bit word machine, DLL

	/** A slot of the export address table: a name or null, a forwarder or null; {@link #UNUSED} has RVA 0. */
	record Slot(String name, String forwarder) {
	}

	static final Slot UNUSED = new Slot(null, null);

	private int machine = PeImage.MACHINE_I386;
	private boolean pe32Plus;
	private long imageBase = IMAGE_BASE;
	private boolean exportDirectory;
	private int exportBase = 1;
	private List<Slot> slots = List.of();
	private boolean zeroNameTables;
	private List<String> imports = List.of();
	private List<String> delayImports = List.of();
	private boolean delayVirtualAddresses;
	private int sectionCount = 1;
	private int directoryCount = 16;
	private boolean tablesInHeaders;
	private byte[] overlay = new byte[0];

	private SyntheticPe() {
	}

	/** A PE32 i386 DLL with one section, no exports and no imports. */
	static SyntheticPe image() {
		return new SyntheticPe();
	}

	/** A DLL with one section holding the exports (ordinals from 1), the import descriptors and all names. */
	static byte[] dll(int machine, boolean pe32Plus, List<String> exports, List<String> imports) {
		return image().machine(machine, pe32Plus).exports(exports).imports(imports).bytes();
	}

	SyntheticPe machine(int machine, boolean pe32Plus) {
		this.machine = machine;
		this.pe32Plus = pe32Plus;
		return this;
	}

	/** The optional header's ImageBase (PE32: 32-bit; PE32+: 64-bit). */
	SyntheticPe imageBase(long imageBase) {
		this.imageBase = imageBase;
		return this;
	}

	/** Exports by name, ordinals from 1; none writes no export directory. */
	SyntheticPe exports(List<String> names) {
		return names.isEmpty() ? this : slots(1, names.stream().map(n -> new Slot(n, null)).toList());
	}

	/** An export directory with these address table slots, the first at ordinal {@code base}. */
	SyntheticPe slots(int base, List<Slot> slots) {
		this.exportDirectory = true;
		this.exportBase = base;
		this.slots = List.copyOf(slots);
		return this;
	}

	/** With no names, AddressOfNames and AddressOfNameOrdinals 0, as Microsoft's linker writes them (ld points them at the empty tables). */
	SyntheticPe zeroNameTables() {
		this.zeroNameTables = true;
		return this;
	}

	SyntheticPe imports(List<String> dlls) {
		this.imports = List.copyOf(dlls);
		return this;
	}

	/** Delay-load descriptors for these DLLs; {@code virtualAddresses} writes Visual C++ 6's format (grAttrs 0, VAs). */
	SyntheticPe delayImports(List<String> dlls, boolean virtualAddresses) {
		this.delayImports = List.copyOf(dlls);
		this.delayVirtualAddresses = virtualAddresses;
		return this;
	}

	/** How many sections; the one holding the tables is in the middle, the others are 0x200 bytes of filler. */
	SyntheticPe sections(int count) {
		this.sectionCount = count;
		return this;
	}

	/** NumberOfRvaAndSizes, and the optional header's size with it. */
	SyntheticPe directories(int count) {
		this.directoryCount = count;
		return this;
	}

	/** Puts the tables in the headers, after the section table (RVA = file offset, below SizeOfHeaders). */
	SyntheticPe tablesInHeaders() {
		this.tablesInHeaders = true;
		return this;
	}

	/** Data after the last section, as installers and signatures leave it. */
	SyntheticPe overlay(byte[] bytes) {
		this.overlay = bytes.clone();
		return this;
	}

	byte[] bytes() {
		int optionalSize = (pe32Plus ? 112 : 96) + 8 * directoryCount;
		int coff = PE_OFFSET + 4;
		int optional = coff + 20;
		int sectionTable = optional + optionalSize;
		int sectionTableEnd = sectionTable + 40 * sectionCount;
		int tablesSection = tablesInHeaders ? -1 : sectionCount / 2;
		long tablesRva = tablesInHeaders ? align(sectionTableEnd, 16) : (long) SECTION_ALIGNMENT * (tablesSection + 1);
		Tables tables = new Tables(tablesRva);
		long[] directory = tables.write();
		byte[] content = tables.bytes();

		int sizeOfHeaders = align(tablesInHeaders ? (int) tablesRva + content.length : sectionTableEnd, FILE_ALIGNMENT);
		int[] rawSize = new int[sectionCount];
		int[] virtualSize = new int[sectionCount];
		long[] rva = new long[sectionCount];
		int[] raw = new int[sectionCount];
		int fileEnd = sizeOfHeaders;
		long nextRva = SECTION_ALIGNMENT;
		for (int i = 0; i < sectionCount; i++) {
			virtualSize[i] = i == tablesSection ? content.length : FILE_ALIGNMENT;
			rawSize[i] = align(virtualSize[i], FILE_ALIGNMENT);
			rva[i] = nextRva;
			raw[i] = fileEnd;
			nextRva += align(virtualSize[i], SECTION_ALIGNMENT);
			fileEnd += rawSize[i];
		}
		ByteBuffer b = ByteBuffer.allocate(fileEnd + overlay.length).order(ByteOrder.LITTLE_ENDIAN);
		b.putShort(0, (short) 0x5A4D);
		b.putInt(0x3C, PE_OFFSET);
		b.putInt(PE_OFFSET, 0x00004550);
		b.putShort(coff, (short) machine);
		b.putShort(coff + 2, (short) sectionCount);
		b.putShort(coff + 16, (short) optionalSize);
		b.putShort(coff + 18, (short) COFF_CHARACTERISTICS);
		b.putShort(optional, (short) (pe32Plus ? 0x20B : 0x10B));
		if (pe32Plus) {
			b.putLong(optional + 24, imageBase);
		} else {
			b.putInt(optional + 28, (int) imageBase);
		}
		b.putInt(optional + 32, SECTION_ALIGNMENT);
		b.putInt(optional + 36, FILE_ALIGNMENT);
		b.putInt(optional + 56, (int) nextRva); // SizeOfImage
		b.putInt(optional + 60, sizeOfHeaders);
		b.putShort(optional + 68, (short) 2); // IMAGE_SUBSYSTEM_WINDOWS_GUI
		b.putInt(optional + (pe32Plus ? 108 : 92), directoryCount);
		int directories = optional + (pe32Plus ? 112 : 96);
		for (int d = 0; d < Math.min(directoryCount, 16); d++) {
			b.putInt(directories + 8 * d, (int) directory[2 * d]);
			b.putInt(directories + 8 * d + 4, (int) directory[2 * d + 1]);
		}
		for (int i = 0; i < sectionCount; i++) {
			int header = sectionTable + 40 * i;
			String name = i == tablesSection ? ".rdata" : ".s" + i;
			b.put(header, Arrays.copyOf(name.getBytes(StandardCharsets.US_ASCII), 8));
			b.putInt(header + 8, virtualSize[i]);
			b.putInt(header + 12, (int) rva[i]);
			b.putInt(header + 16, rawSize[i]);
			b.putInt(header + 20, raw[i]);
			// code and initialized data, executable, readable: the exported functions (a ret) live here too
			b.putInt(header + 36, 0x60000060);
		}
		if (tablesInHeaders) {
			b.put((int) tablesRva, content);
		} else {
			b.put(raw[tablesSection], content);
		}
		b.put(fileEnd, overlay);
		return b.array();
	}

	/** The tables' bytes, laid out from {@code base} (their RVA), and the data directories that point at them. */
	private final class Tables {

		private final long base;
		private byte[] bytes = new byte[256];
		private int size;

		Tables(long base) {
			this.base = base;
		}

		/** Writes the tables; returns DataDirectory as RVA and Size pairs. */
		long[] write() {
			long[] directory = new long[32];
			List<Integer> needCode = new ArrayList<>();
			int eat = 0;
			if (exportDirectory) {
				int exportDir = reserve(40);
				eat = reserve(4 * slots.size());
				List<Integer> named = new ArrayList<>();
				for (int i = 0; i < slots.size(); i++) {
					if (slots.get(i).name() != null) {
						named.add(i);
					}
				}
				// The name pointer table is sorted, as GetProcAddress searches it by bisection.
				named.sort(Comparator.comparing(i -> slots.get(i).name()));
				int pointers = reserve(4 * named.size());
				int ordinals = reserve(2 * named.size());
				for (int k = 0; k < named.size(); k++) {
					putInt(pointers + 4 * k, rva(putString(slots.get(named.get(k)).name())));
					putShort(ordinals + 2 * k, named.get(k));
				}
				for (int i = 0; i < slots.size(); i++) {
					Slot slot = slots.get(i);
					if (slot.forwarder() != null) {
						putInt(eat + 4 * i, rva(putString(slot.forwarder())));
					} else if (slot != UNUSED) {
						needCode.add(i);
					}
				}
				putInt(exportDir + 16, exportBase);
				putInt(exportDir + 20, slots.size());
				putInt(exportDir + 24, named.size());
				putInt(exportDir + 28, slots.isEmpty() ? 0 : (int) rva(eat));
				boolean zero = zeroNameTables && named.isEmpty();
				putInt(exportDir + 32, zero ? 0 : (int) rva(pointers));
				putInt(exportDir + 36, zero ? 0 : (int) rva(ordinals));
				directory[0] = rva(exportDir);
				directory[1] = size - exportDir;
			}
			if (!imports.isEmpty()) {
				int descriptors = reserve(20 * (imports.size() + 1));
				int thunks = reserve(4 * 2 * imports.size());
				for (int i = 0; i < imports.size(); i++) {
					int descriptor = descriptors + 20 * i;
					putInt(descriptor, (int) rva(thunks + 8 * i)); // OriginalFirstThunk: an empty lookup table
					putInt(descriptor + 12, (int) rva(putString(imports.get(i))));
					putInt(descriptor + 16, (int) rva(thunks + 8 * i)); // FirstThunk
				}
				directory[2] = rva(descriptors);
				directory[3] = 20L * (imports.size() + 1);
			}
			if (!delayImports.isEmpty()) {
				int descriptors = reserve(32 * (delayImports.size() + 1));
				int handles = reserve(4 * delayImports.size());
				int thunks = reserve(4 * 2 * delayImports.size());
				long bias = delayVirtualAddresses ? imageBase : 0;
				for (int i = 0; i < delayImports.size(); i++) {
					int descriptor = descriptors + 32 * i;
					putInt(descriptor, delayVirtualAddresses ? 0 : 1); // grAttrs: dlattrRva
					putInt(descriptor + 4, (int) (rva(putString(delayImports.get(i))) + bias));
					putInt(descriptor + 8, (int) (rva(handles + 4 * i) + bias));
					putInt(descriptor + 12, (int) (rva(thunks + 8 * i) + bias));
					putInt(descriptor + 16, (int) (rva(thunks + 8 * i) + bias));
				}
				directory[26] = rva(descriptors);
				directory[27] = 32L * (delayImports.size() + 1);
			}
			int code = reserve(16);
			bytes[code] = (byte) 0xC3; // ret
			for (int i : needCode) {
				putInt(eat + 4 * i, (int) rva(code));
			}
			return directory;
		}

		byte[] bytes() {
			return Arrays.copyOf(bytes, size);
		}

		private long rva(int offset) {
			return base + offset;
		}

		private int reserve(int length) {
			int at = size;
			size += length;
			if (size > bytes.length) {
				bytes = Arrays.copyOf(bytes, Math.max(size, 2 * bytes.length));
			}
			return at;
		}

		private int putString(String s) {
			byte[] ascii = s.getBytes(StandardCharsets.ISO_8859_1);
			int at = reserve(ascii.length + 1);
			System.arraycopy(ascii, 0, bytes, at, ascii.length);
			return at;
		}

		private void putInt(int at, int value) {
			ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
		}

		private void putInt(int at, long value) {
			putInt(at, (int) value);
		}

		private void putShort(int at, int value) {
			ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(at, (short) value);
		}
	}

	private static int align(int value, int alignment) {
		return (value + alignment - 1) / alignment * alignment;
	}
}
