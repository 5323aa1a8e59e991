// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.memorypool.sdk.core.build.Toolchain;
import org.memorypool.sdk.core.build.ToolchainDetector;

/**
 * The toolchain's {@code addr2line} (GNU binutils, e.g. {@code i686-w64-mingw32-addr2line}), which reads the DWARF
 * debug information MinGW's GCC writes, in the DLL or in the file its {@code .gnu_debuglink} names beside it. It runs
 * as {@code addr2line -e <dll> -a -f -i <address>...}: for each address the address, then a function and a
 * {@code file:line} for it and for each function it was inlined into. Function names are demangled by the toolchain's
 * {@code c++filt -n}, not by addr2line's {@code -C}: for targets whose symbols start with an underscore, as i686
 * Windows', binutils 2.40 strips one from the DWARF name before demangling and so leaves C++ names mangled.
 * Binutils 2.40 also loses functions and lines in DWARF 5 of optimized code in PE files, which is why generated
 * projects compile with {@code -gdwarf-4}.
 */
public final class Addr2Line implements DebugInfo {

	/** How long one run of a tool may take; a DLL of a few megabytes takes well under a second. */
	static final long TIMEOUT_SECONDS = 60;
	/** The most addresses asked in one run, to stay under Windows' 32 KB command line. */
	static final int BATCH = 1000;
	/** The most output lines read: each address gives at most a few dozen with deep inlining. */
	static final int MAX_LINES = 200_000;

	private final Path executable;
	private final Optional<Path> demangler;

	/**
	 * @param executable the {@code addr2line} program
	 * @param demangler  the {@code c++filt} program; without it C++ names stay mangled
	 */
	public Addr2Line(Path executable, Optional<Path> demangler) {
		this.executable = executable;
		this.demangler = demangler;
	}

	/**
	 * The toolchain's {@code addr2line} and {@code c++filt}, where its compiler would be found; empty without
	 * {@code addr2line}.
	 */
	public static Optional<Addr2Line> find(Toolchain toolchain, ToolchainDetector detector) {
		return detector.findTool(toolchain, "addr2line").map(a -> new Addr2Line(a, detector.findTool(toolchain, "c++filt")));
	}

	@Override
	public List<List<SourceLocation>> locate(Path dll, List<Long> addresses) throws IOException {
		List<List<SourceLocation>> found = new ArrayList<>();
		for (int from = 0; from < addresses.size(); from += BATCH) {
			List<Long> batch = addresses.subList(from, Math.min(addresses.size(), from + BATCH));
			List<String> command = new ArrayList<>(List.of(executable.toString(), "-e", dll.toString(), "-a", "-f", "-i"));
			batch.forEach(a -> command.add("0x" + Long.toHexString(a)));
			Output output = run(command, "", "read " + dll.getFileName() + "'s debug information");
			found.addAll(parse(output.lines(), batch.size(), output.exitCode(), dll));
		}
		return demangled(found);
	}

	/** The locations with their C++ names demangled, when there is a demangler. */
	private List<List<SourceLocation>> demangled(List<List<SourceLocation>> found) throws IOException {
		List<String> mangled = found.stream().flatMap(List::stream).map(SourceLocation::function).flatMap(Optional::stream)
				.filter(Addr2Line::isMangled).distinct().toList();
		if (demangler.isEmpty() || mangled.isEmpty()) {
			return found;
		}
		// -n: the names come from DWARF, without the underscore i686 Windows' symbols start with.
		Output output = run(List.of(demangler.get().toString(), "-n"), String.join("\n", mangled) + "\n",
				"demangle the function names");
		if (output.exitCode() != 0 || output.lines().size() != mangled.size()) {
			return found;
		}
		Map<String, String> names = new HashMap<>();
		for (int i = 0; i < mangled.size(); i++) {
			names.put(mangled.get(i), output.lines().get(i));
		}
		return found.stream().map(locations -> locations.stream().map(l -> new SourceLocation(
				l.function().map(f -> names.getOrDefault(f, f)), l.file(), l.line())).toList()).toList();
	}

	private static boolean isMangled(String name) {
		return name.startsWith("_Z");
	}

	private record Output(List<String> lines, int exitCode) {
	}

	/** Runs a tool with {@code input} on its standard input; its output and errors, bounded, within the time limit. */
	private static Output run(List<String> command, String input, String what) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> lines = new ArrayList<>();
		Thread reader = Thread.ofVirtual().start(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					synchronized (lines) {
						if (lines.size() < MAX_LINES) {
							lines.add(line.length() > 4096 ? line.substring(0, 4096) : line);
						}
					}
				}
			} catch (IOException e) {
				// The process was ended: what was read is what there is.
			}
		});
		try (var stdin = process.getOutputStream()) {
			stdin.write(input.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			// A tool that ended early read what it needed.
		}
		try {
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException(Path.of(command.get(0)).getFileName() + " took more than " + TIMEOUT_SECONDS
						+ " s to " + what + " and was stopped");
			}
			reader.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while trying to " + what);
		}
		synchronized (lines) {
			return new Output(List.copyOf(lines), process.exitValue());
		}
	}

	/**
	 * Reads addr2line's answers: a line {@code 0x...} per address, then pairs of a function ({@code ??} unknown) and
	 * {@code file:line} ({@code ??:0} or {@code ??:?} unknown, perhaps followed by {@code (discriminator N)}).
	 * Anything else is a message of the tool's, which becomes the error when the tool failed.
	 */
	static List<List<SourceLocation>> parse(List<String> output, int expected, int exitCode, Path dll) throws IOException {
		List<List<SourceLocation>> found = new ArrayList<>();
		List<String> messages = new ArrayList<>();
		List<SourceLocation> current = null;
		String function = null;
		for (String line : output) {
			if (line.startsWith("0x") && line.length() <= 18 && line.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
				current = new ArrayList<>();
				found.add(current);
				function = null;
			} else if (current != null && function == null && !isMessage(line)) {
				function = line;
			} else if (current != null && function != null) {
				current.add(location(function, line));
				function = null;
			} else {
				messages.add(line);
			}
		}
		if (exitCode != 0 || found.size() != expected) {
			String why = messages.isEmpty() ? "it ended with exit status " + exitCode : String.join("; ", messages.subList(0, Math.min(3, messages.size())));
			throw new IOException("cannot read the debug information of " + dll + " with addr2line: " + why);
		}
		found.replaceAll(locations -> locations.stream().anyMatch(SourceLocation::known)
				? List.copyOf(locations) : List.<SourceLocation>of());
		return found;
	}

	private static boolean isMessage(String line) {
		// "i686-w64-mingw32-addr2line: Dwarf Error: ..." and the like.
		int colon = line.indexOf(": ");
		return colon > 0 && line.substring(0, colon).endsWith("addr2line");
	}

	private static SourceLocation location(String function, String place) {
		String where = place;
		int discriminator = where.indexOf(" (discriminator ");
		if (discriminator >= 0) {
			where = where.substring(0, discriminator);
		}
		int colon = where.lastIndexOf(':');
		String file = colon < 0 ? where : where.substring(0, colon);
		int line = 0;
		if (colon >= 0) {
			String digits = where.substring(colon + 1);
			if (!digits.isEmpty() && digits.length() < 10 && digits.chars().allMatch(Character::isDigit)) {
				line = Integer.parseInt(digits);
			}
		}
		return new SourceLocation(function.equals("??") ? Optional.empty() : Optional.of(function),
				file.equals("??") || file.isEmpty() ? Optional.empty() : Optional.of(file), line);
	}
}
