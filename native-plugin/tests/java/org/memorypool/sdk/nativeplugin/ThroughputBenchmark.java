// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test (its name keeps it out of the test run): {@code bench.exe} (bench/bench.cpp) under the tests'
 * Wine, in the QEMU VM where this Linux refuses 32-bit programs, for {@code -Dbench.runs} runs (default 3):
 * MemoryPoolMalloc/Free against je_malloc/je_free of the same jemalloc.dll and the CRT's malloc/free. In the VM the CPU
 * is emulated, and emulation makes an indirect jump (MemoryPool's one instruction more) dearer than a real CPU does, so
 * a ratio measured there is a bound, not the figure run-bench.sh gives on a machine that runs 32-bit programs. Run it
 * with {@code ./mvnw -B -ntp verify -pl bundles/org.memorypool.sdk.core,native-plugin -Dtest=ThroughputBenchmark}.
 */
class ThroughputBenchmark {

	private static final Duration RUN_TIMEOUT = Duration.ofMinutes(30);

	@Test
	void memoryPoolBesideJemallocAndTheCrt() throws Exception {
		BenchFolder.runRepeatedly(BenchFolder.prepare("throughput", "bench"), "bench", List.of(), RUN_TIMEOUT);
	}
}
