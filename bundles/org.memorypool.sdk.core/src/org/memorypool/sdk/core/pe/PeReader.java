// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Windows PE image (DLL or EXE) into a {@link PeImage}, following Microsoft's PE/COFF specification: the DOS
 * header's {@code e_lfanew}, the COFF file header, the optional header (PE32 or PE32+), the section table, and the
 * export, import and delay-load import directories.
 * <p>
 * It reads every image Windows' loader maps, also the kinds MinGW's ld does not write: exports by ordinal only (with
 * or without name tables), forwarded exports, unused export slots, fewer than 16 data directories, hundreds of
 * sections, data after the last section, tables inside the headers, and delay-load descriptors of either format. It
 * refuses with {@link PeFormatException} what the loader would not map (a header, the section table or a section's
 * raw data outside the file) and broken tables (a directory, descriptor or name in no section, a table that does not
 * end, a count or name longer than the format allows).
 * <p>
 * Its cost is linear in the file's size, whatever the file holds: counts are bounded by the format, each string is
 * decoded once per file offset, and all names decoded together may exceed the file's size by at most 16 KiB, so
 * memory stays a small multiple of the file's size. Hand-written: pecoff4j 0.4.1 misses MinGW's import tables, and
 * PortEx would bring Scala, Guava and log4j into the IDE.
 */
public final class PeReader {

	/**
	 * Larger files are refused unread: the game is a 32-bit process and no DLL it loads comes near this (the largest
	 * players have, ENB's and xNVSE's, are a few MB); a file is read whole, so this also bounds the reader's memory.
	 */
	static final long MAX_FILE_SIZE = 128L * 1024 * 1024;
	/**
	 * The longest export or forwarder name, in bytes. MSVC truncates decorated names at 4096 characters, but GCC does
	 * not (a template over many types makes a longer one, and Windows loads it): the bound only keeps one name from
	 * scanning past what any linker writes; the name budget bounds them all.
	 */
	static final int MAX_EXPORT_NAME = 1024 * 1024;
	/** The longest imported DLL name, in bytes: MAX_PATH (260), the longest name the loader resolves. */
	static final int MAX_DLL_NAME = 260;
	/** Ordinals are 16-bit: an export table has at most this many functions, and at most this many names. */
	private static final long MAX_ORDINALS = 65_536;
	/** How many bytes of names beyond the file's size may be decoded; names that do not overlap need none. */
	private static final int NAME_SLACK = 16 * 1024;

	private static final int IMAGE_DOS_SIGNATURE = 0x5A4D;
	private static final int IMAGE_SIZEOF_DOS_HEADER = 64;
	private static final long IMAGE_NT_SIGNATURE = 0x00004550;
	/** "NE": a 16-bit Windows module, whose DOS header points at an NE header instead. */
	private static final int IMAGE_OS2_SIGNATURE = 0x454E;
	private static final int IMAGE_SIZEOF_FILE_HEADER = 20;
	private static final int IMAGE_NT_OPTIONAL_HDR32_MAGIC = 0x10B;
	private static final int IMAGE_NT_OPTIONAL_HDR64_MAGIC = 0x20B;
	/** The optional header's fields before its data directories: PE32 has BaseOfData and 32-bit sizes. */
	private static final int PE32_FIXED_FIELDS = 96;
	private static final int PE32_PLUS_FIXED_FIELDS = 112;
	private static final int IMAGE_NUMBEROF_DIRECTORY_ENTRIES = 16;
	private static final int IMAGE_DIRECTORY_ENTRY_EXPORT = 0;
	private static final int IMAGE_DIRECTORY_ENTRY_IMPORT = 1;
	private static final int IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT = 13;
	private static final int IMAGE_DIRECTORY_ENTRY_RESOURCE = 2;
	private static final int IMAGE_SIZEOF_RESOURCE_DIRECTORY = 16;
	private static final int IMAGE_SIZEOF_RESOURCE_ENTRY = 8;
	private static final int IMAGE_SIZEOF_RESOURCE_DATA_ENTRY = 16;
	private static final long IMAGE_RESOURCE_DATA_IS_DIRECTORY = 0x80000000L;
	private static final long RT_VERSION = 16;
	/** VS_FIXEDFILEINFO.dwSignature. */
	private static final long VS_FFI_SIGNATURE = 0xFEEF04BDL;
	/** VS_VERSIONINFO's header and key: 3 WORDs and "VS_VERSION_INFO" with its NUL in UTF-16, aligned to 4 bytes. */
	private static final int VS_FIXEDFILEINFO_OFFSET = 40;
	private static final int VS_FIXEDFILEINFO_SIZE = 52;
	private static final int IMAGE_SIZEOF_SECTION_HEADER = 40;
	private static final int IMAGE_SIZEOF_EXPORT_DIRECTORY = 40;
	private static final int IMAGE_SIZEOF_IMPORT_DESCRIPTOR = 20;
	/** ImgDelayDescr (delayimp.h): grAttrs, rvaDLLName, rvaHmod, rvaIAT, rvaINT, rvaBoundIAT, rvaUnloadIAT, dwTimeStamp. */
	private static final int IMAGE_SIZEOF_DELAY_DESCRIPTOR = 32;
	/** grAttrs' dlattrRva: the descriptor holds RVAs; without it (Visual C++ 6) virtual addresses. */
	private static final int DLATTR_RVA = 1;
	private static final long IMAGE_SCN_CNT_CODE = 0x20;
	private static final long IMAGE_SCN_MEM_EXECUTE = 0x20000000L;

