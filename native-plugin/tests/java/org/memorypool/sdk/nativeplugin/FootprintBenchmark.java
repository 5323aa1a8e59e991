// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test (its name keeps it out of the test run): {@code footprint.exe} (bench/footprint.cpp) under
 * the tests' Wine, in the QEMU VM where this Linux refuses 32-bit programs. It prints, per game-like workload and
 * allocator (MemoryPool with jemalloc, MemoryPool's system fallback, the CRT heap, and mimalloc when
 * {@code target/dist/mimalloc.dll} exists), the peak committed memory and reserved address space the allocator took,
 * the same after a shrink phase, the largest free block of the address space after it, and the time. Memory figures
 * are what the allocator asked of the virtual memory API, so the VM changes nothing in them; its emulated CPU makes
 * the seconds slower than this machine's, alike for every allocator. {@code -Dbench.jemalloc.conf=<options>|<options>}
 * runs the table once per set of jemalloc options (footprint.exe --jemalloc-conf, over the baked ones), and
 * {@code -Dbench.allocator=memorypool} keeps to one allocator's rows. Run it with
 * {@code ./mvnw -B -ntp verify -pl bundles/org.memorypool.sdk.core,native-plugin -Dtest=FootprintBenchmark}.
 */
class FootprintBenchmark {

	private static final Duration RUN_TIMEOUT = Duration.ofMinutes(30);

	@Test
	void footprintOfEachAllocatorUnderGameLikeWorkloads() throws Exception {
		// --large-address-aware: a 4 GB address space, as the game has with the 4 GB patch players apply.
		Path folder = BenchFolder.prepare("footprint", "footprint", "-Wl,--large-address-aware");
		Path mimalloc = NativePlugin.TARGET.resolve("dist/mimalloc.dll");
		if (Files.exists(mimalloc)) {
			Files.copy(mimalloc, folder.resolve("mimalloc.dll"));
		}
		// One run per "|"-separated set of jemalloc options; without the property, one run with the baked options.
		String confs = System.getProperty("bench.jemalloc.conf");
		List<String> runs = confs == null ? Collections.singletonList(null) : List.of(confs.split("\\|", -1));
		for (int run = 0; run < runs.size(); run++) {
			List<String> command = new ArrayList<>(List.of(NativeTools.require("wine"), "footprint.exe"));
			if (runs.get(run) != null) {
				command.add("--jemalloc-conf=" + runs.get(run));
			}
			String only = System.getProperty("bench.allocator");
			if (only != null) {
				command.add(only);
			}
			Command.Result result = WinePrefix.forRun(false).run(command, folder, RUN_TIMEOUT,
					folder.resolve("footprint-" + run + ".txt"));
			System.out.println(BenchFolder.wine() + "\n" + result.output());
			assertEquals(0, result.exitCode(), result::describe);
		}
	}
}
