// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Finds the file offsets of a well-formed PE image's fields, so that tests can break or patch them. Trusts the image,
 * as a test's own input is trusted; not a second reader.
 */
final class PeLayout {

	final ByteBuffer image;
	/** File offsets of the COFF file header, the optional header and the section table. */
	final int fileHeader;
	final int optional;
	final int sectionTable;
	final int sectionCount;
	final boolean pe32Plus;

	private PeLayout(byte[] bytes) {
		image = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		fileHeader = image.getInt(0x3C) + 4;
		optional = fileHeader + 20;
		sectionTable = optional + Short.toUnsignedInt(image.getShort(fileHeader + 16));
		sectionCount = Short.toUnsignedInt(image.getShort(fileHeader + 2));
		pe32Plus = image.getShort(optional) == 0x20B;
	}

	/** The layout of {@code bytes}; writes through {@link #image} change them. */
	static PeLayout of(byte[] bytes) {
		return new PeLayout(bytes);
	}

	/** The file offset of DataDirectory[index]: its RVA, then its Size. */
	int directoryEntry(int index) {
		return optional + (pe32Plus ? 112 : 96) + 8 * index;
	}

	int directoryRva(int index) {
		return image.getInt(directoryEntry(index));
	}

	/** The file offset of the data at DataDirectory[index]. */
	int directory(int index) {
		return fileOffset(directoryRva(index));
	}

	/** The file offset of section {@code index}'s header (0-based, table order). */
	int sectionHeader(int index) {
		return sectionTable + 40 * index;
	}

	/** The section header whose virtual range holds {@code rva}. */
	int sectionHeaderOf(long rva) {
		for (int i = 0; i < sectionCount; i++) {
			int header = sectionHeader(i);
			long start = Integer.toUnsignedLong(image.getInt(header + 12));
			long size = Math.max(Integer.toUnsignedLong(image.getInt(header + 8)), Integer.toUnsignedLong(image.getInt(header + 16)));
			if (rva >= start && rva < start + size) {
				return header;
			}
		}
		throw new IllegalArgumentException(String.format("RVA 0x%X is in no section", rva));
	}

	/** The file offset of {@code rva}: through its section, or itself below SizeOfHeaders. */
	int fileOffset(long rva) {
		if (rva < image.getInt(optional + 60)) {
			return (int) rva;
		}
		int header = sectionHeaderOf(rva);
		return (int) (image.getInt(header + 20) + rva - Integer.toUnsignedLong(image.getInt(header + 12)));
	}

	/** The RVA stored at file offset {@code at}. */
	long rvaAt(int at) {
		return Integer.toUnsignedLong(image.getInt(at));
	}
}
