// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs tools as processes, as {@code make} would: in the build's environment, found on its {@code PATH}, output and
 * errors merged; on Linux each tool but a shell with a bounded address space ({@link #TOOL_MEMORY_PROPERTY}).
 */
final class ProcessToolRunner implements ToolRunner {

	private static final long CANCEL_POLL_MILLIS = 100;
	/** The most of one line of a tool's output that is kept; compilers' lines are far shorter. */
	static final int MAX_LINE = 64 * 1024;
	/** The most of a tool's output that is kept in all, in characters. */
	static final long MAX_OUTPUT = 8L * 1024 * 1024;
	/**
	 * The address space a compiler, linker or archiver may take, in bytes (system property; default 4 GiB, or half the
	 * machine's memory when that is less, at least 2 GiB): a project's header that is a link to /dev/zero would make the
	 * compiler take all of it. Compiling a large plugin takes well under 1 GiB; two at once still leave room.
	 */
	static final String TOOL_MEMORY_PROPERTY = "memorypool.toolMemory";
	/** Build steps run through a shell, whose programs (a JVM, say) may reserve more than they use: not limited. */
	private static final java.util.Set<String> SHELLS = java.util.Set.of("sh", "bash", "dash");
	/** util-linux's prlimit before the tool, on Linux; nothing where there is none. */
	private static final List<String> MEMORY_LIMIT = memoryLimit();

	@Override
	public boolean isAvailable(String executable, Map<String, String> environment) {
		return locate(executable, environment).isPresent();
	}

	/** The executable's file, searched as the shell searches the environment's {@code PATH}. */
	private static Optional<Path> locate(String executable, Map<String, String> environment) {
		if (executable.contains("/")) {
			return Optional.of(Path.of(executable)).filter(Files::isExecutable);
		}
		for (String dir : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(dir.isEmpty() ? "." : dir, executable);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	@Override
	public int run(ToolCommand command, Path directory, Map<String, String> environment, Consumer<String> output,
			BooleanSupplier canceled) throws IOException {
		List<String> arguments = new ArrayList<>(command.arguments());
		// ProcessBuilder searches the JVM's PATH, not the child's: resolve with the build's PATH ourselves.
		Optional<Path> executable = locate(command.executable(), environment);
		arguments.set(0, executable.map(Path::toString).orElse(command.executable()));
		if (executable.isPresent() && !SHELLS.contains(executable.get().getFileName().toString())) {
			arguments.addAll(0, MEMORY_LIMIT);
		}
		ProcessBuilder builder = new ProcessBuilder(arguments).directory(directory.toFile()).redirectErrorStream(true);
		builder.environment().clear();
		builder.environment().putAll(environment);
		Process process = builder.start();
		Thread canceler = Thread.ofVirtual().start(() -> stopWhenCanceled(process, canceled));
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
			forwardBounded(in, output);
			return process.waitFor();
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			InterruptedIOException interrupted = new InterruptedIOException(
					"interrupted while running " + command.executable());
			interrupted.initCause(e);
			throw interrupted;
		} finally {
			canceler.interrupt();
		}
	}

	/**
	 * The tool's output, line by line, as far as a reader can take it: each line up to {@link #MAX_LINE} characters
	 * (the rest counted), and {@link #MAX_OUTPUT} characters in all (the rest read and counted, not kept): a compiler's
	 * diagnostic of a macro doubled 24 times is a line of 268 MB.
	 */
	private static void forwardBounded(BufferedReader in, Consumer<String> output) throws IOException {
		StringBuilder line = new StringBuilder();
		long cut = 0;
		long total = 0;
		long dropped = 0;
		for (int c = in.read(); c >= 0; c = in.read()) {
			if (c == '\n') {
				int length = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
				String text = line.substring(0, length) + (cut > 0 ? " ... (" + cut + " more characters)" : "");
				if (total + text.length() <= MAX_OUTPUT) {
					output.accept(text);
					total += text.length();
				} else {
					dropped += text.length();
				}
				line.setLength(0);
				cut = 0;
			} else if (line.length() < MAX_LINE) {
				line.append((char) c);
			} else {
				cut++;
			}
		}
		if (!line.isEmpty() || cut > 0) {
			String text = line + (cut > 0 ? " ... (" + cut + " more characters)" : "");
			if (total + text.length() <= MAX_OUTPUT) {
				output.accept(text);
			} else {
				dropped += text.length();
			}
		}
		if (dropped > 0) {
			output.accept("... (" + dropped + " more characters of output not kept)");
		}
	}

	private static List<String> memoryLimit() {
		Path prlimit = Path.of("/usr/bin/prlimit");
		if (!Files.isExecutable(prlimit)) {
			return List.of();
		}
		long limit = Math.min(Long.getLong(TOOL_MEMORY_PROPERTY, Math.max(2L << 30, Math.min(4L << 30, physicalMemory() / 2))),
				inheritedAddressSpaceLimit());
		// The soft limit only ("N:"): the hard one stays as inherited, and a lower inherited one is kept.
		return List.of(prlimit.toString(), "--as=" + limit + ":", "--");
	}

	/** The hard address-space limit this process runs under (children inherit it), from /proc/self/limits. */
	private static long inheritedAddressSpaceLimit() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
				if (line.startsWith("Max address space")) {
					String[] fields = line.substring("Max address space".length()).trim().split("\\s+");
					return fields.length > 1 && !fields[1].equals("unlimited") ? Long.parseLong(fields[1]) : Long.MAX_VALUE;
				}
			}
		} catch (IOException | NumberFormatException e) {
			// No limit known.
		}
		return Long.MAX_VALUE;
	}

	/** The machine's memory from /proc/meminfo ("MemTotal: N kB"); 4 GiB when it cannot be read. */
	private static long physicalMemory() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		} catch (IOException | NumberFormatException e) {
			// The default below.
		}
		return 4L << 30;
	}

	private static void stopWhenCanceled(Process process, BooleanSupplier canceled) {
		try {
			while (!process.waitFor(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
				if (canceled.getAsBoolean()) {
					process.descendants().forEach(ProcessHandle::destroy);
					process.destroy();
					return;
				}
			}
		} catch (InterruptedException e) {
			// The tool has finished; nothing to stop.
		}
	}
}
