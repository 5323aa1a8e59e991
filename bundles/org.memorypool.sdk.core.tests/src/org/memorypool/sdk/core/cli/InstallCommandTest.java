// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memorypool.sdk.core.project.ProjectGenerator;
import org.memorypool.sdk.core.project.ProjectSpec;

/**
 * {@code ./sdk install} with the archive {@code ./sdk package} wrote from a generated project (built for real with
 * MinGW-w64): by hand into a game folder, and as Mod Organizer 2 installs it into a portable instance; then archives
 * from elsewhere that must be refused whole.
 */
class InstallCommandTest {

	private static final Path HEADER = Path.of(System.getProperty("memorypool.header")).toAbsolutePath();

	@TempDir
	Path dir;

	private Path game;
	private final CapturedRun run = new CapturedRun();

	@BeforeEach
	void game() throws IOException {
		game = Files.createDirectories(dir.resolve("Fallout New Vegas"));
		Files.write(game.resolve("FalloutNV.exe"), new byte[] { 'M', 'Z' });
		Files.write(game.resolve("nvse_loader.exe"), new byte[] { 'M', 'Z' });
	}

	private int sdk(String... args) {
		run.clear();
		return run.run(new SdkCommandLine(List.of(new PackageCommand(), new InstallCommand(Optional.empty()))), args);
	}

	/** The zip ./sdk package writes for a generated project named Packaged, version 2.5.1, using MemoryPool. */
	private Path packaged() throws Exception {
		Path project = new ProjectGenerator(HEADER, HEADER.resolveSibling("nvse_plugin.h")).generate(ProjectSpec
				.defaults("Packaged", Files.createDirectories(dir.resolve("workspace"))).withVersion("2.5.1"));
		assertEquals(0, sdk("package", project.toString(), "--output", dir.resolve("dist").toString()), run.output());
		return dir.resolve("dist/Packaged-2.5.1.zip");
	}

