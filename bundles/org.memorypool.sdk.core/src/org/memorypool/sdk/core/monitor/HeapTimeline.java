// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * A session's samples laid on one time axis, as the heap monitor view charts them. Each run of the game counts its
 * time from zero ({@link HeapSample#timeMillis}); here the runs follow one another, each starting one second after the
 * last sample of the one before, so that a session of several runs reads left to right.
 */
public final class HeapTimeline {

	/** The gap between one run's last sample and the next run's first, in seconds. */
	static final double RUN_GAP_SECONDS = 1.0;

	private final List<HeapSample> samples;
	private final double[] seconds;
	private final boolean[] runStart;
	private final List<Double> runStarts = new ArrayList<>();

	/** @param samples the session's samples, oldest first, as {@link HeapMonitor#samples} keeps them */
	public HeapTimeline(List<HeapSample> samples) {
		this.samples = List.copyOf(samples);
		this.seconds = new double[samples.size()];
		this.runStart = new boolean[samples.size()];
		double offset = 0;
		for (int i = 0; i < samples.size(); i++) {
			double own = samples.get(i).timeMillis() / 1000.0;
			if (i == 0 || samples.get(i).timeMillis() < samples.get(i - 1).timeMillis()) {
				offset = i == 0 ? -own : seconds[i - 1] + RUN_GAP_SECONDS - own;
				runStart[i] = true;
				runStarts.add(own + offset);
			}
			seconds[i] = own + offset;
		}
	}

	/** How many samples. */
	public int size() {
		return samples.size();
	}

	/** The i-th sample. */
	public HeapSample sample(int i) {
		return samples.get(i);
	}

	/** Where the i-th sample lies: seconds since the session's first sample, runs following one another. */
	public double seconds(int i) {
		return seconds[i];
	}

	/** Where each run begins on the axis, in seconds; the first is 0. */
	public List<Double> runStarts() {
		return List.copyOf(runStarts);
	}

	/** Blocks handed out per second since the sample before; NaN for a run's first sample (nothing to compare). */
	public double allocationsPerSecond(int i) {
		return rate(i, samples.get(i).allocations(), runStart[i] ? 0 : samples.get(i - 1).allocations());
	}

	/** Blocks released per second since the sample before; NaN for a run's first sample. */
	public double freesPerSecond(int i) {
		return rate(i, samples.get(i).frees(), runStart[i] ? 0 : samples.get(i - 1).frees());
	}

	private double rate(int i, long count, long before) {
		if (runStart[i]) {
			return Double.NaN;
		}
		double elapsed = seconds[i] - seconds[i - 1];
		return elapsed <= 0 ? Double.NaN : Math.max(0, count - before) / elapsed;
	}
}
