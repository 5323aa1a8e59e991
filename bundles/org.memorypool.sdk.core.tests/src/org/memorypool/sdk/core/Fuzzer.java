// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A seeded mutation fuzzer for the core's readers of input the SDK does not control. Each input is a seed (a real file
 * the readers meet) changed by a few random mutations: bits flipped, bytes set to boundary values, runs inserted,
 * deleted, repeated or taken from another seed, tokens of the format put anywhere, once or thousands of times. Each input must end within
 * {@link #TIME_LIMIT_MILLIS} with a result or one of the reader's declared exceptions, and allocate at most
 * {@link #memoryLimit(int)} bytes; anything else fails the test, names the seed and saves the input.
 *
 * <p>In CI every reader gets {@code fuzz.seconds} seconds (default 2). A long run sets {@code fuzz.inputs} (e.g.
 * {@code 1000000}) and {@code fuzz.findings} (a folder for what it finds): see README, "Fuzzing".
 */
public final class Fuzzer {

	/** Longer than any reader takes for the largest seed, by far. */
	static final long TIME_LIMIT_MILLIS = 5_000;

	/** The reader under test. */
	@FunctionalInterface
	public interface Target {
		void accept(byte[] input) throws Exception;
	}

	private final String name;
	private final List<byte[]> seeds;
	private final List<byte[]> tokens;
	private final Set<Class<? extends Exception>> declared;
	private long inputs;
	private long rejected;

	/**
	 * @param name     the reader's name, for messages and saved findings
	 * @param seeds    real inputs to start from
	 * @param tokens   pieces of the format worth inserting (tags, keywords, separators)
	 * @param declared the exceptions the reader declares; any other, or an error, is a finding
	 */
	public Fuzzer(String name, List<byte[]> seeds, List<String> tokens, Set<Class<? extends Exception>> declared) {
		this.name = name;
		List<byte[]> all = new ArrayList<>(seeds);
		all.addAll(findings(name));
		this.seeds = List.copyOf(all);
		this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
		this.declared = Set.copyOf(declared);
	}

	/** What earlier long runs found for this reader (testdata/fuzz-findings/{@code name}-*.bin): run first, as seeds. */
	private static List<byte[]> findings(String name) {
		List<byte[]> found = new ArrayList<>();
		Path folder = Path.of("testdata/fuzz-findings");
		if (Files.isDirectory(folder)) {
			try (var files = Files.list(folder)) {
				for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name + "-")).sorted().toList()) {
					found.add(bytes(file));
				}
			} catch (IOException e) {
				throw new IllegalStateException("the findings in " + folder + " cannot be listed", e);
			}
		}
		return found;
	}

	/** A file's bytes, for seeds. */
	public static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new IllegalStateException("seed " + file + " cannot be read", e);
		}
	}

	/** Up to {@code 16 x} the input's size plus 32 MB: what "a small multiple of the input" means here. */
	static long memoryLimit(int inputSize) {
		return 32L * 1024 * 1024 + 16L * inputSize;
	}

	/**
	 * Runs the target on mutated inputs for the budget the system properties give, with this seed of randomness.
	 *
	 * @return how many inputs ran
	 */
	public long run(long randomSeed, Target target) throws Exception {
		long maxInputs = Long.getLong("fuzz.inputs", Long.MAX_VALUE);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(
				Long.getLong("fuzz.inputs") == null ? Long.getLong("fuzz.seconds", 2) : Long.MAX_VALUE / 2_000_000_000L);
		Random random = new Random(randomSeed);
		ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "fuzz-" + name);
			thread.setDaemon(true);
			return thread;
		});
		try {
			for (byte[] seed : seeds) {
				check(seed, "seed", target, worker);
			}
			while (inputs < maxInputs && System.nanoTime() < deadline) {
				int which = random.nextInt(seeds.size());
				byte[] input = mutate(seeds.get(which), random);
				check(input, "seed " + which, target, worker);
			}
		} finally {
			worker.shutdownNow();
		}
		System.out.println("fuzz " + name + ": " + inputs + " inputs, " + rejected + " refused with a declared exception,"
				+ " no finding");
		return inputs;
	}

	/** Inputs refused with a declared exception, of those run. */
	public long rejected() {
		return rejected;
	}

	private void check(byte[] input, String origin, Target target, ExecutorService worker) throws Exception {
		inputs++;
		Future<Throwable> outcome = worker.submit(() -> {
			long before = allocatedBytes();
			try {
				target.accept(input);
			} catch (Throwable t) {
				return t;
			} finally {
				long allocated = allocatedBytes() - before;
				if (before >= 0 && allocated > memoryLimit(input.length)) {
					return new OutOfMemoryError("allocated " + allocated + " bytes for an input of " + input.length);
				}
			}
			return null;
		});
		Throwable thrown;
		try {
			thrown = outcome.get(TIME_LIMIT_MILLIS, TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			outcome.cancel(true);
			finding(input, origin, "took longer than " + TIME_LIMIT_MILLIS + " ms", null);
			return;
		} catch (ExecutionException e) {
			throw e;
		}
		if (thrown == null) {
			return;
		}
		if (thrown instanceof Exception e && declared.stream().anyMatch(d -> d.isInstance(e))) {
			rejected++;
			return;
		}
		finding(input, origin, thrown.toString(), thrown);
	}

	private void finding(byte[] input, String origin, String what, Throwable cause) throws IOException {
		String saved = "";
		String folder = System.getProperty("fuzz.findings");
		if (folder != null) {
			Path file = Files.createDirectories(Path.of(folder)).resolve(name + "-" + Integer.toHexString(
					java.util.Arrays.hashCode(input)) + ".bin");
			Files.write(file, input);
			saved = "; saved as " + file;
		}
		String head = HexFormat.of().formatHex(input, 0, Math.min(input.length, 64));
		AssertionError error = new AssertionError(name + ": an input made from " + origin + " (" + input.length
				+ " bytes, starting " + head + ") " + what + saved);
		if (cause != null) {
			error.initCause(cause);
		}
		throw error;
	}

	private byte[] mutate(byte[] seed, Random random) {
		byte[] data = seed;
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			data = mutateOnce(data, random);
		}
		return data;
	}

	private byte[] mutateOnce(byte[] data, Random random) {
		int at = data.length == 0 ? 0 : random.nextInt(data.length);
		switch (random.nextInt(9)) {
		case 0: { // flip a bit
			if (data.length == 0) {
				return data;
			}
			byte[] copy = data.clone();
			copy[at] ^= (byte) (1 << random.nextInt(8));
			return copy;
		}
		case 1: { // a boundary byte
			if (data.length == 0) {
				return data;
			}
			byte[] copy = data.clone();
			byte[] interesting = { 0, (byte) 0xFF, 0x7F, (byte) 0x80, '"', '<', '>', '/', '\\', '$', '{', '}', '\n', ' ' };
			copy[at] = interesting[random.nextInt(interesting.length)];
			return copy;
		}
		case 2: // delete a run
			return splice(data, at, Math.min(data.length - at, 1 + random.nextInt(64)), new byte[0]);
		case 3: { // repeat a run
			int length = Math.min(data.length - at, 1 + random.nextInt(32));
			byte[] run = java.util.Arrays.copyOfRange(data, at, at + length);
			int times = 1 + random.nextInt(random.nextInt(10) == 0 ? 1000 : 8);
			byte[] repeated = new byte[Math.min(run.length * times, 1 << 20)];
			for (int i = 0; i < repeated.length; i++) {
				repeated[i] = run[i % Math.max(1, run.length)];
			}
			return splice(data, at, 0, repeated);
		}
		case 4: // a token of the format
			return tokens.isEmpty() ? data : splice(data, at, 0, tokens.get(random.nextInt(tokens.size())));
		case 8: { // a token of the format, thousands of times: deep nesting, and costs that grow faster than the input
			if (tokens.isEmpty()) {
				return data;
			}
			byte[] token = tokens.get(random.nextInt(tokens.size()));
			int times = 64 << random.nextInt(9);
			byte[] repeated = new byte[Math.min(token.length * times, 1 << 20)];
			for (int i = 0; i < repeated.length; i++) {
				repeated[i] = token[i % Math.max(1, token.length)];
			}
			return splice(data, at, 0, repeated);
		}
		case 5: { // a run of another seed
			byte[] other = seeds.get(random.nextInt(seeds.size()));
			if (other.length == 0) {
				return data;
			}
			int from = random.nextInt(other.length);
			return splice(data, at, random.nextInt(4), java.util.Arrays.copyOfRange(other, from,
					Math.min(other.length, from + 1 + random.nextInt(256))));
		}
		case 6: { // random bytes
			byte[] noise = new byte[1 + random.nextInt(16)];
			random.nextBytes(noise);
			return splice(data, at, 0, noise);
		}
		default: { // a little-endian number at a boundary (offsets, counts and sizes of binary formats)
			if (data.length < 4) {
				return data;
			}
			byte[] copy = data.clone();
			int place = random.nextInt(data.length - 3);
			int[] values = { 0, 1, -1, 0x7FFFFFFF, 0x80000000, 0xFFFF, 0x10000, data.length, data.length - 1 };
			int value = values[random.nextInt(values.length)];
			for (int i = 0; i < 4; i++) {
				copy[place + i] = (byte) (value >>> (8 * i));
			}
			return copy;
		}
		}
	}

	private static byte[] splice(byte[] data, int at, int remove, byte[] insert) {
		int from = Math.min(at, data.length);
		int removed = Math.min(remove, data.length - from);
		byte[] result = new byte[data.length - removed + insert.length];
		System.arraycopy(data, 0, result, 0, from);
		System.arraycopy(insert, 0, result, from, insert.length);
		System.arraycopy(data, from + removed, result, from + insert.length, data.length - from - removed);
		return result;
	}

	/** Bytes this thread has allocated so far, or -1 where the JVM does not count them. */
	private static long allocatedBytes() {
		if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean counting
				&& counting.isThreadAllocatedMemorySupported()) {
			return counting.getCurrentThreadAllocatedBytes();
		}
		return -1;
	}

	/** Fails unless the run made at least one input per seed. */
	public static void ran(long inputs, List<?> seeds) {
		if (inputs < seeds.size()) {
			fail("the fuzzer ran " + inputs + " inputs for " + seeds.size() + " seeds");
		}
	}
}
