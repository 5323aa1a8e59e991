// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh folder for one of the benchmark programs of bench/: the program compiled from its source there, beside the
 * Release plugin and jemalloc.dll, as run-bench.sh lays them out.
 */
final class BenchFolder {

	private BenchFolder() {
	}

	/**
	 * Compiles bench/{@code program}.cpp into {@code target/bench-<name>/<program>.exe} (warnings fail) with
	 * {@code extraFlags}, and copies the plugin and jemalloc.dll beside it; returns the folder.
	 */
	static Path prepare(String name, String program, String... extraFlags) throws IOException, InterruptedException {
		Path folder = GameFolder.emptied(NativePlugin.WINE_SCRATCH.resolve("bench-" + name));
		Path exe = folder.resolve(program + ".exe");
		List<String> command = new ArrayList<>(List.of(NativeTools.require("i686-w64-mingw32-g++"), "-std=c++17",
				"-Iinclude", "-Itests", "-O2", "-Wall", "-static-libgcc", "-static-libstdc++"));
		command.addAll(List.of(extraFlags));
		command.addAll(List.of("-o", exe.toString(), "bench/" + program + ".cpp"));
		Command.Result compiled = Command.run(command, NativePlugin.DIR, env -> {
		}, Duration.ofMinutes(3), folder.resolve("compile.log"));
		assertTrue(compiled.succeeded(), compiled::describe);
		assertFalse(compiled.output().contains("warning:"), compiled::describe);
		Files.copy(Configuration.Release.pluginDll(), folder.resolve("MemoryPoolNVSE.dll"));
		Files.copy(TestPrograms.get().jemalloc, folder.resolve("jemalloc.dll"));
		return folder;
	}

	/**
	 * Runs {@code wine <program>.exe <arguments>} in folder {@code -Dbench.runs} times (default 3), printing each run's
	 * output, which goes to {@code <program>-<run>.txt} too; fails when a run does not exit with 0.
	 */
	static void runRepeatedly(Path folder, String program, List<String> arguments, Duration timeout)
			throws IOException, InterruptedException {
		int runs = Integer.getInteger("bench.runs", 3);
		for (int run = 1; run <= runs; run++) {
			Files.deleteIfExists(folder.resolve("MemoryPoolNVSE.stats"));
			List<String> command = new ArrayList<>(List.of(NativeTools.require("wine"), program + ".exe"));
			command.addAll(arguments);
			Command.Result result = WinePrefix.forRun(false).run(command, folder, timeout,
					folder.resolve(program + "-" + run + ".txt"));
			System.out.println("run " + run + " of " + runs + ", " + wine() + "\n" + result.output());
			assertEquals(0, result.exitCode(), result::describe);
		}
	}

	/** What the benchmark runs under, for the printed results. */
	static String wine() {
		return WineVm.needed() ? "Wine in the QEMU VM (CPU emulated)" : "Wine";
	}
}