	/**
	 * Where the image's bytes from an RVA on come from: {@code backed} bytes from the file at {@code file}, then zeros
	 * (a section's virtual size beyond its raw data) up to {@code size} bytes, the end of its section or the headers.
	 */
	private record Span(int file, long backed, long size) {
	}

	private final byte[] data;
	private final String name;
	/** The sections that map anything, sorted by VirtualAddress: RVAs [start, end), raw data in the file. */
	private long[] sectionStart;
	private long[] sectionEnd;
	private int[] sectionRawPointer;
	private long[] sectionRawSize;
	private long[] sectionCharacteristics;
	private long sizeOfHeaders;
	/** The optional header's ImageBase and SizeOfImage; set by {@link #image()}. */
	private long imageBase;
	private long sizeOfImage;
	/** The resource directory's RVA, 0 when the image has none; set by {@link #image()}. */
	private long resourceDirectory;
	/** Decoded strings by file offset (high 32 bits) and end of the bytes they could take (low 32 bits). */
	private final Map<Long, String> strings = new HashMap<>();
	private final long nameBudgetTotal;
	private long nameBudget;
	/** The table being read, for messages. */
	private String table = "headers";
	/** The function address (RVA) of each name exported by a function of the image itself, not forwarded. */
	private final Map<String, Long> exportAddresses = new HashMap<>();

	private PeReader(byte[] bytes, String name) {
		this.data = bytes;
		this.name = name;
		this.nameBudgetTotal = (long) bytes.length + NAME_SLACK;
		this.nameBudget = nameBudgetTotal;
	}

	/**
	 * Reads the PE image in {@code file}.
	 *
	 * @return its machine, format, characteristics, exports in ordinal order, and imported and delay-loaded DLL names
	 * @throws IOException       if the file cannot be read
	 * @throws PeFormatException if it is larger than 128 MiB (checked before reading), is not a PE image, or is one
	 *                           the loader would not map or whose tables are broken; the message names the file and
	 *                           says what is wrong
	 */
	public static PeImage read(Path file) throws IOException, PeFormatException {
		return read(load(file), file.toString());
	}

	/**
	 * The bytes of {@code file}, to give to {@link #read(byte[], String)} and {@link #exportedCode} without reading
	 * the file twice.
	 *
	 * @throws IOException       if the file cannot be read
	 * @throws PeFormatException if it is larger than 128 MiB (checked before reading)
	 */
	public static byte[] load(Path file) throws IOException, PeFormatException {
		// A device or a pipe has no size to check and may never end (/dev/zero, a FIFO): only files are read.
		if (!Files.isRegularFile(file)) {
			throw Files.isDirectory(file) ? new IOException(file + " is a folder, not a file")
					: Files.exists(file) ? new IOException(file + " is not a regular file (a device or a pipe)")
							: new NoSuchFileException(file.toString());
		}
		long size = Files.size(file);
		if (size > MAX_FILE_SIZE) {
			throw tooLarge(file.toString(), size);
		}
		return Files.readAllBytes(file);
	}

	/**
	 * The first bytes at the addresses some exports name: for looking at how an exported function returns, and whether
	 * it is code at all. One more parse of the image, whatever the number of names.
	 *
	 * @param bytes       the whole file, which {@link #read(byte[], String)} accepts
	 * @param exportNames the names GetProcAddress would look up
	 * @param maxBytes    at most this many bytes each
	 * @return for each name exported by a function of the image (not forwarded): the file-backed bytes from its address
	 *         to the end of its section's raw data (at most {@code maxBytes}), and whether that section is executable
	 * @throws PeFormatException as {@link #read(Path)}
	 */
	public static Map<String, PeCode> exportedCode(byte[] bytes, String name, Collection<String> exportNames, int maxBytes)
			throws PeFormatException {
		if (bytes.length > MAX_FILE_SIZE) {
			throw tooLarge(name, bytes.length);
		}
		PeReader reader = new PeReader(bytes, name);
		reader.image();
		Map<String, PeCode> code = new HashMap<>();
		for (String exportName : exportNames) {
			Long address = reader.exportAddresses.get(exportName);
			if (address != null) {
				Span span = reader.map(address, "the exported function", -1);
				int length = (int) Math.min(span.backed(), maxBytes);
				code.put(exportName, new PeCode(Arrays.copyOfRange(bytes, span.file(), span.file() + length),
						reader.executable(address)));
			}
		}
		return code;
	}

