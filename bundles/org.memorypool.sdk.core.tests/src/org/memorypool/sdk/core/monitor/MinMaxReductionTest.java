// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The points of a day-long series that a chart of a given width draws: each run's lowest and highest, in order. */
class MinMaxReductionTest {

	@Test
	void aShortSeriesKeepsEveryPoint() {
		assertArrayEquals(new int[] { 0, 1, 2, 3 }, MinMaxReduction.indices(new double[] { 5, 1, 7, 2 }, 2));
		assertArrayEquals(new int[0], MinMaxReduction.indices(new double[0], 10));
	}

	@Test
	void aDayOfSamplesKeepsEachRunsPeakAndTroughInOrder() {
		double[] values = new double[86_400];
		Random random = new Random(7);
		Arrays.setAll(values, i -> random.nextDouble());
		values[40_000] = 10; // a one-second spike
		values[60_000] = -10; // and a dip
		int[] kept = MinMaxReduction.indices(values, 1200);
		assertTrue(kept.length <= 2400, "at most two points a bucket: " + kept.length);
		for (int i = 1; i < kept.length; i++) {
			assertTrue(kept[i] > kept[i - 1], "ascending");
		}
		assertTrue(Arrays.stream(kept).anyMatch(i -> i == 40_000) && Arrays.stream(kept).anyMatch(i -> i == 60_000),
				"the spike and the dip are drawn");
		// In each of the 1200 runs of 72 points, the kept ones are its lowest and highest.
		for (int b = 0; b < 1200; b++) {
			int from = b * 72;
			double low = Arrays.stream(values, from, from + 72).min().orElseThrow();
			double high = Arrays.stream(values, from, from + 72).max().orElseThrow();
			int bucket = b;
			double[] keptHere = Arrays.stream(kept).filter(i -> i / 72 == bucket).mapToDouble(i -> values[i]).sorted().toArray();
			assertArrayEquals(new double[] { low, high }, keptHere, "bucket " + b);
		}
	}

	@Test
	void gapsStayGapsWhereARunHasNothingElse() {
		double[] values = { Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1, 3, 2, 0 };
		assertArrayEquals(new int[] { 0, 5, 7 }, MinMaxReduction.indices(values, 2));
		assertEquals(1, MinMaxReduction.indices(new double[] { 4, 4, 4, 4, 4 }, 1).length, "a flat run is one point");
		assertThrows(IllegalArgumentException.class, () -> MinMaxReduction.indices(values, 0));
	}
}
