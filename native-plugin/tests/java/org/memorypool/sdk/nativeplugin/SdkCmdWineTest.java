// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code sdk.cmd}, the command line on Windows, run by Wine's {@code cmd.exe} (not Windows' own) with a stand-in
 * {@code java.exe} (tests/stand_in_java.c) that records the command line it is given and exits with a chosen status:
 * which core, runtime and JDK it finds in an Eclipse installed into a folder with spaces and parentheses, that the
 * user's arguments and the core's exit status pass through unchanged, and its one-line refusals.
 */
class SdkCmdWineTest {

	private static final Path WORK = NativePlugin.TARGET.resolve("sdk-cmd");
	private static final Duration TIMEOUT = Duration.ofMinutes(2);
	private static final Path SDK_CMD = NativePlugin.DIR.getParent().resolve("sdk.cmd");

	private static Path jdk;
	private static Path eclipse;

	@BeforeAll
	static void layOut() throws Exception {
		GameFolder.emptied(WORK);
		jdk = Files.createDirectories(WORK.resolve("Temurin JDK 21/bin")).getParent();
		Command.Result compiled = Command.run(List.of(NativeTools.require("i686-w64-mingw32-gcc"), "-O2", "-Wall", "-static-libgcc",
				"-o", jdk.resolve("bin/java.exe").toString(), NativePlugin.DIR.resolve("tests/stand_in_java.c").toString()),
				NativePlugin.DIR, env -> {
				}, TIMEOUT, WORK.resolve("stand_in_java.compile.log"));
		assertTrue(compiled.succeeded(), compiled::describe);
		// An Eclipse with the SDK installed, and an update that kept the older core beside the newer one.
		eclipse = WORK.resolve("Eclipse IDE (2026-09)");
		Path plugins = Files.createDirectories(eclipse.resolve("plugins"));
		for (String jar : List.of("org.memorypool.sdk.core_0.1.0.202611300000.jar", "org.memorypool.sdk.core_0.1.0.202612030000.jar",
				"com.google.gson_2.13.1.jar", "org.memorypool.sdk.ui_0.1.0.202612030000.jar")) {
			Files.write(plugins.resolve(jar), new byte[] { 'P', 'K' });
		}
		Files.createDirectories(plugins.resolve("org.memorypool.sdk.runtime_0.1.0.202612031230/runtime/include"));
		Files.copy(SDK_CMD, Files.createDirectories(WORK.resolve("elsewhere")).resolve("sdk.cmd"));
	}

	/** A Unix path as Wine's drive Z: shows it. */
	private static String windows(Path path) {
		return "Z:" + path.toAbsolutePath().toString().replace('/', '\\');
	}

	/** Runs {@code cmd /c <sdkCmd> args} with these variables (NAME=value); returns the result. */
	private static Command.Result sdkCmd(Path sdkCmd, List<String> variables, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("/usr/bin/env"));
		command.addAll(variables);
		command.addAll(List.of(NativeTools.require("wine"), "cmd", "/c", windows(sdkCmd)));
		command.addAll(List.of(args));
		return WinePrefix.forRun(false).run(command, WORK, TIMEOUT, WORK.resolve("logs").resolve(args[0] + ".log"));
	}

	@Test
	void startsTheNewestInstalledCoreWithTheRuntimesFilesAndPassesArgumentsAndExitStatus() throws Exception {
		Path log = WORK.resolve("java-command-line.txt");
		Files.deleteIfExists(log);
		Command.Result result = sdkCmd(SDK_CMD, List.of("JAVA_HOME=" + windows(jdk), "MEMORYPOOL_ECLIPSE=" + windows(eclipse),
				"STAND_IN_JAVA_LOG=" + windows(log), "STAND_IN_JAVA_EXIT=4"), "inspect", "Z:\\My Mods\\Plugin (v2).dll");
		assertEquals(4, result.exitCode(), result::describe);
		String line = Files.readString(log, StandardCharsets.ISO_8859_1);
		String plugins = windows(eclipse.resolve("plugins"));
		String runtime = plugins + "\\org.memorypool.sdk.runtime_0.1.0.202612031230\\runtime";
		assertTrue(line.startsWith("\"" + windows(jdk) + "\\bin\\java.exe\" "), line);
		for (String part : List.of("\"-Dmemorypool.header=" + runtime + "\\include\\MemoryPool.h\"",
				"\"-Dmemorypool.plugin=" + runtime + "\\win32\\x86\\MemoryPoolNVSE.dll\"",
				"\"-Dmemorypool.jemalloc=" + runtime + "\\win32\\x86\\jemalloc.dll\"",
				" -cp \"" + plugins + "\\org.memorypool.sdk.core_0.1.0.202612030000.jar;" + plugins + "\\com.google.gson_2.13.1.jar\""
						+ " org.memorypool.sdk.core.cli.SdkCommandLine inspect \"Z:\\My Mods\\Plugin (v2).dll\"")) {
			assertTrue(line.contains(part), "no " + part + " in\n" + line);
		}
	}

	@Test
	void withoutAnInstalledSdkItSaysWhatToSetInOneLine() throws Exception {
		Command.Result result = sdkCmd(WORK.resolve("elsewhere/sdk.cmd"), List.of("JAVA_HOME=" + windows(jdk)), "doctor");
		assertEquals(2, result.exitCode(), result::describe);
		assertEquals(List.of("sdk: set MEMORYPOOL_ECLIPSE to the folder of the Eclipse IDE the SDK is installed in (the one"
				+ " that holds eclipse.exe)"), lines(result));

		result = sdkCmd(SDK_CMD, List.of("JAVA_HOME=" + windows(jdk), "MEMORYPOOL_ECLIPSE=" + windows(WORK)), "build");
		assertEquals(2, result.exitCode(), result::describe);
		assertEquals(1, lines(result).size(), result::describe);
		assertTrue(lines(result).get(0).startsWith("sdk: MEMORYPOOL_ECLIPSE=" + windows(WORK) + " holds no installed MemoryPool"
				+ " SDK"), result::describe);

		result = sdkCmd(SDK_CMD, List.of("JAVA_HOME=" + windows(WORK)), "api");
		assertEquals(List.of("sdk: JAVA_HOME=" + windows(WORK) + " has no bin\\java.exe: set JAVA_HOME to a JDK 21 or newer"),
				lines(result));
	}

	@Test
	void testAndIdeAreForLinux() throws Exception {
		Command.Result result = sdkCmd(SDK_CMD, List.of(), "test");
		assertEquals(2, result.exitCode(), result::describe);
		assertEquals(List.of("sdk: test runs on Linux only (it needs Xvfb, Wine and Debian's packages): on Windows, install the"
				+ " SDK into Eclipse from its update site"), lines(result));
	}

	/** What cmd printed, without Wine's own diagnostics. */
	private static List<String> lines(Command.Result result) {
		return result.output().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.contains(":fixme:") && !l.startsWith("wine:"))
				.toList();
	}
}