	/**
	 * The file version in the image's version resource (VS_FIXEDFILEINFO's dwFileVersionMS and dwFileVersionLS), as
	 * Explorer shows it under Details, e.g. FalloutNV.exe's 1.4.0.525. The resource tree is walked as the loader's
	 * FindResource does: type RT_VERSION, then the first name, then the first language.
	 *
	 * @return empty when the image has no version resource
	 * @throws PeFormatException as {@link #read(Path)}, or when the resource tree or the version resource is broken
	 */
	public static Optional<PeVersion> fileVersion(byte[] bytes, String name) throws PeFormatException {
		if (bytes.length > MAX_FILE_SIZE) {
			throw tooLarge(name, bytes.length);
		}
		PeReader reader = new PeReader(bytes, name);
		reader.image();
		return reader.versionResource();
	}

	private Optional<PeVersion> versionResource() throws PeFormatException {
		if (resourceDirectory == 0) {
			return Optional.empty();
		}
		table = "resource table";
		long directory = resourceDirectory;
		// Three levels: type, name, language; each entry's offset is from the start of the resource directory.
		for (int level = 0; level < 3; level++) {
			Span header = table(directory, IMAGE_SIZEOF_RESOURCE_DIRECTORY, "a resource directory", -1);
			long entries = u16(header, 12) + (long) u16(header, 14);
			Span list = table(directory + IMAGE_SIZEOF_RESOURCE_DIRECTORY, entries * IMAGE_SIZEOF_RESOURCE_ENTRY,
					"a resource directory's entries", -1);
			long chosen = -1;
			for (long i = 0; i < entries && chosen < 0; i++) {
				long id = u32(list, i * IMAGE_SIZEOF_RESOURCE_ENTRY);
				// Named entries come first and have the high bit set; the type level looks for the id RT_VERSION.
				if (level > 0 || id == RT_VERSION) {
					chosen = u32(list, i * IMAGE_SIZEOF_RESOURCE_ENTRY + 4);
				}
			}
			if (chosen < 0) {
				return Optional.empty();
			}
			boolean subdirectory = (chosen & IMAGE_RESOURCE_DATA_IS_DIRECTORY) != 0;
			long target = resourceDirectory + (chosen & ~IMAGE_RESOURCE_DATA_IS_DIRECTORY);
			if (level < 2 != subdirectory) {
				throw corrupt("the version resource's " + (level < 2 ? "type or name" : "language")
						+ (subdirectory ? " is a directory where data belongs" : " is data where a directory belongs"));
			}
			directory = target;
		}
		Span dataEntry = table(directory, IMAGE_SIZEOF_RESOURCE_DATA_ENTRY, "the version resource's data entry", -1);
		long rva = u32(dataEntry, 0);
		long size = u32(dataEntry, 4);
		if (size < VS_FIXEDFILEINFO_OFFSET + VS_FIXEDFILEINFO_SIZE) {
			throw corrupt(format("the version resource is %d bytes, too small for VS_FIXEDFILEINFO", size));
		}
		Span info = table(rva, VS_FIXEDFILEINFO_OFFSET + VS_FIXEDFILEINFO_SIZE, "the version resource", -1);
		if (u32(info, VS_FIXEDFILEINFO_OFFSET) != VS_FFI_SIGNATURE) {
			throw corrupt("the version resource has no VS_FIXEDFILEINFO (signature 0xFEEF04BD)");
		}
		long ms = u32(info, VS_FIXEDFILEINFO_OFFSET + 8);
		long ls = u32(info, VS_FIXEDFILEINFO_OFFSET + 12);
		return Optional.of(new PeVersion((int) (ms >>> 16), (int) (ms & 0xFFFF), (int) (ls >>> 16), (int) (ls & 0xFFFF)));
	}

