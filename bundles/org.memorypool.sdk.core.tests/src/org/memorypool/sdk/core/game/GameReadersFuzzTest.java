package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.Fuzzer;
import org.memorypool.sdk.core.HostOs;

/** Steam's files and reg query's output, fuzzed from real ones (see {@link Fuzzer}). */
class GameReadersFuzzTest {

	@TempDir
	Path dir;

	@Test
	void steamFilesAndGameDetection() throws Exception {
		Path steamapps = Files.createDirectories(dir.resolve("home/.local/share/Steam/steamapps"));
		Path library = Files.createDirectories(dir.resolve("lib/steamapps"));
		List<byte[]> seeds = List.of(Fuzzer.bytes(Path.of("testdata/steam/libraryfolders-windows.vdf")),
				Fuzzer.bytes(Path.of("testdata/steam/libraryfolders-before-2021.vdf")),
				("\"libraryfolders\"\n{\n\t\"0\"\n\t{\n\t\t\"path\"\t\t\"" + dir.resolve("lib") + "\"\n\t\t\"apps\"\n\t\t{\n"
						+ "\t\t\t\"22380\"\t\t\"1\"\n\t\t}\n\t}\n}\n").getBytes(StandardCharsets.UTF_8),
				"\"AppState\"\n{\n\t\"appid\"\t\t\"22380\"\n\t\"installdir\"\t\t\"Fallout New Vegas\"\n}\n"
						.getBytes(StandardCharsets.UTF_8));
		Fuzzer fuzzer = new Fuzzer("steam", seeds, List.of("\"", "{", "}", "\\\"", "//", "\"path\"", "\"installdir\"",
				"../", "\0"), Set.of(IOException.class));
		GameInstallFinder finder = new GameInstallFinder(Map.of(), dir.resolve("home"), HostOs.UNIX, RegistryReader.NONE);
		Fuzzer.ran(fuzzer.run(21, input -> {
			String text = new String(input, StandardCharsets.UTF_8);
			Files.write(steamapps.resolve("libraryfolders.vdf"), input);
			Files.write(library.resolve("appmanifest_22380.acf"), input);
			finder.find();
			KeyValues.parse(text);
			SteamLibrary.parse(text);
		}), seeds);
	}

	@Test
	void regQueryOutput() throws Exception {
		List<byte[]> seeds = List.of(("\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Bethesda Softworks\\FalloutNV\r\n"
				+ "    Installed Path    REG_SZ    C:\\Games\\Fallout New Vegas\\\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		Fuzzer fuzzer = new Fuzzer("reg-query", seeds, List.of("    ", "REG_SZ", "REG_EXPAND_SZ", "Installed Path", "\r\n"),
				Set.of());
		Fuzzer.ran(fuzzer.run(22, input -> RegQueryReader.value(new String(input, StandardCharsets.UTF_8),
				"Installed Path")), seeds);
	}

	@Test
	void runtimeLog() throws Exception {
		Path log = dir.resolve("MemoryPoolNVSE.log");
		List<byte[]> seeds = List.of(("MemoryPoolNVSE: version 1.0.0\nMemoryPoolNVSE: Allocator: jemalloc 5.3.0\n"
				+ "MemoryPoolNVSE: ready\n").getBytes(StandardCharsets.UTF_8));
		Fuzzer fuzzer = new Fuzzer("runtime-log", seeds, List.of("MemoryPoolNVSE: Allocator: ", " ", "\n", "\r"), Set.of());
		Fuzzer.ran(fuzzer.run(23, input -> {
			Files.write(log, input);
			RuntimeInspector.lastAllocator(log);
		}), seeds);
	}
}
