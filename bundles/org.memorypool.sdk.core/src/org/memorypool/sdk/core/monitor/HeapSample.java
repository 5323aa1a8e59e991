// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.monitor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of {@code MemoryPoolNVSE.stats}, which the MemoryPool runtime rewrites at each run and appends to about
 * once a second while the game runs (native-plugin/src/stats_publisher.cpp): what its allocator holds and how much
 * address space the 32-bit game has left.
 *
 * @param timeMillis        milliseconds since the runtime began publishing (about when the game loaded its plugins)
 * @param allocator         {@code jemalloc}, {@code system} (the fallback heap) or {@code none} (not chosen yet)
 * @param bytesOutstanding  bytes of live blocks (MemoryPoolStats.bytesOutstanding)
 * @param bytesAllocated    jemalloc's {@code stats.allocated}, cached blocks included
 * @param bytesActive       jemalloc's {@code stats.active}: bytes of pages in use
 * @param allocations       blocks handed out so far
 * @param frees             blocks released so far
 * @param reallocations     successful reallocations so far (the fallback heap only)
 * @param freeAddressSpace  bytes of the process's address space no one has reserved
 * @param largestFreeBlock  the largest of those free regions: the largest block that can still be reserved
 */
public record HeapSample(long timeMillis, String allocator, long bytesOutstanding, long bytesAllocated,
		long bytesActive, long allocations, long frees, long reallocations, long freeAddressSpace,
		long largestFreeBlock) {

	/** The file's column names, its first line that is not a comment; also the CSV export's header. */
	public static final String HEADER = "time_ms,allocator,bytes_outstanding,bytes_allocated,bytes_active,allocations,"
			+ "frees,reallocations,free_address_space,largest_free_block";
	private static final List<String> ALLOCATORS = List.of("jemalloc", "system", "none");

	/** A line of the file; empty for its comment, its header, and anything that is not a whole sample. */
	public static Optional<HeapSample> parse(String line) {
		String[] fields = line.strip().split(",", -1);
		if (fields.length != 10 || !ALLOCATORS.contains(fields[1])) {
			return Optional.empty();
		}
		long[] numbers = new long[10];
		for (int i = 0; i < fields.length; i++) {
			if (i == 1) {
				continue;
			}
			String field = fields[i];
			if (field.isEmpty() || field.length() > 18 || !field.chars().allMatch(Character::isDigit)) {
				return Optional.empty();
			}
			numbers[i] = Long.parseLong(field);
		}
		return Optional.of(new HeapSample(numbers[0], fields[1], numbers[2], numbers[3], numbers[4], numbers[5],
				numbers[6], numbers[7], numbers[8], numbers[9]));
	}

	/** The sample as a line of the file (and of the CSV export). */
	public String csv() {
		return timeMillis + "," + allocator + "," + bytesOutstanding + "," + bytesAllocated + "," + bytesActive + ","
				+ allocations + "," + frees + "," + reallocations + "," + freeAddressSpace + "," + largestFreeBlock;
	}

	/** One line for people, e.g. {@code 12.0 s  jemalloc  in use 48.0 MiB  active 52.3 MiB  ...}. */
	public String describe() {
		return String.format(Locale.ROOT, "%7.1f s  %-8s  in use %s  active %s  blocks +%d -%d  free address space %s,"
				+ " largest block %s", timeMillis / 1000.0, allocator, size(bytesOutstanding), size(bytesActive), allocations,
				frees, size(freeAddressSpace), size(largestFreeBlock));
	}

	/** Bytes in binary units, e.g. {@code 48.0 MiB}. */
	public static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		String[] units = { "KiB", "MiB", "GiB", "TiB" };
		double value = bytes / 1024.0;
		int unit = 0;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
	}
}