	/**
	 * Where the image lies in memory: its preferred base, its size and the RVAs of its code.
	 *
	 * @throws PeFormatException as {@link #read(Path)}
	 */
	public static PeMapping mapping(byte[] bytes, String name) throws PeFormatException {
		if (bytes.length > MAX_FILE_SIZE) {
			throw tooLarge(name, bytes.length);
		}
		PeReader reader = new PeReader(bytes, name);
		reader.image();
		List<PeMapping.Range> code = new ArrayList<>();
		for (int k = 0; k < reader.sectionStart.length; k++) {
			if ((reader.sectionCharacteristics[k] & (IMAGE_SCN_MEM_EXECUTE | IMAGE_SCN_CNT_CODE)) != 0) {
				code.add(new PeMapping.Range(reader.sectionStart[k], reader.sectionEnd[k]));
			}
		}
		return new PeMapping(reader.imageBase, reader.sizeOfImage, code);
	}

	/** Whether the section holding an RVA may be executed: IMAGE_SCN_MEM_EXECUTE or IMAGE_SCN_CNT_CODE. */
	private boolean executable(long rva) {
		for (int k = sectionStart.length - 1; k >= 0; k--) {
			if (sectionStart[k] <= rva && rva < sectionEnd[k]) {
				return (sectionCharacteristics[k] & (IMAGE_SCN_MEM_EXECUTE | IMAGE_SCN_CNT_CODE)) != 0;
			}
		}
		return false; // in the headers
	}

	/**
	 * Reads the PE image held by {@code bytes}, the whole file; the array is not changed or kept.
	 *
	 * @param name what messages call the file, e.g. its path
	 * @return as {@link #read(Path)}
	 * @throws PeFormatException as {@link #read(Path)}
	 */
	public static PeImage read(byte[] bytes, String name) throws PeFormatException {
		if (bytes.length > MAX_FILE_SIZE) {
			throw tooLarge(name, bytes.length);
		}
		return new PeReader(bytes, name).image();
	}

	private PeImage image() throws PeFormatException {
		if (data.length < 2 || u16(0) != IMAGE_DOS_SIGNATURE) {
			if (data.length >= 4 && data[0] == 0x7F && data[1] == 'E' && data[2] == 'L' && data[3] == 'F') {
				throw notPe("it is an ELF file (a Linux or Unix shared object or program)");
			}
			throw notPe("it does not start with 'MZ'");
		}
		if (data.length < IMAGE_SIZEOF_DOS_HEADER) {
			throw damaged("the DOS header ends after " + data.length + " of its " + IMAGE_SIZEOF_DOS_HEADER + " bytes");
		}
		long lfanew = u32(0x3C);
		if (lfanew > data.length - 4L) {
			throw damaged(format("the DOS header points at a PE header at offset 0x%X (e_lfanew), outside the file (%d bytes)",
					lfanew, data.length));
		}
		int signature = (int) lfanew;
		if (u16(signature) == IMAGE_OS2_SIGNATURE) {
			throw new PeFormatException(name + " is not a valid PE image: it is a 16-bit Windows (NE) module, which a 32-bit"
					+ " process cannot load");
		}
		if (u32(signature) != IMAGE_NT_SIGNATURE) {
			throw damaged("no PE signature where the DOS header points (offset " + signature + ")");
		}
		int fileHeader = signature + 4;
		require(fileHeader, IMAGE_SIZEOF_FILE_HEADER, "the COFF file header");
		int machine = u16(fileHeader);
		int numberOfSections = u16(fileHeader + 2);
		int sizeOfOptionalHeader = u16(fileHeader + 16);
		int characteristics = u16(fileHeader + 18);

		int optional = fileHeader + IMAGE_SIZEOF_FILE_HEADER;
		require(optional, 2, "the optional header");
		int magic = u16(optional);
		boolean pe32Plus = magic == IMAGE_NT_OPTIONAL_HDR64_MAGIC;
		if (!pe32Plus && magic != IMAGE_NT_OPTIONAL_HDR32_MAGIC) {
			throw damaged(format("the optional header's Magic is 0x%X, neither PE32 (0x10B) nor PE32+ (0x20B)", magic));
		}
		int fixedFields = pe32Plus ? PE32_PLUS_FIXED_FIELDS : PE32_FIXED_FIELDS;
		if (sizeOfOptionalHeader < fixedFields) {
			throw damaged(format("SizeOfOptionalHeader is %d bytes, less than the %d bytes of a %s optional header's fields",
					sizeOfOptionalHeader, fixedFields, pe32Plus ? "PE32+" : "PE32"));
		}
		require(optional, sizeOfOptionalHeader, "the optional header (SizeOfOptionalHeader " + sizeOfOptionalHeader + " bytes)");
		imageBase = pe32Plus ? u64(optional + 24) : u32(optional + 28);
		sizeOfImage = u32(optional + 56);
		sizeOfHeaders = u32(optional + 60);
		if (sizeOfHeaders > data.length) {
			throw damaged(format("SizeOfHeaders (%d bytes) is larger than the file (%d bytes)", sizeOfHeaders, data.length));
		}
		// The loader reads NumberOfRvaAndSizes directories; only those inside the optional header exist.
		long numberOfRvaAndSizes = u32(optional + fixedFields - 4);
		int directoryCount = (int) Math.min(Math.min(numberOfRvaAndSizes, IMAGE_NUMBEROF_DIRECTORY_ENTRIES),
				(sizeOfOptionalHeader - fixedFields) / 8);
		int directories = optional + fixedFields;

		int sectionTable = optional + sizeOfOptionalHeader;
		require(sectionTable, (long) IMAGE_SIZEOF_SECTION_HEADER * numberOfSections,
				"the section table (" + numberOfSections + " sections)");
		readSections(sectionTable, numberOfSections);

		List<PeExport> exports = directoryCount > IMAGE_DIRECTORY_ENTRY_EXPORT
				? exports(u32(directories), u32(directories + 4))
				: List.of();
		List<String> imports = directoryCount > IMAGE_DIRECTORY_ENTRY_IMPORT
				? imports(u32(directories + 8 * IMAGE_DIRECTORY_ENTRY_IMPORT))
				: List.of();
		long delayDirectory = directoryCount > IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT
				? u32(directories + 8 * IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT)
				: 0;
		List<String> delayImports = delayDirectory != 0 ? delayImports(delayDirectory, imageBase) : undeclaredDelayImports();
		resourceDirectory = directoryCount > IMAGE_DIRECTORY_ENTRY_RESOURCE
				? u32(directories + 8 * IMAGE_DIRECTORY_ENTRY_RESOURCE)
				: 0;
		return new PeImage(machine, pe32Plus, characteristics, exports, imports, delayImports);
	}

