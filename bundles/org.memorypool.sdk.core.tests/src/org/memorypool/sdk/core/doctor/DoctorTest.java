// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.HostOs;
import org.memorypool.sdk.core.doctor.DoctorCheck.Status;
import org.memorypool.sdk.core.game.GameInstallFinder;
import org.memorypool.sdk.core.game.RegistryReader;
import org.memorypool.sdk.core.pe.Mingw;
import org.memorypool.sdk.core.pe.PeReaderTestData;

/**
 * The doctor on game folders laid out as players have them. FalloutNV.exe and nvse_1_4.dll are stand-ins built with
 * MinGW-w64, with the version resources and the Large Address Aware flag the real ones carry.
 */
class DoctorTest {

	@TempDir
	static Path tools;

	/** FalloutNV.exe 1.4.0.525 with the 4 GB patch, 1.4.0.512 without, and nvse_1_4.dll 6.4.8. */
	private static byte[] exe525;
	private static byte[] exe512;
	private static byte[] nvse;

	@TempDir
	Path dir;

	@BeforeAll
	static void buildStandIns() throws Exception {
		exe525 = program("1,4,0,525", true);
		exe512 = program("1,4,0,512", false);
		Files.writeString(tools.resolve("nvse.c"), "int __stdcall DllMain(void* h, unsigned r, void* p) { return 1; }\n");
		Files.writeString(tools.resolve("nvse.rc"), "#include <winver.h>\nVS_VERSION_INFO VERSIONINFO\nFILEVERSION 6,4,8,0\n"
				+ "BEGIN\nEND\n");
		Mingw.run(tools, "i686-w64-mingw32-windres", "nvse.rc", "-O", "coff", "-o", "nvse.res.o");
		Mingw.run(tools, "i686-w64-mingw32-gcc", "-shared", "-o", "nvse_1_4.dll", "nvse.c", "nvse.res.o");
		nvse = Files.readAllBytes(tools.resolve("nvse_1_4.dll"));
	}

	private static byte[] program(String version, boolean largeAddressAware) throws IOException, InterruptedException {
		Files.writeString(tools.resolve("main.c"), "int main(void) { return 0; }\n");
		Files.writeString(tools.resolve("exe.rc"), "#include <winver.h>\nVS_VERSION_INFO VERSIONINFO\nFILEVERSION " + version
				+ "\nBEGIN\nEND\n");
		Mingw.run(tools, "i686-w64-mingw32-windres", "exe.rc", "-O", "coff", "-o", "exe.res.o");
		Mingw.run(tools, "i686-w64-mingw32-gcc", "-o", "FalloutNV.exe", "main.c", "exe.res.o");
		byte[] exe = Files.readAllBytes(tools.resolve("FalloutNV.exe"));
		// IMAGE_FILE_LARGE_ADDRESS_AWARE in the COFF header's Characteristics, as a 4 GB patcher sets it.
		int characteristics = (exe[0x3C] & 0xFF | (exe[0x3D] & 0xFF) << 8) + 4 + 18;
		exe[characteristics] = (byte) (largeAddressAware ? exe[characteristics] | 0x20 : exe[characteristics] & ~0x20);
		return exe;
	}

