// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.memorypool.sdk.core.pe.PeReaderTestData;

/**
 * Stands in for gcc: writes the object and its {@code .d} file (listing the headers a test gives), or the
 * linker's output, each stamped by a clock the test controls so that dates never tie.
 */
final class FakeToolRunner implements ToolRunner {

	private static final long START_MILLIS = 1_000_000_000_000L;

	final List<String> ran = new ArrayList<>();
	/** Per object (build-folder relative, e.g. {@code src/a.o}): the headers its .d file lists. */
	final Map<String, List<String>> headers = new HashMap<>();
	Set<String> installed = Set.of("i686-w64-mingw32-g++", "i686-w64-mingw32-gcc");
	/** What the linker writes: a PE32 i386 plugin unless a test wants another file. */
	byte[] linkerOutput = PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll"));
	/** A build step (sh -c) containing this exits with code 2. */
	String failStepOn = "\u0000";
	/** A command containing this fails with exit code 1 and gcc-like output. */
	String failOn = "\u0000";
	private long now = START_MILLIS;

	/** A time later than every file this runner or {@link #touch} stamped so far. */
	FileTime tick() {
		now += 1000;
		return FileTime.fromMillis(now);
	}

	/** Makes {@code file} newer than every output so far, as an edit would. */
	void touch(Path file) throws IOException {
		Files.setLastModifiedTime(file, tick());
	}

	@Override
	public boolean isAvailable(String executable, Map<String, String> environment) {
		return installed.contains(executable);
	}

	@Override
	public synchronized int run(ToolCommand command, Path directory, Map<String, String> environment, Consumer<String> output,
			BooleanSupplier canceled) throws IOException {
		ran.add(command.text());
		if (command.text().contains(failOn)) {
			output.accept("../src/broken.cpp:1:9: error: expected ';' before '}' token");
			output.accept("compilation terminated.");
			return 1;
		}
		List<String> arguments = command.arguments();
		if (arguments.get(0).equals("sh")) {
			return command.text().contains(failStepOn) ? 2 : 0; // a build step: nothing to write
		}
		String out = arguments.get(arguments.indexOf("-o") + 1);
		Path written = directory.resolve(out);
		if (arguments.contains("-c")) {
			String source = arguments.get(arguments.size() - 1);
			String d = out.replaceAll("\\.o$", ".d");
			List<String> prerequisites = new ArrayList<>(List.of(source));
			prerequisites.addAll(headers.getOrDefault(out, List.of()));
			Files.writeString(directory.resolve(d), out + ": " + String.join(" \\\n ", prerequisites) + "\n");
			Files.setLastModifiedTime(directory.resolve(d), tick());
			Files.writeString(written, "object of " + source);
		} else {
			// The build checks what the linker made.
			Files.write(written, linkerOutput);
		}
		Files.setLastModifiedTime(written, tick());
		return 0;
	}
}