	/** Checks every section's raw data lies in the file and indexes the sections by VirtualAddress. */
	private void readSections(int table, int count) throws PeFormatException {
		// VirtualAddress in the high bits, table index in the low 16: sorting orders by address, then by index.
		long[] order = new long[count];
		int mapping = 0;
		for (int i = 0; i < count; i++) {
			int header = table + IMAGE_SIZEOF_SECTION_HEADER * i;
			long virtualSize = u32(header + 8);
			long virtualAddress = u32(header + 12);
			long sizeOfRawData = u32(header + 16);
			long pointerToRawData = u32(header + 20);
			if (sizeOfRawData > 0 && pointerToRawData + sizeOfRawData > data.length) {
				throw damaged(format("section %d (%s) has its raw data at file offsets 0x%X to 0x%X, past the end of the file (%d bytes)",
						i + 1, sectionName(header), pointerToRawData, pointerToRawData + sizeOfRawData, data.length));
			}
			if (virtualSize > 0 || sizeOfRawData > 0) {
				order[mapping++] = virtualAddress << 16 | i;
			}
		}
		Arrays.sort(order, 0, mapping);
		sectionStart = new long[mapping];
		sectionEnd = new long[mapping];
		sectionRawPointer = new int[mapping];
		sectionRawSize = new long[mapping];
		sectionCharacteristics = new long[mapping];
		for (int k = 0; k < mapping; k++) {
			int header = table + IMAGE_SIZEOF_SECTION_HEADER * (int) (order[k] & 0xFFFF);
			long virtualSize = u32(header + 8);
			long sizeOfRawData = u32(header + 16);
			sectionStart[k] = u32(header + 12);
			sectionEnd[k] = sectionStart[k] + Math.max(virtualSize, sizeOfRawData);
			sectionRawSize[k] = sizeOfRawData;
			sectionCharacteristics[k] = u32(header + 36);
			sectionRawPointer[k] = sizeOfRawData > 0 ? (int) u32(header + 20) : 0;
		}
	}

