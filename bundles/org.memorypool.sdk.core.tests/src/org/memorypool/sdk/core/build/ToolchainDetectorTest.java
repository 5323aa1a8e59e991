// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.HostOs;

/** The detector on fake PATHs and compilers that answer as the test says, and once on the installed MinGW-w64. */
class ToolchainDetectorTest {

	private static final String HOW = "'sudo apt-get install g++-mingw-w64-i686' (on Windows: MSYS2's 'pacman -S mingw-w64-i686-gcc')";
	private static final Toolchain MINGW32 = new Toolchain("i686-w64-mingw32-", "");

	@TempDir
	Path dir;

	private final Map<String, String> environment = new HashMap<>();
	/** What each fake compiler prints for --version and -dumpmachine; a missing answer is a failure to run. */
	private final Map<Path, List<String>> targets = new HashMap<>();

	private Path compiler(String folder, String name, String target) throws IOException {
		Path file = Files.createDirectories(dir.resolve(folder)).resolve(name);
		Files.writeString(file, "#!/bin/sh\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		if (target != null) {
			targets.put(file, List.of(name + " (GCC) 12-win32", target));
		}
		return file;
	}

	private void path(String... folders) {
		environment.put("PATH", String.join(":", List.of(folders).stream().map(f -> dir.resolve(f).toString()).toList()));
	}

	private ToolchainCheck check(HostOs os, Toolchain toolchain) {
		return new ToolchainDetector(environment, os, (executable, option) -> {
			List<String> answers = targets.get(executable);
			if (answers == null) {
				throw new IOException("'" + executable + " " + option + "' exited with code 126");
			}
			return List.of("", option.equals("--version") ? answers.get(0) : answers.get(1), "Copyright (C) 2022");
		}).check(toolchain);
	}

	private static void assertCheck(ToolchainCheck check, Optional<FoundCompiler> compiler, List<String> errors, List<String> warnings) {
		assertEquals(compiler, check.compiler());
		assertEquals(errors, check.errors());
		assertEquals(warnings, check.warnings());
	}

	@Test
	void theFirstOnPathAnswersWithItsVersionAndTarget() throws IOException {
		compiler("empty", "unrelated", null);
		Path first = compiler("usr/bin", "i686-w64-mingw32-g++", "i686-w64-mingw32");
		compiler("opt/bin", "i686-w64-mingw32-g++", "i686-w64-mingw32");
		path("empty", "usr/bin", "opt/bin");
		assertCheck(check(HostOs.UNIX, MINGW32),
				Optional.of(new FoundCompiler(first, "i686-w64-mingw32-g++ (GCC) 12-win32", "i686-w64-mingw32", "PATH")),
				List.of(), List.of());
	}

	@Test
	void theToolchainPathComesBeforePath() throws IOException {
		compiler("usr/bin", "i686-w64-mingw32-g++", "i686-w64-mingw32");
		Path configured = compiler("my mingw/bin", "i686-w64-mingw32-g++", "i686-w64-mingw32");
		path("usr/bin");
		ToolchainCheck check = check(HostOs.UNIX, new Toolchain("i686-w64-mingw32-", dir.resolve("my mingw/bin").toString()));
		assertEquals(configured, check.compiler().orElseThrow().executable());
		assertEquals("the toolchain path " + dir.resolve("my mingw/bin"), check.compiler().orElseThrow().source());
	}

	@Test
	void onlyA64BitCompilerIsAnErrorAndAClearWarning() throws IOException {
		Path x64 = compiler("usr/bin", "x86_64-w64-mingw32-g++", "x86_64-w64-mingw32");
		path("usr/bin");
		assertCheck(check(HostOs.UNIX, MINGW32), Optional.empty(),
				List.of("i686-w64-mingw32-g++ is not installed: it is not on PATH. Install it with " + HOW
						+ ", or set the toolchain path in the project's C/C++ Build > Settings > Cross Settings"),
				List.of("only x86_64-w64-mingw32-g++ is installed (" + x64 + "): it makes 64-bit DLLs, which the 32-bit"
						+ " game cannot load; install the 32-bit one with " + HOW));
	}

