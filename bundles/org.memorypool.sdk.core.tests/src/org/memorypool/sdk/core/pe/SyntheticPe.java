package org.memorypool.sdk.core.pe;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes minimal PE images byte by byte, so tests control every field, including broken ones. */
final class SyntheticPe {

	static final int PE_OFFSET = 0x80;
	static final int SECTION_RVA = 0x1000;
	static final int SECTION_FILE_OFFSET = 0x200;

	private SyntheticPe() {
	}

	/** A DLL with one section holding the export directory, the import descriptors and all names. */
	static byte[] dll(int machine, boolean pe32Plus, List<String> exports, List<String> imports) {
		ByteBuffer b = ByteBuffer.allocate(0x1000).order(ByteOrder.LITTLE_ENDIAN);
		b.putShort(0, (short) 0x5A4D);
		b.putInt(0x3C, PE_OFFSET);
		b.putInt(PE_OFFSET, 0x00004550);
		int coff = PE_OFFSET + 4;
		int optionalSize = pe32Plus ? 240 : 224;
		b.putShort(coff, (short) machine);
		b.putShort(coff + 2, (short) 1);
		b.putShort(coff + 16, (short) optionalSize);
		b.putShort(coff + 18, (short) 0x2102); // executable, 32-bit word machine, DLL
		int optional = coff + 20;
		b.putShort(optional, (short) (pe32Plus ? 0x20B : 0x10B));
		b.putInt(optional + (pe32Plus ? 108 : 92), 16);
		int directories = optional + (pe32Plus ? 112 : 96);
		int section = optional + optionalSize;
		b.put(section, ".rdata\0\0".getBytes(StandardCharsets.US_ASCII));
		b.putInt(section + 8, 0x800); // virtual size
		b.putInt(section + 12, SECTION_RVA);
		b.putInt(section + 16, 0x800); // raw size
		b.putInt(section + 20, SECTION_FILE_OFFSET);

		// Layout inside the section: export directory (40), name pointers, import descriptors, strings.
		int exportDir = 0;
		int namePointers = 40;
		int importDescriptors = namePointers + 4 * exports.size();
		int strings = importDescriptors + 20 * (imports.size() + 1);
		int next = strings;
		if (!exports.isEmpty()) {
			b.putInt(directories, SECTION_RVA + exportDir);
			b.putInt(SECTION_FILE_OFFSET + exportDir + 24, exports.size());
			b.putInt(SECTION_FILE_OFFSET + exportDir + 32, SECTION_RVA + namePointers);
			for (int i = 0; i < exports.size(); i++) {
				b.putInt(SECTION_FILE_OFFSET + namePointers + 4 * i, SECTION_RVA + next);
				next = putString(b, next, exports.get(i));
			}
		}
		if (!imports.isEmpty()) {
			b.putInt(directories + 8, SECTION_RVA + importDescriptors);
			for (int i = 0; i < imports.size(); i++) {
				int descriptor = SECTION_FILE_OFFSET + importDescriptors + 20 * i;
				b.putInt(descriptor, SECTION_RVA + 0x700); // a non-zero lookup table
				b.putInt(descriptor + 12, SECTION_RVA + next);
				next = putString(b, next, imports.get(i));
			}
		}
		return b.array();
	}

	private static int putString(ByteBuffer b, int sectionOffset, String s) {
		byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
		b.put(SECTION_FILE_OFFSET + sectionOffset, bytes);
		return sectionOffset + bytes.length + 1;
	}
}