	/** The export address table's used slots in ordinal order, with their first name and their forwarder. */
	private List<PeExport> exports(long rva, long size) throws PeFormatException {
		if (rva == 0) {
			return List.of();
		}
		table = "export table";
		Span directory = table(rva, IMAGE_SIZEOF_EXPORT_DIRECTORY, "the export directory", -1);
		long base = u32(directory, 16);
		long numberOfFunctions = u32(directory, 20);
		long numberOfNames = u32(directory, 24);
		if (numberOfFunctions > MAX_ORDINALS) {
			throw corrupt(format("NumberOfFunctions is %d; ordinals are 16-bit, so there are at most %d", numberOfFunctions, MAX_ORDINALS));
		}
		if (numberOfNames > MAX_ORDINALS) {
			throw corrupt(format("NumberOfNames is %d; names lead to 16-bit ordinals, so there are at most %d", numberOfNames,
					MAX_ORDINALS));
		}
		if (numberOfFunctions > 0 && base + numberOfFunctions - 1 >= MAX_ORDINALS) {
			throw corrupt(format("its ordinals run from %d to %d, past 65535: ordinals are 16-bit", base, base + numberOfFunctions - 1));
		}
		Span functions = null;
		int slots = 0;
		if (numberOfFunctions > 0) {
			functions = table(u32(directory, 28), 4 * numberOfFunctions, "the export address table", -1);
			// Slots past the file-backed part read as zero, unused: only the backed ones can hold exports.
			slots = (int) Math.min(numberOfFunctions, (functions.backed() + 3) / 4);
		}
		String[] names = new String[slots];
		// Microsoft's linker writes AddressOfNames and AddressOfNameOrdinals as 0 when there are no names.
		if (numberOfNames > 0) {
			Span pointers = table(u32(directory, 32), 4 * numberOfNames, "the export name pointer table", -1);
			Span ordinals = table(u32(directory, 36), 2 * numberOfNames, "the export ordinal table", -1);
			// Entries past both tables' file-backed parts are alike (name RVA 0, index 0): one stands for them all.
			long examined = Math.min(numberOfNames, Math.max((pointers.backed() + 3) / 4, (ordinals.backed() + 1) / 2) + 1);
			for (long i = 0; i < examined; i++) {
				int index = u16(ordinals, 2 * i);
				if (index >= numberOfFunctions) {
					throw corrupt(format("export name %d points at entry %d of the export address table, which has %d",
							i + 1, index, numberOfFunctions));
				}
				String exportName = string(u32(pointers, 4 * i), MAX_EXPORT_NAME, "export name", i + 1);
				// GetProcAddress finds an entry by any of its names; the first in the (sorted) table stands for them.
				if (index < slots && names[index] == null) {
					names[index] = exportName;
				}
			}
		}
		List<PeExport> exports = new ArrayList<>();
		for (int i = 0; i < slots; i++) {
			long address = u32(functions, 4L * i);
			if (address == 0) {
				continue; // an unused slot: nothing is exported at this ordinal
			}
			int ordinal = (int) (base + i);
			Optional<String> forwarder = Optional.empty();
			// An address inside the export directory's range is a forwarder string, e.g. "NTDLL.RtlAllocateHeap".
			if (address >= rva && address - rva < size) {
				forwarder = Optional.of(string(address, MAX_EXPORT_NAME, "the forwarder of ordinal", ordinal));
			} else {
				map(address, "the function exported at ordinal", ordinal);
				if (names[i] != null) {
					exportAddresses.putIfAbsent(names[i], address);
				}
			}
			exports.add(new PeExport(ordinal, Optional.ofNullable(names[i]), forwarder));
		}
		return exports;
	}

	/** The DLL names of the import directory's descriptors. */
	private List<String> imports(long rva) throws PeFormatException {
		if (rva == 0) {
			return List.of();
		}
		table = "import table";
		Span descriptors = map(rva, "the import directory", -1);
		List<String> dlls = new ArrayList<>();
		// As Windows' loader (and Wine's) does, stop at the first descriptor without a Name or a FirstThunk.
		for (long i = 0;; i++) {
			long at = IMAGE_SIZEOF_IMPORT_DESCRIPTOR * i;
			if (at + IMAGE_SIZEOF_IMPORT_DESCRIPTOR > descriptors.size() || i > data.length / IMAGE_SIZEOF_IMPORT_DESCRIPTOR) {
				throw corrupt(format("its descriptors from RVA 0x%X on do not end before the end of their section", rva));
			}
			long nameRva = u32(descriptors, at + 12);
			long firstThunk = u32(descriptors, at + 16);
			if (nameRva == 0 || firstThunk == 0) {
				return dlls;
			}
			dlls.add(dllName(nameRva, "the name of imported DLL", i + 1));
		}
	}

