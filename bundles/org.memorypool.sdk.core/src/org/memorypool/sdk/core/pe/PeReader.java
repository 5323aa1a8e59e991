package org.memorypool.sdk.core.pe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the headers, export names and import table of a PE image, following the PE/COFF specification.
 * Hand-written: the Java PE libraries on Maven Central either miss MinGW's import tables (pecoff4j 0.4.1)
 * or bring Scala, Guava and log4j into the IDE (PortEx). Every offset is bounds-checked, so a truncated or
 * hostile file gives a {@link PeFormatException}, never a crash.
 */
public final class PeReader {

	private static final int IMAGE_FILE_DLL = 0x2000;
	private static final int MAGIC_PE32 = 0x10B;
	private static final int MAGIC_PE32_PLUS = 0x20B;
	private static final int EXPORT_DIRECTORY = 0;
	private static final int IMPORT_DIRECTORY = 1;
	/** Bounds loops over tables whose counts come from the file. */
	private static final int MAX_ENTRIES = 65_536;

	private final ByteBuffer data;
	private final String name;
	private int sectionTable;
	private int sectionCount;

	private PeReader(byte[] bytes, String name) {
		this.data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		this.name = name;
	}

	public static PeImage read(Path file) throws IOException, PeFormatException {
		return read(Files.readAllBytes(file), file.toString());
	}

	public static PeImage read(byte[] bytes, String name) throws PeFormatException {
		return new PeReader(bytes, name).image();
	}

	private PeImage image() throws PeFormatException {
		if (data.capacity() < 0x40 || u16(0) != 0x5A4D) {
			throw error("not a Windows DLL or EXE: it does not start with 'MZ'");
		}
		int pe = i32(0x3C);
		if (pe < 0 || pe > data.capacity() - 24 || i32(pe) != 0x00004550) {
			throw error("no PE signature where the DOS header points (offset " + pe + "): the file is corrupt or truncated");
		}
		int coff = pe + 4;
		int machine = u16(coff);
		sectionCount = u16(coff + 2);
		int optionalSize = u16(coff + 16);
		int characteristics = u16(coff + 18);
		int optional = coff + 20;
		sectionTable = optional + optionalSize;
		int magic = u16(optional);
		if (magic != MAGIC_PE32 && magic != MAGIC_PE32_PLUS) {
			throw error(String.format("unknown optional-header magic 0x%X: the file is corrupt", magic));
		}
		boolean pe32Plus = magic == MAGIC_PE32_PLUS;
		int directories = optional + (pe32Plus ? 112 : 96);
		int directoryCount = i32(optional + (pe32Plus ? 108 : 92));
		checkRange(sectionTable, sectionCount * 40, "section table");
		List<String> exports = directoryCount > EXPORT_DIRECTORY ? exports(i32(directories)) : List.of();
		List<String> imports = directoryCount > IMPORT_DIRECTORY ? imports(i32(directories + 8)) : List.of();
		return new PeImage(machine, pe32Plus, (characteristics & IMAGE_FILE_DLL) != 0, exports, imports);
	}

	private List<String> exports(int rva) throws PeFormatException {
		if (rva == 0) {
			return List.of();
		}
		int directory = offset(rva, "export directory");
		int count = i32(directory + 24);
		int names = offset(i32(directory + 32), "export name table");
		if (count < 0 || count > MAX_ENTRIES) {
			throw error("the export directory claims " + count + " names: the file is corrupt");
		}
		List<String> exports = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			exports.add(string(offset(i32(names + 4 * i), "export name")));
		}
		return exports;
	}

	private List<String> imports(int rva) throws PeFormatException {
		if (rva == 0) {
			return List.of();
		}
		int descriptor = offset(rva, "import directory");
		List<String> imports = new ArrayList<>();
		// IMAGE_IMPORT_DESCRIPTOR is 20 bytes; an all-zero one ends the table.
		for (int i = 0; i < MAX_ENTRIES; i++, descriptor += 20) {
			int nameRva = i32(descriptor + 12);
			if (nameRva == 0 && i32(descriptor) == 0 && i32(descriptor + 16) == 0) {
				return imports;
			}
			imports.add(string(offset(nameRva, "imported DLL name")));
		}
		throw error("the import table does not end: the file is corrupt");
	}

	/** The file offset of a relative virtual address, through the section that maps it. */
	private int offset(int rva, String what) throws PeFormatException {
		for (int i = 0; i < sectionCount; i++) {
			int header = sectionTable + 40 * i;
			int virtualSize = i32(header + 8);
			int virtualAddress = i32(header + 12);
			int rawSize = i32(header + 16);
			int rawPointer = i32(header + 20);
			long delta = Integer.toUnsignedLong(rva) - Integer.toUnsignedLong(virtualAddress);
			if (delta >= 0 && delta < Integer.toUnsignedLong(Math.max(virtualSize, rawSize))) {
				long offset = Integer.toUnsignedLong(rawPointer) + delta;
				checkRange(offset > Integer.MAX_VALUE ? -1 : (int) offset, 1, what);
				return (int) offset;
			}
		}
		throw error(String.format("the %s (RVA 0x%X) is in no section: the file is corrupt", what, rva));
	}

	private String string(int offset) throws PeFormatException {
		int end = offset;
		while (end < data.capacity() && data.get(end) != 0) {
			end++;
		}
		if (end == data.capacity()) {
			throw error("a name runs past the end of the file: the file is truncated");
		}
		byte[] bytes = new byte[end - offset];
		data.get(offset, bytes);
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	private int u16(int offset) throws PeFormatException {
		checkRange(offset, 2, "header");
		return Short.toUnsignedInt(data.getShort(offset));
	}

	private int i32(int offset) throws PeFormatException {
		checkRange(offset, 4, "header");
		return data.getInt(offset);
	}

	private void checkRange(int offset, int length, String what) throws PeFormatException {
		if (offset < 0 || length < 0 || offset > data.capacity() - length) {
			throw error("the " + what + " lies outside the file: the file is truncated or corrupt");
		}
	}

	private PeFormatException error(String message) {
		return new PeFormatException(name + " is " + (message.startsWith("not ") ? "" : "not a valid PE image: ") + message);
	}
}
