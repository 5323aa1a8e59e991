// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.TestFiles;
import org.memorypool.sdk.core.pe.Mingw;

/**
 * The real-world cases of this kind (testdata/cases, copied from the cases authors and players reported): DLLs and
 * CDT projects built for real with MinGW-w64, then given to {@code ./sdk inspect} and {@code ./sdk deploy} as a user
 * would. Each test holds the case's right value.
 */
class RealWorldDllCasesTest {

	@TempDir
	Path dir;

	private final CapturedRun run = new CapturedRun();

	private int sdk(String... args) {
		run.clear();
		return run.run(new SdkCommandLine(List.of(new InspectCommand(), new DeployCommand(Map.of(
				DeployCommand.PLUGIN_PROPERTY, "unused-MemoryPoolNVSE.dll", DeployCommand.JEMALLOC_PROPERTY,
				"unused-jemalloc.dll")::get, List::of))), args);
	}

	private String out() {
		return String.join("\n", run.outLines());
	}

	private Path copyCase(String name) throws IOException {
		return TestFiles.copyTestdata("cases/" + name, dir.resolve(name));
	}

	/** The case's game folder: FalloutNV.exe and nvse_loader.exe, whose content deploy does not read. */
	private static Path fakeGame(Path root) throws IOException {
		Path game = Files.createDirectories(root.resolve("game"));
		Files.writeString(game.resolve("FalloutNV.exe"), "MZ stand-in");
		Files.writeString(game.resolve("nvse_loader.exe"), "MZ stand-in");
		return game;
	}

