// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

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
		BenchFolder.runRepeatedly(BenchFolder.prepare("publishing", "bench"), "bench", List.of("--publishing"),
				RUN_TIMEOUT);
	}
}
