// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DLLs built by the real MinGW-w64 i686 toolchain, as the SDK builds plugins. */
class MingwDllTest {

	@TempDir
	Path dir;

	@Test
	void aStaticallyLinkedPluginIsAPe32I386DllImportingNoMingwRuntime() throws Exception {
		Files.writeString(dir.resolve("test.cpp"), """
				extern "C" __declspec(dllexport) int Answer() { return 42; }
				extern "C" __declspec(dllexport) const char* Name() { return "test"; }
				""");
		Mingw.run(dir, "i686-w64-mingw32-g++", "-shared", "-static-libgcc", "-static-libstdc++", "-o", "test.dll", "test.cpp");
		PeImage image = PeReader.read(dir.resolve("test.dll"));
		assertTrue(image.isPe32I386(), image.machineName());
		assertTrue(image.dll());
		assertEquals(List.of(PeExport.named(1, "Answer"), PeExport.named(2, "Name")), image.exports());
		assertTrue(image.imports().stream().anyMatch(i -> i.equalsIgnoreCase("KERNEL32.dll")), "imports: " + image.imports());
		assertFalse(image.imports().stream().anyMatch(i -> i.toLowerCase(Locale.ROOT).startsWith("lib")), "imports: " + image.imports());
		assertEquals(List.of(), image.delayImports());
	}

	@Test
	void aDefFileForwarderBecomesAForwardedExport() throws Exception {
		Files.writeString(dir.resolve("fwd.c"), "int __cdecl Own(void) { return 1; }\n");
		Files.writeString(dir.resolve("fwd.def"), """
				LIBRARY fwd.dll
				EXPORTS
				    Own
				    MyHeapAlloc = kernel32.HeapAlloc
				""");
		Mingw.run(dir, "i686-w64-mingw32-gcc", "-O2", "-shared", "-s", "-o", "fwd.dll", "fwd.c", "fwd.def");
		PeImage image = PeReader.read(dir.resolve("fwd.dll"));
		assertEquals(List.of(new PeExport(1, Optional.of("MyHeapAlloc"), Optional.of("kernel32.HeapAlloc")), PeExport.named(2, "Own")),
				image.exports());
	}

	/**
	 * A DLL linked against a delay-load library that dlltool writes. binutils 2.40's ld links the descriptor but leaves
	 * DataDirectory[13] (IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT) empty and writes no terminating descriptor after it: the
	 * reader finds the descriptor by its shape. Then the test points the directory at the descriptor and ends the table
	 * as Microsoft's linker does, and the reader reads the directory.
	 */
	@Test
	void aDelayLoadLibraryFromDlltoolIsADelayImport() throws Exception {
		Files.writeString(dir.resolve("user32.def"), "LIBRARY user32.dll\nEXPORTS\n    MessageBeep@4\n");
		Files.writeString(dir.resolve("delay.c"), """
				#include <windows.h>
				__declspec(dllexport) int __cdecl Beep3(void) { return MessageBeep(0); }
				""");
		Mingw.run(dir, "i686-w64-mingw32-dlltool", "--input-def", "user32.def", "--output-delaylib", "libdelayuser32.a", "--dllname",
				"user32.dll");
		Mingw.run(dir, "i686-w64-mingw32-gcc", "-O2", "-shared", "-o", "delay.dll", "delay.c", "-L.", "-ldelayuser32");
		byte[] bytes = Files.readAllBytes(dir.resolve("delay.dll"));
		PeImage linked = PeReader.read(bytes, "delay.dll");
		assertTrue(linked.imports().stream().anyMatch(i -> i.equalsIgnoreCase("KERNEL32.dll")), "imports: " + linked.imports());
		assertFalse(linked.imports().stream().anyMatch(i -> i.equalsIgnoreCase("user32.dll")), "delay-loaded, not imported: " + linked.imports());
		assertEquals(List.of("user32.dll"), linked.delayImports(), "found by the scan for descriptors that no directory declares");
		PeLayout layout = PeLayout.of(bytes);
		long imageBase = layout.rvaAt(layout.optional + 28);
		String symbols = Mingw.run(dir, "i686-w64-mingw32-nm", "delay.dll");
		long descriptor = symbols.lines().filter(l -> l.endsWith(" __DELAY_IMPORT_DESCRIPTOR_libdelayuser32_a")).findFirst()
				.map(l -> Long.parseLong(l.substring(0, l.indexOf(' ')), 16) - imageBase).orElseThrow(() -> new AssertionError(symbols));
		int offset = layout.fileOffset(descriptor);
		assertEquals(1, layout.image.getInt(offset), "grAttrs: dlattrRva");
		assertNotEquals(0, layout.image.getInt(offset + 4), "rvaDLLName");
		layout.image.putInt(layout.directoryEntry(13), (int) descriptor);
		layout.image.putInt(layout.directoryEntry(13) + 4, 64);
		java.util.Arrays.fill(bytes, offset + 32, offset + 64, (byte) 0);
		PeImage image = PeReader.read(bytes, "delay.dll");
		assertEquals(List.of("user32.dll"), image.delayImports());
		assertEquals(linked.imports(), image.imports());
	}
}
