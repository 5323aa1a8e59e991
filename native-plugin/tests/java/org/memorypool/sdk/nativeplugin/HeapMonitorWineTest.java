// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.monitor.HeapMonitor;
import org.memorypool.sdk.core.monitor.HeapSample;

/**
 * Under Wine, the runtime (Release, with jemalloc) publishes its heap statistics every second while the NVSE test host
 * plays three phases through it (16 MiB in 1 MiB blocks, 48 MiB, all freed; each held 3.5 s), and the SDK's
 * {@link HeapMonitor}, following the file from outside while the game runs, sees each phase.
 */
class HeapMonitorWineTest {

	private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
	private static final long MIB = 1024 * 1024;

	@Test
	void theMonitorSeesEachPhaseOfTheHostsHeapWhileItRuns() throws Exception {
		TestPrograms programs = TestPrograms.get();
		Path folder = GameFolder.emptied(GameFolder.ROOT.resolve("heap-monitor"));
		Files.copy(programs.pluginHost, folder.resolve("FalloutNV.exe"));
		Files.copy(Configuration.Release.pluginDll(), Files.createDirectories(folder.resolve("Data/NVSE/Plugins"))
				.resolve("MemoryPoolNVSE.dll"));
		Files.copy(programs.jemalloc, folder.resolve("jemalloc.dll"));

		HeapMonitor monitor = new HeapMonitor(HeapMonitor.files(new GameLayout(folder), Optional.empty()));
		List<HeapSample> live = new CopyOnWriteArrayList<>();
		AtomicBoolean running = new AtomicBoolean(true);
		Thread follower = Thread.ofVirtual().start(() -> {
			while (running.get()) {
				live.addAll(monitor.poll());
				try {
					Thread.sleep(250);
				} catch (InterruptedException e) {
					return;
				}
			}
		});
		Command.Result result;
		try {
			result = WinePrefix.forRun(false).run(List.of(NativeTools.require("wine"), "FalloutNV.exe", "--heap-phases"),
					folder, RUN_TIMEOUT, GameFolder.hostOutput(folder));
		} finally {
			running.set(false);
			follower.join();
		}
		live.addAll(monitor.poll());
		String report = result.describe() + "--- samples seen ---\n" + String.join("\n", live.stream().map(HeapSample::csv)
				.toList()) + "\n--- " + HeapMonitor.FILE_NAME + " ---\n" + read(folder.resolve(HeapMonitor.FILE_NAME));
		assertEquals(0, result.exitCode(), report);
		assertTrue(result.output().contains("ok heap-phases-exports"), report);

		// Each phase in order: 16 MiB, then 48 MiB, then none of the host's blocks.
		int grown = index(live, s -> s.bytesOutstanding() >= 16 * MIB && s.bytesOutstanding() < 17 * MIB, 0);
		int more = index(live, s -> s.bytesOutstanding() >= 48 * MIB && s.bytesOutstanding() < 49 * MIB, grown);
		int freed = index(live, s -> s.bytesOutstanding() < MIB, more);
		assertTrue(grown >= 0 && more > grown && freed > more, report);
		for (HeapSample sample : live) {
			assertEquals("jemalloc", sample.allocator(), report);
			assertTrue(sample.freeAddressSpace() > sample.largestFreeBlock() && sample.largestFreeBlock() > 0, report);
		}
		for (int i = 1; i < live.size(); i++) {
			assertTrue(live.get(i).timeMillis() > live.get(i - 1).timeMillis(), report);
		}
		assertTrue(PluginLog.in(folder).text().contains("Heap statistics: published every second to "), report);
	}

	private static int index(List<HeapSample> samples, java.util.function.Predicate<HeapSample> phase, int from) {
		for (int i = Math.max(0, from); i < samples.size(); i++) {
			if (phase.test(samples.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file) : "(none)";
		} catch (java.io.IOException e) {
			return "(unreadable: " + e + ")";
		}
	}
}
