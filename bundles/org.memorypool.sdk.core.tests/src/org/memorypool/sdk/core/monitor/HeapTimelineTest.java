// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A session of two runs of the game on the heap monitor's one time axis, with the rates of calls between samples. */
class HeapTimelineTest {

	private static HeapSample at(long millis, long allocations, long frees) {
		return new HeapSample(millis, "jemalloc", 0, 0, 0, allocations, frees, 0, 0, 0);
	}

	@Test
	void runsFollowOneAnotherAndRatesAreCountedWithinARun() {
		HeapTimeline timeline = new HeapTimeline(List.of(at(200, 10, 0), at(1200, 110, 40), at(3200, 510, 40),
				at(100, 5, 1), at(1100, 25, 2)));
		assertEquals(5, timeline.size());
		assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 0.0), List.of(timeline.seconds(0) - 0, timeline.seconds(1) - 1.0,
				timeline.seconds(2) - 3.0, timeline.seconds(3) - 4.0, timeline.seconds(4) - 5.0),
				"each run starts where the one before ended, one second later");
		assertEquals(List.of(0.0, 4.0), timeline.runStarts());
		assertTrue(Double.isNaN(timeline.allocationsPerSecond(0)));
		assertEquals(100.0, timeline.allocationsPerSecond(1), 1e-9);
		assertEquals(40.0, timeline.freesPerSecond(1), 1e-9);
		assertEquals(200.0, timeline.allocationsPerSecond(2), 1e-9, "400 blocks over two seconds");
		assertTrue(Double.isNaN(timeline.allocationsPerSecond(3)), "a new run's counts start again: no rate across runs");
		assertEquals(20.0, timeline.allocationsPerSecond(4), 1e-9);
		assertEquals(1.0, timeline.freesPerSecond(4), 1e-9);
	}

	@Test
	void anEmptySessionHasNoRuns() {
		HeapTimeline timeline = new HeapTimeline(List.of());
		assertEquals(0, timeline.size());
		assertEquals(List.of(), timeline.runStarts());
	}

	@Test
	void twoSamplesAtTheSameTimeHaveNoRate() {
		HeapTimeline timeline = new HeapTimeline(List.of(at(1000, 1, 0), at(1000, 9, 0)));
		assertTrue(Double.isNaN(timeline.allocationsPerSecond(1)));
		assertEquals(List.of(0.0), timeline.runStarts(), "an equal time is the same run");
	}
}
