package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test (its name keeps it out of the test run): {@code bench.exe --publishing} under the tests'
 * Wine, in the QEMU VM where this Linux refuses 32-bit programs. It prints MemoryPoolMalloc/Free's throughput before
 * and while the runtime publishes its heap statistics, and their ratio, for {@code -Dbench.runs} runs (default 3).
 * In the VM the CPU is emulated: absolute figures are not this machine's, but both columns run the same code under the
 * same emulation, so their ratio still says what publishing costs. Run it with
 * {@code ./mvnw -B -ntp verify -pl bundles/org.memorypool.sdk.core,native-plugin -Dtest=PublishingCostBenchmark}.
 */
class PublishingCostBenchmark {

	private static final Duration RUN_TIMEOUT = Duration.ofMinutes(20);

	@Test
	void publishingTheHeapStatisticsCostsTheAllocatorsCalls() throws Exception {
		Path folder = GameFolder.emptied(NativePlugin.WINE_SCRATCH.resolve("bench-publishing"));
		Path bench = folder.resolve("bench.exe");
		Command.Result compiled = Command.run(List.of(NativeTools.require("i686-w64-mingw32-g++"), "-std=c++17", "-Iinclude",
				"-Itests", "-O2", "-Wall", "-static-libgcc", "-static-libstdc++", "-o", bench.toString(), "bench/bench.cpp"),
				NativePlugin.DIR, env -> {
				}, Duration.ofMinutes(3), folder.resolve("compile.log"));
		assertTrue(compiled.succeeded(), compiled::describe);
		assertFalse(compiled.output().contains("warning:"), compiled::describe);
		Files.copy(Configuration.Release.pluginDll(), folder.resolve("MemoryPoolNVSE.dll"));
		Files.copy(TestPrograms.get().jemalloc, folder.resolve("jemalloc.dll"));
		int runs = Integer.getInteger("bench.runs", 3);
		for (int run = 1; run <= runs; run++) {
			Files.deleteIfExists(folder.resolve("MemoryPoolNVSE.stats"));
			Command.Result result = WinePrefix.forRun(false).run(List.of(NativeTools.require("wine"), "bench.exe",
					"--publishing"), folder, RUN_TIMEOUT, folder.resolve("bench-" + run + ".txt"));
			System.out.println("run " + run + " of " + runs + (WineVm.needed() ? " (Wine in the QEMU VM: CPU emulated)" : "")
					+ "\n" + result.output());
			assertEquals(0, result.exitCode(), result::describe);
		}
	}
}
