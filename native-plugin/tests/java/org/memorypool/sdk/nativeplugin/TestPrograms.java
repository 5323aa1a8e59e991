// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The programs the Wine tests run, built once per test run into target/tests/: nvse_host.exe, plugin_host.exe, the
 * helper DLLs and the broken copies of jemalloc.dll.
 */
final class TestPrograms {

	static final Path DIR = NativePlugin.TARGET.resolve("tests");
	private static final Duration COMPILE_TIMEOUT = Duration.ofMinutes(3);

	final Path host = DIR.resolve("nvse_host.exe");
	/** Loads the plugins of Data/NVSE/Plugins and plays a game session (GeneratedPluginWineTest). */
	final Path pluginHost = DIR.resolve("plugin_host.exe");
	final Path jemalloc = NativePlugin.built(NativePlugin.JEMALLOC_DLL);
	/** Exports je_malloc only. */
	final Path missingSymbolJemalloc = DIR.resolve("jemalloc_missing_symbol.dll");
	/** Its DllMain fails, so LoadLibrary does. */
	final Path initFailsJemalloc = DIR.resolve("jemalloc_init_fails.dll");
	/** The real jemalloc.dll with an x64 machine field: no x86_64 compiler is installed to build a real one. */
	final Path wrongArchJemalloc = DIR.resolve("jemalloc_x64_machine.dll");
	final Path corruptJemalloc = DIR.resolve("jemalloc_corrupt.dll");
	/** The real jemalloc.dll with its SDK marker export renamed: another build of jemalloc, to the runtime. */
	final Path foreignJemalloc = DIR.resolve("jemalloc_foreign.dll");

	private static TestPrograms built;
	private static AssertionError failure;

	private TestPrograms() {
	}

	/** Builds the programs at the first call; later calls get the same programs, or the same failure. */
	static synchronized TestPrograms get() {
		if (built == null && failure == null) {
			try {
				built = new TestPrograms().build();
			} catch (AssertionError e) {
				failure = e;
			} catch (IOException e) {
				failure = new AssertionError("building the test programs failed: " + e, e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				failure = new AssertionError("interrupted while building the test programs", e);
			}
		}
		if (failure != null) {
			throw failure;
		}
		return built;
	}

	private TestPrograms build() throws IOException, InterruptedException {
		String cxx = NativeTools.require("i686-w64-mingw32-g++");
		String cc = NativeTools.require("i686-w64-mingw32-gcc");
		Files.createDirectories(DIR);
		compile(host, List.of(cxx, "-std=c++17", "-Iinclude", "-O2", "-Wall", "-static-libgcc", "-static-libstdc++",
				"-o", rel(host), "tests/nvse_host.cpp"));
		compile(pluginHost, List.of(cxx, "-std=c++17", "-Iinclude", "-O2", "-Wall", "-static-libgcc",
				"-static-libstdc++", "-o", rel(pluginHost), "tests/plugin_host.cpp"));
		compile(missingSymbolJemalloc, List.of(cc, "-O2", "-Wall", "-shared", "-static-libgcc", "-o",
				rel(missingSymbolJemalloc), "tests/jemalloc_missing_symbol.c"));
		compile(initFailsJemalloc, List.of(cc, "-O2", "-Wall", "-shared", "-static-libgcc", "-o",
				rel(initFailsJemalloc), "tests/jemalloc_init_fails.c"));
		writeWithMachine(jemalloc, wrongArchJemalloc, 0x8664);
		Files.writeString(corruptJemalloc, "This is not a DLL.\n");
		writeWithExportRenamed(jemalloc, foreignJemalloc, "je_memorypool_fixes", "je_memorypool_fixeZ");
		return this;
	}

	private static String rel(Path file) {
		return NativePlugin.DIR.relativize(file).toString();
	}

	/** Runs in the module folder; warnings fail the build. */
	private static void compile(Path program, List<String> command) throws IOException, InterruptedException {
		Path log = program.resolveSibling(program.getFileName() + ".compile.log");
		Command.Result result = Command.run(command, NativePlugin.DIR, env -> {
		}, COMPILE_TIMEOUT, log);
		assertTrue(result.succeeded(), result::describe);
		assertFalse(result.output().contains("warning:"), () -> "compiler warnings:\n" + result.describe());
	}

	/**
	 * Copies a PE image with one export name replaced by another of the same length that sorts the same way among the
	 * others (GetProcAddress searches the sorted name table).
	 */
	private static void writeWithExportRenamed(Path source, Path target, String name, String renamed) throws IOException {
		byte[] image = Files.readAllBytes(source);
		byte[] from = (name + "\0").getBytes(StandardCharsets.US_ASCII);
		byte[] to = (renamed + "\0").getBytes(StandardCharsets.US_ASCII);
		int at = -1;
		for (int i = 0; i + from.length <= image.length && at < 0; i++) {
			if (Arrays.equals(image, i, i + from.length, from, 0, from.length)) {
				at = i;
			}
		}
		assertTrue(at >= 0, () -> source + " has no export " + name + ": build-jemalloc.sh did not apply its patches");
		System.arraycopy(to, 0, image, at, to.length);
		Files.write(target, image);
	}

	/** Copies a PE image, changing IMAGE_FILE_HEADER.Machine (4 bytes after the PE signature at e_lfanew). */
	private static void writeWithMachine(Path source, Path target, int machine) throws IOException {
		ByteBuffer image = ByteBuffer.wrap(Files.readAllBytes(source)).order(ByteOrder.LITTLE_ENDIAN);
		image.putShort(image.getInt(0x3C) + 4, (short) machine);
		Files.write(target, image.array());
	}
}
