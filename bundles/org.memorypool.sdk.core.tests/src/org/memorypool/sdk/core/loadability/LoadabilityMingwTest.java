// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.loadability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.loadability.Finding.Problem;
import org.memorypool.sdk.core.pe.Mingw;

/**
 * Entry points and game-folder DLLs that look right but fail when xNVSE uses them, built for real with MinGW-w64.
 * What Windows does with each was seen under Wine with native-plugin's load_probe: the data export crashes when
 * called (0xC0000005), GetProcAddress finds no forwarded entry point, LoadLibrary fails with error 126 when a DLL of
 * the game folder lacks its own dependency.
 */
class LoadabilityMingwTest {

	private static final String LOAD = "__declspec(dllexport) int NVSEPlugin_Load(const void* nvse) { return nvse != 0; }\n";

	@TempDir
	Path dir;

	private Path build(String dll, String compiler, String source, String... flags) throws Exception {
		Files.writeString(dir.resolve(dll + ".src." + (compiler.endsWith("g++") ? "cpp" : "c")), source);
		List<String> command = new ArrayList<>(List.of(compiler, "-O2", "-shared", "-o", dll,
				dll + ".src." + (compiler.endsWith("g++") ? "cpp" : "c")));
		command.addAll(List.of(flags)); // after the source, where libraries must come
		Mingw.run(dir, command.toArray(String[]::new));
		return dir.resolve(dll);
	}

	@Test
	void anEntryPointExportedAsDataIsAnError() throws Exception {
		Path dll = build("DataPlugin.dll", "i686-w64-mingw32-gcc", "__declspec(dllexport) int NVSEPlugin_Query = 0;\n" + LOAD);
		Loadability result = LoadabilityCheck.forPlayers().check(dll);
		assertEquals(Verdict.NOT_LOADABLE, result.verdict());
		assertEquals(List.of("exports NVSEPlugin_Query as data, in a section that holds no code: xNVSE calls it and the game crashes"),
				result.errors().stream().map(Finding::message).toList());
		assertEquals(new Fix.DefineAsFunction("NVSEPlugin_Query"), result.errors().get(0).fix());
	}

	@Test
	void anEntryPointForwardedToADllPlayersLackIsAnError() throws Exception {
		Files.writeString(dir.resolve("forward.def"), "EXPORTS\n    NVSEPlugin_Query = missingdll.Query\n    NVSEPlugin_Load\n");
		Path dll = build("ForwardPlugin.dll", "i686-w64-mingw32-gcc", LOAD, "forward.def");
		Loadability result = LoadabilityCheck.forPlayers().check(dll);
		assertEquals(Verdict.NOT_LOADABLE, result.verdict(), result.findings()::toString);
		assertEquals(List.of("forwards NVSEPlugin_Query to missingdll.Query, and missingdll.dll is neither part of Windows nor"
				+ " of the game: GetProcAddress finds no NVSEPlugin_Query"), result.errors().stream().map(Finding::message).toList());
		assertEquals(new Fix.StopForwarding("NVSEPlugin_Query", "missingdll.Query"), result.errors().get(0).fix());

		Files.writeString(dir.resolve("forward.def"), "EXPORTS\n    NVSEPlugin_Query = kernel32.GetTickCount\n    NVSEPlugin_Load\n");
		assertEquals(List.of(), LoadabilityCheck.forPlayers().check(build("ForwardPlugin.dll", "i686-w64-mingw32-gcc", LOAD,
				"forward.def")).errors(), "forwarded to a DLL of Windows: GetProcAddress finds it");
	}

	@Test
	void aDllOfTheGameFolderCountsOnlyWhenItLoadsItself() throws Exception {
		Path game = Files.createDirectories(dir.resolve("game"));
		Path helper = build("helper.dll", "i686-w64-mingw32-g++",
				"#include <string>\nextern \"C\" __declspec(dllexport) int Helper() { return (int) std::to_string(42).size(); }\n");
		Files.copy(helper, game.resolve("helper.dll"));
		Files.writeString(dir.resolve("helper.def"), "LIBRARY helper.dll\nEXPORTS\n    Helper\n");
		Mingw.run(dir, "i686-w64-mingw32-dlltool", "--input-def", "helper.def", "--output-lib", "libhelper.a", "--dllname", "helper.dll");
		Path plugin = build("UsesHelper.dll", "i686-w64-mingw32-gcc", "int Helper(void);\n"
				+ "__declspec(dllexport) int NVSEPlugin_Query(const void* n, void* i) { return Helper() > 0; }\n" + LOAD, "-L.", "-lhelper");

		Loadability result = LoadabilityCheck.forPlayers().inGameFolder(game).check(plugin);
		assertEquals(Verdict.NOT_LOADABLE, result.verdict(), result.findings()::toString);
		Finding error = result.errors().get(0);
		assertEquals(Problem.IMPORT, error.problem());
		assertTrue(error.message().matches("imports helper\\.dll from the game folder, but helper\\.dll imports"
				+ " lib(gcc_s_dw2-1|stdc\\+\\+-6)\\.dll, which players do not have: Windows refuses .*"), error.message());

		Path staticHelper = build("helper.dll", "i686-w64-mingw32-g++",
				"#include <string>\nextern \"C\" __declspec(dllexport) int Helper() { return (int) std::to_string(42).size(); }\n",
				"-static-libgcc", "-static-libstdc++");
		Files.copy(staticHelper, game.resolve("helper.dll"), StandardCopyOption.REPLACE_EXISTING);
		result = LoadabilityCheck.forPlayers().inGameFolder(game).check(plugin);
		assertEquals(Verdict.NVSE_PLUGIN, result.verdict(), result.findings()::toString);
		assertEquals(List.of(Problem.IMPORT), result.warnings().stream().map(Finding::problem).toList());
	}
}