	private static byte[] entry(Path zip, String name) throws IOException {
		try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
			return file.getInputStream(file.getEntry(name)).readAllBytes();
		}
	}

	@Test
	void byHandThePackagedArchiveGoesIntoDataAndUndoTakesItOut() throws Exception {
		Path zip = packaged();
		Path plugins = Files.createDirectories(game.resolve("Data/nvse/plugins")); // as many archives leave the case
		Files.writeString(plugins.resolve("Other.dll"), "another mod's");
		assertEquals(0, sdk("install", zip.toString(), "--game", game.toString()), run.output());
		assertArrayEquals(entry(zip, "NVSE/Plugins/Packaged.dll"), Files.readAllBytes(plugins.resolve("Packaged.dll")));
		assertTrue(Files.readString(game.resolve("Data/Packaged-README.txt")).startsWith("Packaged 2.5.1 - an NVSE plugin"));
		assertFalse(Files.exists(game.resolve("Data/NVSE")), "a second folder beside Data/nvse that Windows would see as one");
		assertTrue(run.output().contains("added    " + plugins.resolve("Packaged.dll")), run.output());
		// doctor reads the version resource back, as inspect does.
		java.io.ByteArrayOutputStream doctor = new java.io.ByteArrayOutputStream();
		new DoctorCommand(p -> null, () -> new org.memorypool.sdk.core.game.GameInstallFinder(Map.of(), dir.resolve("home"),
				org.memorypool.sdk.core.HostOs.UNIX, org.memorypool.sdk.core.game.RegistryReader.NONE), Optional.empty())
				.run(List.of("--game", game.toString()), new java.io.PrintStream(doctor, true, StandardCharsets.UTF_8));
		assertTrue(doctor.toString(StandardCharsets.UTF_8).contains("Data/NVSE/Plugins/Packaged.dll: an NVSE plugin the game"
				+ " can load, version 2.5.1.0"), doctor.toString(StandardCharsets.UTF_8));

		assertEquals(0, sdk("install", zip.toString(), "--game", game.toString()), run.output());
		assertTrue(run.output().contains("Nothing to install"), run.output());

		assertEquals(0, sdk("install", zip.toString(), "--game", game.toString(), "--undo"), run.output());
		assertFalse(Files.exists(plugins.resolve("Packaged.dll")));
		assertFalse(Files.exists(game.resolve("Data/Packaged-README.txt")));
		assertEquals("another mod's", Files.readString(plugins.resolve("Other.dll")));
	}

	/** An install's journal may name files in Data only: one edited to name the EXE makes undo refuse, touching nothing. */
	@Test
	void anInstallJournalNamingAFileOutsideDataIsNotBelieved() throws Exception {
		Path zip = packaged();
		assertEquals(0, sdk("install", zip.toString(), "--game", game.toString()), run.output());
		Path journal = org.memorypool.sdk.core.deploy.ModArchiveInstall.journal(game.resolve("Data"));
		String readme = game.resolve("Data/Packaged-README.txt").toString();
		String text = Files.readString(journal, StandardCharsets.ISO_8859_1);
		assertTrue(text.contains(readme.replace(":", "\\:").replace(" ", "\\ ")) || text.contains(readme), text);
		Files.writeString(journal, text.replace("Data/Packaged-README.txt", "FalloutNV.exe"), StandardCharsets.ISO_8859_1);
		assertEquals(1, sdk("install", zip.toString(), "--game", game.toString(), "--undo"), run.output());
		assertTrue(run.output().startsWith("Not undone: undo failed: the journal " + journal + " names " + game.resolve("FalloutNV.exe")
				+ ", which no deploy writes"), run.output());
		assertTrue(Files.exists(game.resolve("FalloutNV.exe")));
		assertTrue(Files.exists(game.resolve("Data/nvse/plugins/Packaged.dll")) || Files.exists(game.resolve("Data/NVSE/Plugins/Packaged.dll")));
	}

	/** MO2's portable instance: its own mod with MO2's meta.ini, enabled in the selected profile; undo puts all back. */
	@Test
	void withModOrganizerItBecomesItsOwnEnabledModWithMetaIni() throws Exception {
		Path zip = packaged();
		Path instance = Files.createDirectories(dir.resolve("MO2"));
		Files.writeString(instance.resolve("ModOrganizer.ini"), "[General]\r\ngamePath=@ByteArray(" + game + ")\r\n"
				+ "selected_profile=@ByteArray(Default)\r\n");
		Path mods = Files.createDirectories(instance.resolve("mods"));
		String before = "# This file was automatically generated by Mod Organizer.\r\n+Other\r\n";
		Path modList = Files.writeString(Files.createDirectories(instance.resolve("profiles/Default")).resolve("modlist.txt"), before);

		assertEquals(0, sdk("install", zip.toString(), "--game", game.toString(), "--mods", mods.toString()), run.output());
		Path mod = mods.resolve("Packaged");
		assertArrayEquals(entry(zip, "NVSE/Plugins/Packaged.dll"), Files.readAllBytes(mod.resolve("NVSE/Plugins/Packaged.dll")));
		assertEquals("[General]\r\ngameName=FalloutNV\r\nmodid=0\r\nversion=2.5.1.0\r\ninstallationFile=" + zip + "\r\n",
				Files.readString(mod.resolve("meta.ini")));
		assertTrue(Files.readString(modList).contains("+Packaged\r\n"), Files.readString(modList));
		assertFalse(Files.exists(game.resolve("Data")), "nothing goes into the game with MO2");

		assertEquals(0, sdk("install", zip.toString(), "--game", game.toString(), "--mods", mods.toString(), "--undo"), run.output());
		assertFalse(Files.exists(mod), "the mod's folder the install made");
		assertEquals(before, Files.readString(modList));
	}

	@Test
	void aSingleTopFolderIsUnpackedFromWithAWarning() throws Exception {
		Path zip = packaged();
		Path wrapped = zip(dir.resolve("Wrapped-2.5.1.zip"), Map.of("Packaged/NVSE/Plugins/Packaged.dll",
				entry(zip, "NVSE/Plugins/Packaged.dll"), "Packaged/readme.txt", "hi".getBytes(StandardCharsets.UTF_8)));
		assertEquals(0, sdk("install", wrapped.toString(), "--game", game.toString()), run.output());
		assertTrue(Files.isRegularFile(game.resolve("Data/NVSE/Plugins/Packaged.dll")));
		assertTrue(run.output().contains("warning: the archive's files are in its folder Packaged"), run.output());
	}

	static Stream<Arguments> refusedArchives() {
		byte[] dll = { 'M', 'Z', 0, 0 };
		return Stream.of(
				Arguments.of("Slip.zip", Map.of("NVSE/Plugins/../../../evil.dll", dll),
						"Not installed: Slip.zip holds the entry NVSE/Plugins/../../../evil.dll, which climbs out of the folder"
								+ " it is unpacked into: nothing was installed; do not install this archive"),
				Arguments.of("Absolute.zip", Map.of("/etc/evil", dll, "NVSE/Plugins/A.dll", dll),
						"Not installed: Absolute.zip holds the entry /etc/evil, which is an absolute path: nothing was"
								+ " installed; do not install this archive"),
				Arguments.of("Drive.zip", Map.of("C:\\Windows\\evil.dll", dll),
						"Not installed: Drive.zip holds the entry C:\\Windows\\evil.dll, which is an absolute path: nothing"
								+ " was installed; do not install this archive"),
				Arguments.of("Device.zip", Map.of("NVSE/Plugins/con.dll", dll),
						"Not installed: Device.zip holds the entry NVSE/Plugins/con.dll, which is not a name Windows can hold:"
								+ " nothing was installed; do not install this archive"),
				Arguments.of("Twice.zip", orderedMap("NVSE/Plugins/A.dll", dll, "nvse/plugins/a.DLL", dll),
						"Not installed: Twice.zip holds both NVSE/Plugins/A.dll and nvse/plugins/a.DLL, which are one file on"
								+ " Windows: package it again"),
				Arguments.of("FileAndFolder.zip", orderedMap("NVSE/Plugins", dll, "NVSE/Plugins/A.dll", dll),
						"Not installed: FileAndFolder.zip holds NVSE/Plugins both as a file and as a folder of other files:"
								+ " package it again"),
				Arguments.of("Textures.zip", Map.of("Textures/a.dds", dll),
						"Not installed: Textures.zip has no NVSE folder at its root (nor in a single top folder), so it is not"
								+ " an NVSE plugin mod laid out as the game's Data folder: package it with ./sdk package"),
				Arguments.of("NoDll.zip", Map.of("NVSE/Plugins/A.ini", dll),
						"Not installed: the archive has no DLL in NVSE/Plugins, so NVSE would load nothing from it: package"
								+ " the plugin project with ./sdk package"),
				Arguments.of("Broken.zip", Map.of("NVSE/Plugins/Broken.dll", dll),
						"Not installed: NVSE/Plugins/Broken.dll "));
	}

	private static Map<String, byte[]> orderedMap(String a, byte[] aContent, String b, byte[] bContent) {
		Map<String, byte[]> map = new LinkedHashMap<>();
		map.put(a, aContent);
		map.put(b, bContent);
		return map;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedArchives")
	void archivesFromElsewhereAreRefusedWholeAndNothingIsWritten(String name, Map<String, byte[]> entries, String line)
			throws Exception {
		Path zip = zip(dir.resolve(name), entries);
		List<Path> before = tree(dir);
		assertEquals(1, sdk("install", zip.toString(), "--game", game.toString()), run.output());
		assertTrue(run.output().startsWith(line), run.output());
		assertEquals(1, run.output().lines().count(), run.output());
		assertEquals(before, tree(dir));
	}

	@Test
	void notAZipIsOneLine() throws Exception {
		Path garbage = Files.writeString(dir.resolve("Garbage.zip"), "not a zip at all");
		assertEquals(1, sdk("install", garbage.toString(), "--game", game.toString()));
		assertTrue(run.output().startsWith("Not installed: Garbage.zip is not a zip archive that can be read ("), run.output());
		Path sevenZip = Files.writeString(dir.resolve("Mod.7z"), "7z");
		assertEquals(1, sdk("install", sevenZip.toString(), "--game", game.toString()));
		assertEquals("Not installed: Mod.7z is not a .zip archive: unpack it with its own tool (7-Zip for .7z and .rar) and zip"
				+ " the Data folder's contents, or install it with your mod manager\n", run.output());
	}

	private static Path zip(Path zip, Map<String, byte[]> entries) throws IOException {
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue());
				out.closeEntry();
			}
		}
		return zip;
	}

	private static List<Path> tree(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.sorted().toList();
		}
	}
}