	/** Every file under {@code folder} with its content, to prove a refusal changed nothing. */
	private static Map<String, String> snapshot(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.toList()) {
				files.put(folder.relativize(p).toString(), Files.isDirectory(p) ? "<dir>" : HexFormat.of().formatHex(Files.readAllBytes(p)));
			}
		}
		return files;
	}

	/** Case 01: CDT's Linux shared-library naming gives libSoPlugin.so, which xNVSE never loads. */
	@Test
	void case01ASoArtifactIsNotDeployedAndTheFixNamesTheArtifactSettings() throws Exception {
		Path root = copyCase("01-cross-so-extension");
		Path game = fakeGame(root);
		Map<String, String> before = snapshot(game);
		assertEquals(1, sdk("deploy", root.resolve("SoPlugin").toString(), "--game", game.toString()));
		List<String> lines = run.outLines();
		assertTrue(Files.isRegularFile(root.resolve("SoPlugin/Release/libSoPlugin.so")), "built as CDT builds it");
		assertEquals("Not deployed: libSoPlugin.so is named libSoPlugin.so: xNVSE loads only *.dll files from"
				+ " Data/NVSE/Plugins and never sees it: name it SoPlugin.dll: in CDT, C/C++ Build > Settings >"
				+ " Build Artifact: Artifact extension dll, Output prefix empty", lines.get(lines.size() - 1));
		assertEquals(before, snapshot(game), "the game folder is unchanged");
		assertEquals(4, sdk("inspect", root.resolve("SoPlugin/Release/libSoPlugin.so").toString()), out());
	}

	/** Case 06: exports by ordinal only, also with the name tables zeroed as Microsoft's linker writes them. */
	@Test
	void case06OrdinalOnlyDllsAreValidDllsThatAreNotNvsePlugins() throws Exception {
		Path root = copyCase("06-ordinal-only-exports");
		Mingw.run(root, "i686-w64-mingw32-gcc", "-O2", "-shared", "-s", "-o", "ordinal_api.dll", "ordinal_api.c", "ordinal_api.def");
		Path msvcStyle = root.resolve("ordinal_api_msvc_style.dll");
		Files.write(msvcStyle, withZeroNameTables(Files.readAllBytes(root.resolve("ordinal_api.dll"))));
		for (Path dll : List.of(root.resolve("ordinal_api.dll"), msvcStyle)) {
			assertEquals(3, sdk("inspect", dll.toString()), out());
			List<String> lines = run.outLines();
			assertTrue(lines.contains("  format:  PE32 DLL"), out());
			assertTrue(lines.contains("  machine: i386 (0x014C)"), out());
			assertTrue(lines.containsAll(List.of("  exports: 2", "    ordinal 10 (no name)", "    ordinal 11 (no name)")), out());
			assertEquals("verdict: a DLL the game can load, but not an NVSE plugin (exit status 3)", lines.get(lines.size() - 1));
		}
	}

	/** Case 09: -fstack-protector-strong imports libssp-0.dll even with -static-libgcc; Windows then refuses the plugin. */
	@Test
	void case09AStackProtectedPluginIsNotLoadableAndTheAdviceIsAFlagItWasNotBuiltWith() throws Exception {
		Path root = copyCase("09-libssp-import");
		// The case's build.sh, on the project's own source.
		Mingw.run(root, "i686-w64-mingw32-gcc", "-O2", "-fstack-protector-strong", "-shared", "-s", "-static-libgcc", "-o",
				"hardened_plugin.dll", "HardenedPlugin/src/hardened_plugin.c", "HardenedPlugin/exports.def");
		assertEquals(4, sdk("inspect", root.resolve("hardened_plugin.dll").toString()), out());
		List<String> errors = run.outLines().stream().filter(l -> l.startsWith("error: ")).toList();
		assertEquals(List.of("error: hardened_plugin.dll imports libssp-0.dll (MinGW-w64 GCC's runtime), which no player"
				+ " has: Windows refuses to load the plugin (error 126, \"The specified module could not be found\"): link it"
				+ " statically: add -static to the linker flags (C/C++ Build > Settings > Cross G++ Linker > Miscellaneous >"
				+ " Linker flags)"), errors);
		assertTrue(out().endsWith("verdict: the game cannot load it (exit status 4)"), out());

		Path game = fakeGame(root);
		Map<String, String> before = snapshot(game);
		assertEquals(1, sdk("deploy", root.resolve("HardenedPlugin").toString(), "--game", game.toString()));
		String last = run.outLines().get(run.outLines().size() - 1);
		assertTrue(last.startsWith("Not deployed: HardenedPlugin.dll imports libssp-0.dll"), last);
		assertTrue(last.contains("add -static to the linker flags"), last);
		assertEquals(before, snapshot(game));

		assertEquals(1, sdk("deploy", root.resolve("DynamicRuntimePlugin").toString(), "--game", game.toString()));
		last = run.outLines().get(run.outLines().size() - 1);
		assertTrue(last.startsWith("Not deployed: DynamicRuntimePlugin.dll imports libgcc_s_dw2-1.dll and libstdc++-6.dll"
				+ " (MinGW-w64 GCC's runtime)"), last);
		assertTrue(last.contains("add -static-libgcc -static-libstdc++ to the linker flags"), last);
		assertEquals(before, snapshot(game));
	}

	/**
	 * The name tables of an export directory with no names set to 0, as Microsoft's linker leaves them (PeNet#97):
	 * AddressOfNames and AddressOfNameOrdinals, at 32 and 36 in IMAGE_EXPORT_DIRECTORY.
	 */
	private static byte[] withZeroNameTables(byte[] dll) {
		ByteBuffer image = ByteBuffer.wrap(dll.clone()).order(ByteOrder.LITTLE_ENDIAN);
		int pe = image.getInt(0x3C);
		int sections = image.getShort(pe + 6) & 0xFFFF;
		int optional = pe + 24;
		int sectionTable = optional + (image.getShort(pe + 20) & 0xFFFF);
		int exportRva = image.getInt(optional + 96);
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < sections; i++) {
			int header = sectionTable + 40 * i;
			int virtualSize = image.getInt(header + 8);
			int virtualAddress = image.getInt(header + 12);
			if (exportRva >= virtualAddress && exportRva < virtualAddress + Math.max(virtualSize, image.getInt(header + 16))) {
				offsets.add(image.getInt(header + 20) + exportRva - virtualAddress);
			}
		}
		assertEquals(1, offsets.size(), "one section holds the export directory");
		int directory = offsets.get(0);
		assertEquals(0, image.getInt(directory + 24), "NumberOfNames");
		assertFalse(image.getInt(directory + 32) == 0, "MinGW's ld writes a name table pointer even without names");
		image.putInt(directory + 32, 0).putInt(directory + 36, 0);
		return image.array();
	}
}