	/** The DLL names of the delay-load import directory's descriptors, in either format. */
	private List<String> delayImports(long rva, long imageBase) throws PeFormatException {
		if (rva == 0) {
			return List.of();
		}
		table = "delay-load import table";
		Span descriptors = map(rva, "the delay-load import directory", -1);
		List<String> dlls = new ArrayList<>();
		// An entry with rvaDLLName 0 ends the table, as the delay-load helper reads it.
		for (long i = 0;; i++) {
			long at = IMAGE_SIZEOF_DELAY_DESCRIPTOR * i;
			if (at + IMAGE_SIZEOF_DELAY_DESCRIPTOR > descriptors.size() || i > data.length / IMAGE_SIZEOF_DELAY_DESCRIPTOR) {
				throw corrupt(format("its descriptors from RVA 0x%X on do not end before the end of their section", rva));
			}
			long attributes = u32(descriptors, at);
			long dllName = u32(descriptors, at + 4);
			if (dllName == 0) {
				return dlls;
			}
			if ((attributes & DLATTR_RVA) == 0) {
				// Visual C++ 6's format holds virtual addresses: the image's preferred base plus the RVA.
				if (Long.compareUnsigned(dllName, imageBase) < 0) {
					throw corrupt(format("the name of delay-loaded DLL %d is at VA 0x%X, below the image base 0x%X",
							i + 1, dllName, imageBase));
				}
				dllName -= imageBase;
			}
			dlls.add(dllName(dllName, "the name of delay-loaded DLL", i + 1));
		}
	}

	/**
	 * The DLLs of delay-load descriptors that no data directory declares. GNU ld (2.40) links the descriptors that
	 * dlltool's delay-load libraries bring but leaves DataDirectory[13] empty; the delay-load helper finds them through
	 * the code that calls it, so they work, and only a scan finds them. A descriptor here is 32 bytes on a 4-byte
	 * boundary: grAttrs 1 (RVAs), a DLL name ending in ".dll", module handle, IAT and INT inside the image, time
	 * stamp 0. Linear in the size of the sections; names are charged to the name budget like every other.
	 */
	private List<String> undeclaredDelayImports() throws PeFormatException {
		table = "delay-load descriptors";
		Set<String> dlls = new LinkedHashSet<>();
		for (int k = 0; k < sectionStart.length; k++) {
			long raw = sectionRawSize[k];
			for (long at = 0; at + IMAGE_SIZEOF_DELAY_DESCRIPTOR <= raw; at += 4) {
				int offset = sectionRawPointer[k] + (int) at;
				if (rawU32(offset) != DLATTR_RVA || rawU32(offset + 28) != 0) {
					continue;
				}
				long dllName = rawU32(offset + 4);
				if (!backed(dllName) || !mapped(rawU32(offset + 8)) || !mapped(rawU32(offset + 12)) || !mapped(rawU32(offset + 16))) {
					continue;
				}
				String dll = looksLikeDllName(dllName);
				if (dll != null) {
					dlls.add(dll);
				}
			}
		}
		return List.copyOf(dlls);
	}

	private long rawU32(int offset) {
		return data[offset] & 0xFF | (data[offset + 1] & 0xFF) << 8 | (data[offset + 2] & 0xFF) << 16
				| (long) (data[offset + 3] & 0xFF) << 24;
	}

	private boolean mapped(long rva) {
		try {
			return rva != 0 && map(rva, "", -1) != null;
		} catch (PeFormatException e) {
			return false;
		}
	}

	private boolean backed(long rva) {
		try {
			return rva != 0 && map(rva, "", -1).backed() > 4;
		} catch (PeFormatException e) {
			return false;
		}
	}

	/** The DLL name at an RVA when the bytes there are one (printable, ending in ".dll", zero-terminated), else null. */
	private String looksLikeDllName(long rva) throws PeFormatException {
		Span span = map(rva, "", -1);
		int limit = (int) Math.min(span.backed(), MAX_DLL_NAME + 1L);
		int length = 0;
		while (length < limit && data[span.file() + length] >= 0x21 && data[span.file() + length] < 0x7F) {
			length++;
		}
		if (length < 5 || length > MAX_DLL_NAME || length == span.backed() || data[span.file() + length] != 0) {
			return null;
		}
		String candidate = new String(data, span.file(), length, StandardCharsets.ISO_8859_1);
		return candidate.toLowerCase(Locale.ROOT).endsWith(".dll") ? dllName(rva, "a delay-loaded DLL's name", -1) : null;
	}

	private String dllName(long rva, String what, long number) throws PeFormatException {
		String dll = string(rva, MAX_DLL_NAME, what, number);
		if (dll.isEmpty()) {
			throw corrupt(format("%s (RVA 0x%X) is empty", describe(what, number), rva));
		}
		return dll;
	}