	@Test
	void noCompilerNamesEveryPlaceLookedAt() {
		path("usr/bin");
		assertCheck(check(HostOs.UNIX, new Toolchain("arm-none-eabi-", "/opt/arm")), Optional.empty(),
				List.of("arm-none-eabi-g++ is not installed: it is not on PATH nor in the toolchain path /opt/arm."
						+ " Install the compiler that provides it, or set the toolchain path in the project's C/C++ Build"
						+ " > Settings > Cross Settings"),
				List.of());
	}

	@Test
	void aCompilerForAnotherTargetIsAWarning() throws IOException {
		Path gxx = compiler("usr/bin", "g++", "x86_64-linux-gnu");
		path("usr/bin");
		ToolchainCheck check = check(HostOs.UNIX, new Toolchain("", ""));
		assertTrue(check.usable());
		assertEquals(List.of(gxx + " makes code for x86_64-linux-gnu, but the game loads only 32-bit Windows DLLs: use the"
				+ " i686-w64-mingw32- toolchain; install it with " + HOW), check.warnings());
	}

	@Test
	void aCompilerThatDoesNotRunIsAnError() throws IOException {
		Path broken = compiler("usr/bin", "i686-w64-mingw32-g++", null);
		path("usr/bin");
		assertCheck(check(HostOs.UNIX, MINGW32), Optional.empty(),
				List.of(broken + " does not run ('" + broken + " --version' exited with code 126): reinstall it"), List.of());
	}

	@Test
	void onWindowsMsys2IsFoundButTheBuildNeedsItOnItsPath() throws IOException {
		environment.put("systemdrive", dir.resolve("C").toString());
		Path msys = compiler("C/msys64/mingw32/bin", "i686-w64-mingw32-g++.exe", "i686-w64-mingw32");
		environment.put("Path", dir.resolve("Windows").toString());
		Path folder = msys.getParent();
		assertCheck(check(HostOs.WINDOWS, MINGW32),
				Optional.of(new FoundCompiler(msys, "i686-w64-mingw32-g++.exe (GCC) 12-win32", "i686-w64-mingw32",
						"MSYS2's 32-bit MinGW folder " + folder)),
				List.of("i686-w64-mingw32-g++ is in " + folder + ", which is not on PATH: set the toolchain path in the"
						+ " project's C/C++ Build > Settings > Cross Settings to that folder"),
				List.of());
	}

	/** MSYS2 with only its 64-bit MinGW (pacman -S mingw-w64-x86_64-gcc), on Path as its MINGW64 shell sets it. */
	@Test
	void onWindowsOnlyMsys2sMingw64IsAnErrorAndSaysWhichPackageToInstall() throws IOException {
		environment.put("systemdrive", dir.resolve("C").toString());
		Path x64 = compiler("C/msys64/mingw64/bin", "x86_64-w64-mingw32-g++.exe", "x86_64-w64-mingw32");
		environment.put("Path", x64.getParent() + ";" + dir.resolve("Windows"));
		ToolchainCheck check = check(HostOs.WINDOWS, MINGW32);
		assertEquals(Optional.empty(), check.compiler());
		assertEquals(1, check.errors().size(), check.errors()::toString);
		assertTrue(check.errors().get(0).startsWith("i686-w64-mingw32-g++ is not installed: it is not on PATH nor in MSYS2's"),
				check.errors().get(0));
		assertTrue(check.errors().get(0).contains("pacman -S mingw-w64-i686-gcc"), check.errors().get(0));
		assertEquals(List.of("only x86_64-w64-mingw32-g++ is installed (" + x64 + "): it makes 64-bit DLLs, which the 32-bit"
				+ " game cannot load; install the 32-bit one with " + HOW), check.warnings());
	}

	@Test
	void theInstalledMingw32CompilerIsFoundAndMakes32BitWindowsCode() {
		ToolchainCheck check = new ToolchainDetector().check(MINGW32);
		assertEquals(List.of(), check.errors(), "MinGW-w64 is a requirement of the test run (./sdk test installs it)");
		assertEquals(List.of(), check.warnings());
		FoundCompiler compiler = check.compiler().orElseThrow();
		assertTrue(compiler.version().startsWith("i686-w64-mingw32-g++ (GCC) "), compiler.version());
		assertEquals("i686-w64-mingw32", compiler.target());
		assertTrue(compiler.targets32BitWindows());
	}
}
