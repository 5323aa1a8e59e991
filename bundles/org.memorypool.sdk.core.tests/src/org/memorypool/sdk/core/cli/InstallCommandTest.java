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
		Path journal = org.memorypool.sdk.core.deploy.ModArchiveInstall.journal(game.resolve("Data"), "Packaged");
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

	/** The player's own DLL survives two versions installed over it: the second takes the first out before it goes in. */
	@Test
	void aNewerVersionOverAnOlderKeepsThePlayersOwnFileForUndo() throws Exception {
		Path zip = packaged();
		byte[] dll = entry(zip, "NVSE/Plugins/Packaged.dll");
		Path plugins = Files.createDirectories(game.resolve("Data/NVSE/Plugins"));
		Files.writeString(plugins.resolve("Packaged.dll"), "the player's own build");
		Path older = zip(dir.resolve("Packaged-2.5.0.zip"), orderedMap("NVSE/Plugins/Packaged.dll", dll, "NVSE/Plugins/old.txt",
				"old".getBytes(StandardCharsets.UTF_8)));
		assertEquals(0, sdk("install", older.toString(), "--game", game.toString()), run.output());
		assertEquals(0, sdk("install", zip.toString(), "--game", game.toString()), run.output());
		assertTrue(run.output().startsWith("Taking out the last install of Packaged first:"), run.output());
		assertFalse(Files.exists(plugins.resolve("old.txt")), "the older version's own file");
		assertEquals("the player's own build", Files.readString(plugins.resolve("Packaged.dll.bak")));
		assertEquals(0, sdk("install", zip.toString(), "--game", game.toString(), "--undo"), run.output());
		assertEquals("the player's own build", Files.readString(plugins.resolve("Packaged.dll")));
	}

	/** Each archive's --undo takes out that archive, whichever was installed last. */
	@Test
	void undoTakesOutTheArchiveItNames() throws Exception {
		Path zip = packaged();
		byte[] dll = entry(zip, "NVSE/Plugins/Packaged.dll");
		Path first = zip(dir.resolve("First-1.0.zip"), Map.of("NVSE/Plugins/First.dll", dll));
		Path second = zip(dir.resolve("Second-1.0.zip"), Map.of("NVSE/Plugins/Second.dll", dll));
		assertEquals(0, sdk("install", first.toString(), "--game", game.toString()), run.output());
		assertEquals(0, sdk("install", second.toString(), "--game", game.toString()), run.output());
		assertEquals(0, sdk("install", first.toString(), "--game", game.toString(), "--undo"), run.output());
		assertFalse(Files.exists(game.resolve("Data/NVSE/Plugins/First.dll")));
		assertTrue(Files.exists(game.resolve("Data/NVSE/Plugins/Second.dll")));
	}

	/** Windows sees one folder: an archive that spells it two ways still makes one on a case-sensitive disk. */
	@Test
	void oneFolderSpelledTwoWaysInTheArchiveIsOneFolder() throws Exception {
		byte[] dll = entry(packaged(), "NVSE/Plugins/Packaged.dll");
		Path twoSpellings = zip(dir.resolve("Two-1.0.zip"), orderedMap("NVSE/Plugins/One.dll", dll, "nvse/plugins/Other.dll", dll));
		assertEquals(0, sdk("install", twoSpellings.toString(), "--game", game.toString()), run.output());
		try (Stream<Path> data = Files.list(game.resolve("Data"))) {
			assertEquals(List.of("NVSE"), data.map(p -> p.getFileName().toString()).toList());
		}
		assertTrue(Files.exists(game.resolve("Data/NVSE/Plugins/Other.dll")));
	}

	/** A folder of the game that is a link leading out: nothing is written through it. */
	@Test
	void aLinkLeadingOutOfTheGameIsRefused() throws Exception {
		Path zip = packaged();
		Path outside = Files.createDirectories(dir.resolve("outside"));
		Files.createSymbolicLink(game.resolve("Data"), outside);
		assertEquals(1, sdk("install", zip.toString(), "--game", game.toString()), run.output());
		assertTrue(run.output().startsWith("Not installed: " + game.resolve("Data") + " is a link leading out of " + game),
				run.output());
		try (Stream<Path> files = Files.list(outside)) {
			assertEquals(0, files.count());
		}
	}

	/** The archive's name becomes the MO2 mod's folder: only a name Windows can hold. */
	@Test
	void anArchiveNameThatIsNoFolderNameIsRefusedForModOrganizer() throws Exception {
		byte[] dll = entry(packaged(), "NVSE/Plugins/Packaged.dll");
		Path mods = Files.createDirectories(dir.resolve("MO2/mods"));
		for (String name : List.of("..-1.0.zip", ".zip", "CON-1.0.zip", "My\nMod-1.0.zip")) {
			Path zip = zip(dir.resolve(name), Map.of("NVSE/Plugins/A.dll", dll));
			assertEquals(1, sdk("install", zip.toString(), "--game", game.toString(), "--mods", mods.toString()), run.output());
			assertTrue(run.output().startsWith("Not installed: the archive's name "), run.output());
			assertEquals(1, run.output().lines().count(), run.output());
		}
		try (Stream<Path> files = Files.list(mods)) {
			assertEquals(0, files.count());
		}
	}

	/** A stored entry with a flipped byte: the archive says its CRC-32, and the copy is checked against it. */
	@Test
	void aDamagedEntryIsRefused() throws Exception {
		Path zip = packaged();
		byte[] dll = entry(zip, "NVSE/Plugins/Packaged.dll");
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			ZipEntry stored = new ZipEntry("NVSE/Plugins/Packaged.dll");
			stored.setMethod(ZipEntry.STORED);
			stored.setSize(dll.length);
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update(dll);
			stored.setCrc(crc.getValue());
			out.putNextEntry(stored);
			out.write(dll);
			out.closeEntry();
		}
		byte[] damaged = bytes.toByteArray();
		damaged[30 + "NVSE/Plugins/Packaged.dll".length() + 5000] ^= 1; // inside the stored DLL, after the local header
		Path broken = Files.write(dir.resolve("Damaged-1.0.zip"), damaged);
		assertEquals(1, sdk("install", broken.toString(), "--game", game.toString()), run.output());
		assertEquals("Not installed: Damaged-1.0.zip is damaged (NVSE/Plugins/Packaged.dll fails its checksum): download it"
				+ " again, or package it again\n", run.output());
		assertFalse(Files.exists(game.resolve("Data")));
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
				Arguments.of("LongName.zip", Map.of("NVSE/Plugins/" + "a".repeat(256) + ".dll", dll),
						"Not installed: LongName.zip holds the entry NVSE/Plugins/" + "a".repeat(256) + ".dll, which is not a"
								+ " name Windows can hold: nothing was installed; do not install this archive"),
				Arguments.of("Console.zip", Map.of("NVSE/Plugins/CONOUT$.txt", dll),
						"Not installed: Console.zip holds the entry NVSE/Plugins/CONOUT$.txt, which is not a name Windows can"
								+ " hold: nothing was installed; do not install this archive"),
				Arguments.of("SpacedDevice.zip", Map.of("NVSE/Plugins/CON .txt", dll),
						"Not installed: SpacedDevice.zip holds the entry NVSE/Plugins/CON .txt, which is not a name Windows can"
								+ " hold: nothing was installed; do not install this archive"),
				Arguments.of("LongPath.zip", Map.of("NVSE/Plugins/" + (("d".repeat(100) + "/").repeat(3)) + "x.dll", dll),
						"Not installed: LongPath.zip holds the entry NVSE/Plugins/" + "d".repeat(67) + "..., which is longer"
								+ " than Windows' paths allow: nothing was installed; do not install this archive"),
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