	/**
	 * The zero-terminated string at an RVA, ISO-8859-1, at most {@code max} bytes; decoded once per file offset, and
	 * charged to the budget of name bytes so that names overlapping each other cannot multiply the work.
	 */
	private String string(long rva, int max, String what, long number) throws PeFormatException {
		Span span = map(rva, what, number);
		if (span.backed() == 0) {
			return ""; // zero-filled memory beyond a section's raw data
		}
		long key = (long) span.file() << 32 | (span.file() + span.backed());
		String known = strings.get(key);
		if (known == null) {
			int limit = (int) Math.min(span.backed(), max + 1L);
			int length = 0;
			while (length < limit && data[span.file() + length] != 0) {
				length++;
			}
			nameBudget -= Math.min(length + 1, limit);
			if (nameBudget < 0) {
				throw corrupt(format("its names overlap: decoding them would read more than %d bytes from a file of %d bytes",
						nameBudgetTotal, data.length));
			}
			if (length > max) {
				throw corrupt(format("%s (RVA 0x%X) is longer than %d bytes", describe(what, number), rva, max));
			}
			// A name may end in the zeros past a section's raw data, but not run off the end of its section.
			if (length == span.backed() && span.size() == span.backed()) {
				throw corrupt(format("%s (RVA 0x%X) runs past the end of its section", describe(what, number), rva));
			}
			known = new String(data, span.file(), length, StandardCharsets.ISO_8859_1);
			strings.put(key, known);
		}
		if (known.length() > max) {
			throw corrupt(format("%s (RVA 0x%X) is longer than %d bytes", describe(what, number), rva, max));
		}
		return known;
	}

	/** Where an RVA's bytes come from: the section that maps it, or the headers (mapped at RVA 0). */
	private Span map(long rva, String what, long number) throws PeFormatException {
		// The last section starting at or below the RVA: the loader maps sections in ascending order, without overlaps.
		int low = 0;
		int high = sectionStart.length - 1;
		int found = -1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			if (sectionStart[middle] <= rva) {
				found = middle;
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}
		if (found >= 0 && rva < sectionEnd[found]) {
			long delta = rva - sectionStart[found];
			long backed = Math.max(0, sectionRawSize[found] - delta);
			int file = backed > 0 ? (int) (sectionRawPointer[found] + delta) : 0;
			return new Span(file, backed, sectionEnd[found] - rva);
		}
		if (rva < sizeOfHeaders) {
			return new Span((int) rva, sizeOfHeaders - rva, sizeOfHeaders - rva);
		}
		throw corrupt(format("%s (RVA 0x%X) is in no section", describe(what, number), rva));
	}

	/** The span of a table of {@code bytes} bytes at an RVA, which must lie in one section. */
	private Span table(long rva, long bytes, String what, long number) throws PeFormatException {
		Span span = map(rva, what, number);
		if (bytes > span.size()) {
			throw corrupt(format("%s (RVA 0x%X, %d bytes) runs past the end of its section", describe(what, number), rva, bytes));
		}
		return span;
	}

	private int byteAt(Span span, long index) {
		return index < span.backed() ? data[span.file() + (int) index] & 0xFF : 0;
	}

	private int u16(Span span, long index) {
		return byteAt(span, index) | byteAt(span, index + 1) << 8;
	}

	private long u32(Span span, long index) {
		return u16(span, index) | (long) u16(span, index + 2) << 16;
	}

	private int u16(int offset) throws PeFormatException {
		require(offset, 2, "a header field");
		return data[offset] & 0xFF | (data[offset + 1] & 0xFF) << 8;
	}

	private long u32(int offset) throws PeFormatException {
		require(offset, 4, "a header field");
		return u16(offset) | (long) u16(offset + 2) << 16;
	}

	private long u64(int offset) throws PeFormatException {
		return u32(offset) | u32(offset + 4) << 32;
	}

	private void require(long offset, long length, String what) throws PeFormatException {
		if (offset < 0 || length < 0 || offset + length > data.length) {
			throw damaged(what + " runs past the end of the file (" + data.length + " bytes)");
		}
	}

	/** A section's Name, its 8 bytes up to the first zero, printable for a message. */
	private String sectionName(int header) {
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < 8 && data[header + i] != 0; i++) {
			char c = (char) (data[header + i] & 0xFF);
			name.append(c >= 0x20 && c < 0x7F ? c : '?');
		}
		return name.toString();
	}

	private static String describe(String what, long number) {
		return number < 0 ? what : what + " " + number;
	}

	private static String format(String pattern, Object... arguments) {
		return String.format(Locale.ROOT, pattern, arguments);
	}

	private static PeFormatException tooLarge(String name, long size) {
		return new PeFormatException(name + " is " + size / (1024 * 1024) + " MB: larger than any DLL the game loads");
	}

	private PeFormatException notPe(String why) {
		return new PeFormatException(name + " is not a Windows DLL or EXE: " + why);
	}

	private PeFormatException damaged(String what) {
		return new PeFormatException(name + " is not a valid PE image: " + what + ": the file is truncated or corrupt");
	}

	private PeFormatException corrupt(String what) {
		return new PeFormatException(name + " is not a valid PE image: its " + table + " is corrupt: " + what);
	}
}