	/** A Steam install with xNVSE, one plugin, a readme NVSE ignores, and nothing found elsewhere. */
	private Path game(byte[] exe) throws IOException {
		Path game = Files.createDirectories(dir.resolve("Fallout New Vegas"));
		Files.write(game.resolve("FalloutNV.exe"), exe);
		Files.write(game.resolve("nvse_1_4.dll"), nvse);
		Files.write(game.resolve("nvse_loader.exe"), exe);
		Path plugins = Files.createDirectories(game.resolve("Data/nvse/plugins"));
		Files.write(plugins.resolve("GoodPlugin.dll"), PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll")));
		Files.writeString(plugins.resolve("GoodPlugin.ini"), "[Settings]\n");
		return game;
	}

	private static Doctor doctor(Path home) {
		return new Doctor(new GameInstallFinder(Map.of(), home, HostOs.UNIX, RegistryReader.NONE), Optional.empty(),
				Optional.empty(), Optional.empty());
	}

	private static DoctorCheck check(List<DoctorCheck> checks, String subject) {
		return checks.stream().filter(c -> c.subject().equals(subject)).findFirst()
				.orElseThrow(() -> new AssertionError("no check of " + subject + " in " + checks));
	}

	private static Map<String, String> snapshot(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.toList()) {
				files.put(root.relativize(p).toString(), Files.isDirectory(p) ? "<dir>"
						: Files.size(p) + "@" + Files.getLastModifiedTime(p));
			}
		}
		return files;
	}

	@Test
	void aWorkingSetupHasNoProblemAndNothingIsChanged() throws Exception {
		Path game = game(exe525);
		Map<String, String> before = snapshot(dir);
		List<DoctorCheck> checks = doctor(dir.resolve("home")).examine(Optional.of(game), Optional.empty());
		assertEquals(before, snapshot(dir), "the doctor changes nothing");
		assertFalse(Doctor.blocking(checks), checks::toString);
		assertEquals("version 1.4.0.525, the one xNVSE supports (the standard or the no-gore build)",
				check(checks, "FalloutNV.exe").finding());
		assertEquals(Status.OK, check(checks, "4 GB patch").status());
		assertEquals("nvse_loader.exe and nvse_1_4.dll (version 6.4.8.0)", check(checks, "xNVSE").finding());
		assertEquals(Status.OK, check(checks, "Data/NVSE/Plugins/GoodPlugin.dll").status());
		assertEquals(new DoctorCheck(Status.INFO, "Data/NVSE/Plugins", "1 entry NVSE ignores (it loads only *.dll files)",
				List.of("GoodPlugin.ini")), check(checks, "Data/NVSE/Plugins"));
		assertEquals(Status.INFO, check(checks, "MemoryPool runtime").status());
	}

	@Test
	void anUnsupportedGameMissingNvseAndABrokenPluginAreProblems() throws Exception {
		Path game = game(exe512);
		Files.delete(game.resolve("nvse_1_4.dll"));
		Files.write(game.resolve("Data/nvse/plugins/Wrong64.dll"), PeReaderTestData.plugin(0x8664, true, List.of("KERNEL32.dll")));
		List<DoctorCheck> checks = doctor(dir.resolve("home")).examine(Optional.of(game), Optional.empty());
		assertTrue(Doctor.blocking(checks));
		assertEquals(Status.PROBLEM, check(checks, "FalloutNV.exe").status());
		assertTrue(check(checks, "FalloutNV.exe").finding().startsWith("version 1.4.0.512, but xNVSE supports only 1.4.0.525"));
		assertEquals(Status.WARNING, check(checks, "4 GB patch").status());
		assertTrue(check(checks, "xNVSE").finding().startsWith("nvse_1_4.dll is missing"));
		assertEquals(Status.PROBLEM, check(checks, "Data/NVSE/Plugins/Wrong64.dll").status());
	}

	@Test
	void withoutAGameFolderTheFinderIsAskedAndItsNotesShown() throws Exception {
		Path home = dir.resolve("home");
		Path steamGame = Files.createDirectories(home.resolve(".local/share/Steam/steamapps/common/Fallout New Vegas"));
		Files.write(steamGame.resolve("FalloutNV.exe"), exe525);
		List<DoctorCheck> checks = doctor(home).examine(Optional.empty(), Optional.empty());
		assertTrue(check(checks, "Game folder").finding().startsWith(steamGame + " (found in the Steam library "),
				check(checks, "Game folder")::toString);
		assertTrue(check(checks, "xNVSE").finding().startsWith("nvse_1_4.dll is missing"));

		List<DoctorCheck> none = doctor(dir.resolve("empty home")).examine(Optional.empty(), Optional.empty());
		assertEquals(Status.PROBLEM, check(none, "Game folder").status());
		assertEquals(1, none.size(), "nothing else can be checked without a game");
	}

	/** A portable MO2 instance under dir/MO2, profile Default selected, with the runtime's mod and its jemalloc.dll. */
	private Path instanceWithTheRuntimeMod() throws IOException {
		Path instance = Files.createDirectories(dir.resolve("MO2"));
		Files.writeString(instance.resolve("ModOrganizer.ini"), "[General]\r\nselected_profile=@ByteArray(Default)\r\n");
		Path runtime = Files.createDirectories(instance.resolve("mods/MemoryPoolNVSE/NVSE/Plugins"));
		Files.write(runtime.resolve("MemoryPoolNVSE.dll"), PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll")));
		Files.write(runtime.resolve("jemalloc.dll"), PeReaderTestData.dll(List.of("je_malloc"), List.of("KERNEL32.dll")));
		return instance;
	}

	/** The runtime as a Mod Organizer 2 mod: its jemalloc.dll beside it, its log in MO2's overwrite folder. */
	@Test
	void theRuntimeAndModOrganizerAreReportedAsTheyAre() throws Exception {
		Path game = game(exe525);
		Path instance = instanceWithTheRuntimeMod();
		Path mine = Files.createDirectories(instance.resolve("mods/MyMod/NVSE/Plugins"));
		Files.write(mine.resolve("MyMod.dll"), PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll")));
		Files.createDirectories(instance.resolve("profiles/Default"));
		Files.writeString(instance.resolve("profiles/Default/modlist.txt"), "# generated\r\n+MemoryPoolNVSE\r\n-MyMod\r\n");
		Files.createDirectories(instance.resolve("overwrite"));
		Files.writeString(instance.resolve("overwrite/MemoryPoolNVSE.log"), "[2026-12-01 10:00:00] MemoryPoolNVSE: Plugin"
				+ " Query called (MemoryPoolNVSE 2.0.0, NVSE 0x06040080, runtime 0x040020D0, editor 0x00000000, isEditor 0)\r\n"
				+ "[2026-12-01 10:00:01] MemoryPoolNVSE: jemalloc 5.3.0-0-g54eaed1 loaded from Z:\\MO2\\jemalloc.dll\r\n"
				+ "[2026-12-01 10:00:01] MemoryPoolNVSE: Allocator: jemalloc\r\n");

		List<DoctorCheck> checks = doctor(dir.resolve("home")).examine(Optional.of(game), Optional.of(instance.resolve("mods")));
		DoctorCheck memoryPool = check(checks, "MemoryPool runtime");
		assertEquals(Status.OK, memoryPool.status(), memoryPool::toString);
		assertEquals("its last run chose jemalloc", memoryPool.finding());
		assertTrue(memoryPool.details().contains("last run: MemoryPoolNVSE 2.0.0"), memoryPool.details()::toString);
		assertTrue(memoryPool.details().contains("last run loaded Z:\\MO2\\jemalloc.dll"), memoryPool.details()::toString);
		DoctorCheck mo2 = check(checks, "Mod Organizer 2");
		assertEquals(Status.WARNING, mo2.status());
		assertEquals(List.of("MemoryPoolNVSE: enabled", "MyMod: NOT enabled, so the game does not see its NVSE plugins:"
				+ " tick it in MO2's left pane"), mo2.details());
		assertEquals(Status.INFO, check(checks, "MemoryPoolNVSE/NVSE/Plugins/jemalloc.dll").status());
		assertFalse(Doctor.blocking(checks), checks::toString);
	}

	/** The #12 trial: a disabled runtime mod was reported as ok, and a mod with a Data/ level inside not at all. */
	@Test
	void aDisabledRuntimeModAndAModWithDataInsideAreWarnings() throws Exception {
		Path game = game(exe525);
		Path instance = instanceWithTheRuntimeMod();
		Path nested = Files.createDirectories(instance.resolve("mods/Nested/Data/NVSE/Plugins"));
		Files.write(nested.resolve("Nested.dll"), PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll")));
		Files.createDirectories(instance.resolve("profiles/Default"));
		Files.writeString(instance.resolve("profiles/Default/modlist.txt"), "-MemoryPoolNVSE\r\n+Nested\r\n");

		List<DoctorCheck> checks = doctor(dir.resolve("home")).examine(Optional.of(game), Optional.of(instance.resolve("mods")));
		DoctorCheck memoryPool = check(checks, "MemoryPool runtime");
		assertEquals(Status.WARNING, memoryPool.status());
		assertTrue(memoryPool.finding().startsWith("its mod MemoryPoolNVSE is not enabled"), memoryPool::toString);
		DoctorCheck mo2 = check(checks, "Mod Organizer 2");
		assertTrue(mo2.details().stream().anyMatch(d -> d.startsWith("warning: Nested holds Data/NVSE/Plugins")),
				mo2.details()::toString);
	}

	/** The #12 trial: two plugins folders that differ only in case; the doctor checked one and said nothing. */
	@Test
	void pluginsFoldersThatDifferOnlyInCaseAreAWarningAndBothAreChecked() throws Exception {
		Path game = game(exe525);
		Path upper = Files.createDirectories(game.resolve("Data/NVSE/Plugins"));
		Files.write(game.resolve("Data/nvse/plugins/Old64.dll"), PeReaderTestData.plugin(0x8664, true, List.of("KERNEL32.dll")));
		List<DoctorCheck> checks = doctor(dir.resolve("home")).examine(Optional.of(game), Optional.empty());
		DoctorCheck folders = checks.stream().filter(c -> c.subject().equals("Data/NVSE/Plugins")
				&& c.status() == Status.WARNING).findFirst().orElseThrow(() -> new AssertionError(checks.toString()));
		assertEquals(List.of(upper.toString(), game.resolve("Data/nvse/plugins").toString()), folders.details());
		assertEquals(Status.PROBLEM, check(checks, "Data/nvse/plugins/Old64.dll").status());
	}

	/** The #11 trial: 200 DLLs of 127 MB made one check read 25 GB; it reads at most MAX_DLL_BYTES of them. */
	@Test
	void hugeDllsBeyondTheReadBudgetAreListedNotRead() throws Exception {
		Path game = game(exe525);
		long size = Doctor.MAX_DLL_BYTES * 2 / 5;
		for (int i = 1; i <= 4; i++) {
			try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(game.resolve("Data/nvse/plugins/Big" + i + ".dll")
					.toFile(), "rw")) {
				file.setLength(size); // sparse: nothing on disk, zeros when read
			}
		}
		List<DoctorCheck> checks = doctor(dir.resolve("home")).examine(Optional.of(game), Optional.empty());
		assertEquals(Status.PROBLEM, check(checks, "Data/NVSE/Plugins/Big1.dll").status());
		assertEquals(Status.PROBLEM, check(checks, "Data/NVSE/Plugins/Big2.dll").status());
		for (String name : List.of("Big3.dll", "Big4.dll")) {
			assertEquals(new DoctorCheck(Status.INFO, "Data/NVSE/Plugins/" + name, "not read: one check reads at most 256 MB"
					+ " of DLLs; check it alone with ./sdk inspect", List.of()), check(checks, "Data/NVSE/Plugins/" + name));
		}
		assertEquals(Status.OK, check(checks, "Data/NVSE/Plugins/GoodPlugin.dll").status(), "small ones after still fit");
	}
}
