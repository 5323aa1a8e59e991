// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.monitor;

import java.util.Arrays;

/**
 * Which points of a long series to draw so that a chart of it looks as with every point: in each of {@code buckets}
 * equal runs of points, the lowest and the highest (a line chart of them has the same peaks and troughs at the chart's
 * width). A day of samples at one a second (86,400) becomes a few thousand points per series, and drawing it costs
 * what the chart's width costs, not what the session's length does.
 */
public final class MinMaxReduction {

	private MinMaxReduction() {
	}

	/**
	 * @param values  the series; NaN is a gap, kept where a run holds nothing else
	 * @param buckets how many runs to split it into, e.g. the chart's width in pixels; at least 1
	 * @return the indices of the points to draw, ascending: every index when the series has no more than
	 *         {@code 2 * buckets} points
	 */
	public static int[] indices(double[] values, int buckets) {
		if (buckets < 1) {
			throw new IllegalArgumentException("buckets must be at least 1, not " + buckets);
		}
		int n = values.length;
		if (n <= 2 * buckets) {
			int[] all = new int[n];
			Arrays.setAll(all, i -> i);
			return all;
		}
		int[] kept = new int[2 * buckets];
		int count = 0;
		for (int b = 0; b < buckets; b++) {
			int from = (int) ((long) n * b / buckets);
			int to = (int) ((long) n * (b + 1) / buckets);
			int low = -1;
			int high = -1;
			for (int i = from; i < to; i++) {
				if (Double.isNaN(values[i])) {
					continue;
				}
				if (low < 0 || values[i] < values[low]) {
					low = i;
				}
				if (high < 0 || values[i] > values[high]) {
					high = i;
				}
			}
			if (low < 0) {
				kept[count++] = from; // only gaps: one of them keeps the line broken here
			} else if (low == high) {
				kept[count++] = low;
			} else {
				kept[count++] = Math.min(low, high);
				kept[count++] = Math.max(low, high);
			}
		}
		return Arrays.copyOf(kept, count);
	}
}
