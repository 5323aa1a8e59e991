// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.Fuzzer;
import org.memorypool.sdk.core.loadability.LoadabilityCheck;

/** The PE reader and the loadability check on it, fuzzed from synthetic and real MinGW DLLs (see {@link Fuzzer}). */
class PeReadersFuzzTest {

	private static final List<byte[]> SEEDS = new ArrayList<>();

	@BeforeAll
	static void seeds(@TempDir Path dir) throws Exception {
		SEEDS.add(SyntheticPe.image().sections(5)
				.slots(3, List.of(new SyntheticPe.Slot("NVSEPlugin_Load", null), SyntheticPe.UNUSED,
						new SyntheticPe.Slot("NVSEPlugin_Query", null), new SyntheticPe.Slot("Alloc", "NTDLL.RtlAllocateHeap")))
				.imports(List.of("KERNEL32.dll", "libstdc++-6.dll")).delayImports(List.of("USER32.dll"), false)
				.overlay(new byte[64]).bytes());
		SEEDS.add(PeReaderTestData.dll(List.of("MemoryPoolMalloc", "MemoryPoolFree"), List.of("KERNEL32.dll")));
		Files.writeString(dir.resolve("plugin.cpp"), """
				extern "C" __declspec(dllexport) bool NVSEPlugin_Query(const void*, void*) { return true; }
				extern "C" __declspec(dllexport) bool __stdcall NVSEPlugin_Load(const void*) { return true; }
				""");
		Mingw.run(dir, "i686-w64-mingw32-g++", "-O2", "-shared", "-s", "-static-libgcc", "-static-libstdc++", "-o",
				"plugin.dll", "plugin.cpp");
		SEEDS.add(Files.readAllBytes(dir.resolve("plugin.dll")));
		// A version resource, as FalloutNV.exe and xNVSE's DLLs have.
		Files.writeString(dir.resolve("version.rc"), "#include <winver.h>\nVS_VERSION_INFO VERSIONINFO\n"
				+ "FILEVERSION 1,4,0,525\nBEGIN\nEND\n1 RCDATA { \"data\" }\n");
		Mingw.run(dir, "i686-w64-mingw32-windres", "version.rc", "-O", "coff", "-o", "version.o");
		Mingw.run(dir, "i686-w64-mingw32-g++", "-O2", "-shared", "-s", "-o", "versioned.dll", "plugin.cpp", "version.o");
		SEEDS.add(Files.readAllBytes(dir.resolve("versioned.dll")));
	}

	@TempDir
	Path dir;

	@Test
	void peReaderAndLoadabilityCheck() throws Exception {
		Path file = dir.resolve("fuzzed.dll");
		Fuzzer fuzzer = new Fuzzer("pe", SEEDS, List.of("PE\0\0", "MZ", "NVSEPlugin_Query", ".text", "KERNEL32.dll", ".rsrc"),
				Set.of(PeFormatException.class, IOException.class));
		Fuzzer.ran(fuzzer.run(11, input -> {
			PeImage image = PeReader.read(input, "fuzzed.dll");
			PeReader.fileVersion(input, "fuzzed.dll");
			PeReader.exportedCode(input, "fuzzed.dll", image.exports().stream().flatMap(e -> e.name().stream())
					.toList(), 64);
			Files.write(file, input);
			LoadabilityCheck.forPlayers().check(file);
		}), SEEDS);
	}
}
