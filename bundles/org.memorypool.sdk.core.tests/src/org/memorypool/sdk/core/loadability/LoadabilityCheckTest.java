// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.loadability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memorypool.sdk.core.loadability.Finding.Problem;
import org.memorypool.sdk.core.loadability.Finding.Severity;
import org.memorypool.sdk.core.pe.PeReaderTestData;

/** The verdicts and fixes of the loadability check on synthetic images; real MinGW builds are in native-plugin's matrix. */
class LoadabilityCheckTest {

	private static final List<String> ENTRY_POINTS = List.of("NVSEPlugin_Load", "NVSEPlugin_Query");
	/** IMAGE_FILE_HEADER.Characteristics in PeReaderTestData's images: e_lfanew 0x80, then "PE\0\0", then 18 bytes. */
	private static final int CHARACTERISTICS = 0x80 + 4 + 18;

	@TempDir
	Path dir;

	private Loadability check(String name, byte[] image) throws Exception {
		return LoadabilityCheck.forPlayers().check(Files.write(dir.resolve(name), image));
	}

	private static byte[] dll(List<String> exports, List<String> imports) {
		return PeReaderTestData.dll(exports, imports);
	}

	@Test
	void aPluginWithBothEntryPointsAndSystemImportsIsAPlugin() throws Exception {
		Loadability result = check("Good.dll", dll(ENTRY_POINTS, List.of("KERNEL32.dll", "USER32.dll", "msvcrt.dll", "d3dx9_38.dll",
				"nvse_1_4.dll", "api-ms-win-crt-runtime-l1-1-0.dll")));
		assertEquals(Verdict.NVSE_PLUGIN, result.verdict());
		assertEquals(List.of(Problem.IMPORT), result.findings().stream().map(Finding::problem).toList(), result.findings()::toString);
		assertEquals(Severity.WARNING, result.findings().get(0).severity(), "the UCRT is on Windows 10, and on older ones only with an update");
		assertEquals("Good.dll: an NVSE plugin the game can load", result.reason());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"_Z16NVSEPlugin_QueryPK12NVSEInterfaceP10PluginInfo | DeclareExternC",
			"_ZN6plugin16NVSEPlugin_QueryEPK12NVSEInterfaceP10PluginInfo | DeclareExternC",
			"?NVSEPlugin_Query@@YA_NPBUNVSEInterface@@PAUPluginInfo@@@Z | DeclareExternC",
			"NVSEPlugin_Query@8 | UseCdecl",
			"_NVSEPlugin_Query@8 | UseCdecl",
			"@NVSEPlugin_Query@8 | UseCdecl",
			"_NVSEPlugin_Query | RenameExport",
			"nvseplugin_query | RenameExport" })
	void aLookAlikeEntryPointIsAnErrorWithTheDeclarationThatFixesIt(String exported, String fix) throws Exception {
		Loadability result = check("LookAlike.dll", dll(List.of("NVSEPlugin_Load", exported), List.of("KERNEL32.dll")));
		assertEquals(Verdict.NOT_LOADABLE, result.verdict());
		assertEquals(1, result.errors().size(), result.findings()::toString);
		Finding error = result.errors().get(0);
		assertEquals(Problem.ENTRY_POINT, error.problem());
		assertEquals(fix, error.fix().getClass().getSimpleName());
		assertTrue(error.message().contains(exported), error.message());
		assertTrue(error.message().endsWith("NVSE looks up NVSEPlugin_Query and does not find it")
				|| error.message().contains("NVSE looks up NVSEPlugin_Query and does not find it (names must match exactly"), error.message());
	}

	/**
	 * The second trial's game folder: 150 DLLs that each import all the others. Each is read once per check, and the
	 * folder listed once (a listing per import and a fresh walk per import made this cubic: 100 took 50 s).
	 */
	@Test
	@org.junit.jupiter.api.Timeout(30)
	void gameFolderDllsThatAllImportEachOtherAreEachReadOnce() throws Exception {
		Path game = java.nio.file.Files.createDirectories(dir.resolve("game"));
		List<String> names = java.util.stream.IntStream.range(0, 150).mapToObj(i -> "d" + i + ".dll").toList();
		java.util.List<String> imports = new java.util.ArrayList<>(names);
		imports.add("KERNEL32.dll");
		for (String name : names) {
			Files.write(game.resolve(name), PeReaderTestData.dll(List.of("f"), imports));
		}
		Path plugin = Files.write(dir.resolve("Chain.dll"), PeReaderTestData.plugin(0x14C, false, imports));
		Loadability result = LoadabilityCheck.forPlayers().inGameFolder(game).check(plugin);
		assertEquals(Verdict.NVSE_PLUGIN, result.verdict(), result.findings()::toString);
	}

	@Test
	void aMissingEntryPointIsAnErrorThatSaysToExportIt() throws Exception {
		Loadability result = check("Half.dll", dll(List.of("NVSEPlugin_Query", "Helper"), List.of("KERNEL32.dll")));
		assertEquals(Verdict.NOT_LOADABLE, result.verdict());
		assertEquals(List.of(new Finding(Severity.ERROR, Problem.ENTRY_POINT,
				"does not export NVSEPlugin_Load: xNVSE needs both entry points and skips the DLL",
				new Fix.ExportEntryPoint("NVSEPlugin_Load"))), result.findings());
		assertEquals("Half.dll does not export NVSEPlugin_Load: xNVSE needs both entry points and skips the DLL: define and"
				+ " export it: extern \"C\" __declspec(dllexport) bool NVSEPlugin_Load(const NVSEInterface* nvse) (in a C file"
				+ " without extern \"C\") (or list NVSEPlugin_Load under EXPORTS in the .def file)", result.reason());
	}

	@Test
	void aDllWithNeitherEntryPointIsLoadableButNoPlugin() throws Exception {
		Loadability result = check("jemalloc.dll", dll(List.of("je_malloc", "je_free"), List.of("KERNEL32.dll", "msvcrt.dll")));
		assertEquals(Verdict.NOT_AN_NVSE_PLUGIN, result.verdict());
		assertEquals(List.of(Problem.NO_ENTRY_POINTS), result.findings().stream().map(Finding::problem).toList());
		assertEquals(Severity.INFO, result.findings().get(0).severity());
		assertTrue(result.reason().startsWith("jemalloc.dll exports neither NVSEPlugin_Query nor NVSEPlugin_Load"), result.reason());
	}

	@Test
	void mingwRuntimeImportsAreOneErrorWhoseFlagsRemoveThemAll() throws Exception {
		assertEquals(new Fix.AddLinkerFlags(List.of("-static-libgcc", "-static-libstdc++")),
				onlyError(List.of("KERNEL32.dll", "libgcc_s_dw2-1.dll", "LIBSTDC++-6.DLL")).fix());
		assertEquals(new Fix.AddLinkerFlags(List.of("-static-libstdc++")), onlyError(List.of("libstdc++-6.dll")).fix());
		// libwinpthread needs -static, which links the other runtime libraries statically too.
		assertEquals(new Fix.AddLinkerFlags(List.of("-static")),
				onlyError(List.of("libgcc_s_dw2-1.dll", "libstdc++-6.dll", "libwinpthread-1.dll")).fix());
		Finding ssp = onlyError(List.of("KERNEL32.dll", "libssp-0.dll"));
		assertEquals(new Fix.AddLinkerFlags(List.of("-static")), ssp.fix());
		assertEquals("imports libssp-0.dll (MinGW-w64 GCC's runtime), which no player has: Windows refuses to load the plugin"
				+ " (error 126, \"The specified module could not be found\")", ssp.message());
	}

	@Test
	void aVisualCppRuntimeOrAnUnknownDllIsAnErrorNamingWhatInstallsIt() throws Exception {
		Finding msvc = onlyError(List.of("KERNEL32.dll", "VCRUNTIME140.dll"));
		assertEquals(new Fix.RemoveDependency("VCRUNTIME140.dll", "the Visual C++ 2015-2022 Redistributable"), msvc.fix());
		Finding unknown = onlyError(List.of("zlib1.dll"));
		assertEquals(new Fix.RemoveDependency("zlib1.dll", ""), unknown.fix());
		assertTrue(unknown.fix().advice().contains("next to FalloutNV.exe"), unknown.fix().advice());
	}

	@Test
	void aDelayLoadedDllThatPlayersLackIsAWarning() throws Exception {
		Loadability result = LoadabilityCheck.forPlayers().check(Files.write(dir.resolve("Delay.dll"),
				PeReaderTestData.dll(ENTRY_POINTS, List.of("KERNEL32.dll"), List.of("libstdc++-6.dll", "USER32.dll"))));
		assertEquals(Verdict.NVSE_PLUGIN, result.verdict());
		assertEquals(1, result.warnings().size(), result.findings()::toString);
		Finding warning = result.warnings().get(0);
		assertEquals(Problem.DELAY_IMPORT, warning.problem());
		assertTrue(warning.message().startsWith("delay-loads libstdc++-6.dll (MinGW-w64 GCC's runtime), which no player has: the"
				+ " game loads the plugin, but its first call into it ends the game"), warning.message());
	}

	@Test
	void aProgramOrAnUnfinishedImageIsNotLoadableAndNoRelocationsIsAWarning() throws Exception {
		byte[] program = dll(ENTRY_POINTS, List.of("KERNEL32.dll"));
		ByteBuffer.wrap(program).order(ByteOrder.LITTLE_ENDIAN).putShort(CHARACTERISTICS, (short) 0x0102);
		Loadability exe = check("Program.dll", program);
		assertEquals(Verdict.NOT_LOADABLE, exe.verdict());
		assertEquals(new Fix.LinkAsDll(), exe.errors().get(0).fix());

		byte[] unfinished = dll(ENTRY_POINTS, List.of("KERNEL32.dll"));
		ByteBuffer.wrap(unfinished).order(ByteOrder.LITTLE_ENDIAN).putShort(CHARACTERISTICS, (short) 0x2100);
		assertEquals(List.of(Problem.CORRUPT_IMAGE), check("Unfinished.dll", unfinished).errors().stream().map(Finding::problem).toList());

		byte[] fixedBase = dll(ENTRY_POINTS, List.of("KERNEL32.dll"));
		ByteBuffer.wrap(fixedBase).order(ByteOrder.LITTLE_ENDIAN).putShort(CHARACTERISTICS, (short) 0x2103);
		Loadability noRelocations = check("FixedBase.dll", fixedBase);
		assertEquals(Verdict.NVSE_PLUGIN, noRelocations.verdict());
		assertEquals(List.of(Problem.RELOCATIONS), noRelocations.warnings().stream().map(Finding::problem).toList());
	}

	@Test
	void anElfFileOrAnotherMachineFailsEvenABuild() throws Exception {
		byte[] elf = new byte[64];
		elf[0] = 0x7F;
		elf[1] = 'E';
		elf[2] = 'L';
		elf[3] = 'F';
		Loadability linux = check("libPlugin.so", elf);
		assertEquals(List.of(Problem.NOT_A_WINDOWS_IMAGE, Problem.FILE_NAME), linux.errors().stream().map(Finding::problem).sorted().toList());
		assertEquals(1, linux.buildErrors().size());
		assertEquals(new Fix.NameAsDll("Plugin.dll"), linux.errors().stream().filter(f -> f.problem() == Problem.FILE_NAME)
				.findFirst().orElseThrow().fix());
		Loadability x64 = check("x64.dll", PeReaderTestData.plugin(0x8664, true, List.of("KERNEL32.dll")));
		assertEquals(List.of(Problem.WRONG_MACHINE), x64.buildErrors().stream().map(Finding::problem).toList());
		assertEquals(new Fix.UseI686Toolchain(), x64.buildErrors().get(0).fix());
	}

	@Test
	void theNameMustEndInDllWhateverItsCase() throws Exception {
		assertEquals(Verdict.NVSE_PLUGIN, check("Upper.DLL", dll(ENTRY_POINTS, List.of("KERNEL32.dll"))).verdict());
		Loadability so = check("libSoPlugin.so", dll(ENTRY_POINTS, List.of("KERNEL32.dll")));
		assertEquals(Verdict.NOT_LOADABLE, so.verdict());
		assertEquals(new Fix.NameAsDll("SoPlugin.dll"), so.errors().get(0).fix());
		assertEquals(new Fix.NameAsDll("Plugin.dll"), check("Plugin.dll.bak", dll(ENTRY_POINTS, List.of())).errors().get(0).fix());
	}

	@Test
	void controlCharactersFromTheFileAreEscapedInMessages() throws Exception {
		Loadability result = check("Evil.dll", dll(List.of("NVSEPlugin_Load", "nvseplugin_query"), List.of("evil\u001b[2J.dll")));
		String text = result.findings().stream().map(Finding::line).reduce("", String::concat);
		assertTrue(text.contains("evil\\x1B[2J.dll"), text);
		assertTrue(text.chars().noneMatch(c -> c < 0x20), text);
	}

	private Finding onlyError(List<String> imports) throws Exception {
		Loadability result = check("Imports.dll", dll(ENTRY_POINTS, imports));
		assertEquals(Verdict.NOT_LOADABLE, result.verdict());
		assertEquals(1, result.errors().size(), result.findings()::toString);
		assertEquals(Problem.IMPORT, result.errors().get(0).problem());
		return result.errors().get(0);
	}
}
