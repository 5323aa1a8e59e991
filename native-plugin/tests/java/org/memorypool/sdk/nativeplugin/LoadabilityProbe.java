// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the game does with a plugin file, asked of Windows' real loader under Wine: tests/load_probe.c, built once
 * per run, sits in a fresh game folder as FalloutNV.exe (so that Windows searches that folder for the plugin's
 * dependencies, as in the game) and does what xNVSE does with the file in Data/NVSE/Plugins: list *.dll, LoadLibrary
 * by full path, GetProcAddress of both entry points, call them as cdecl functions. MinGW's runtime DLLs are nowhere
 * on Wine's path: a player's machine lacks them.
 */
final class LoadabilityProbe {

	static final Path GAMES = GameFolder.ROOT.resolve("loadability-matrix");
	private static final Path EXE = NativePlugin.TARGET.resolve("loadability-matrix/load_probe.exe");
	private static final Duration COMPILE_TIMEOUT = Duration.ofMinutes(2);
	private static final Duration RUN_TIMEOUT = Duration.ofMinutes(1);
	private static final Pattern LINE = Pattern.compile("LOAD_PROBE listed=(yes|no) loaded=(yes|no) error=(\\d+)"
			+ " query=(yes|no) load=(yes|no) query_call=(\\S+) query_stack=(\\S+) load_call=(\\S+) load_stack=(\\S+)"
			+ " exception=(\\S+)");
	private static boolean built;

	/**
	 * The probe's line: whether xNVSE's search lists the file, whether LoadLibrary loaded it (else its error code),
	 * which entry points GetProcAddress found, and, when both were, what the cdecl calls returned and how many bytes
	 * the callee left popped off the caller's stack (0 for cdecl; a __stdcall function pops its own arguments).
	 */
	record Outcome(boolean listed, boolean loaded, int error, boolean query, boolean load, Optional<Boolean> queryCall,
			Optional<Integer> queryStack, Optional<Boolean> loadCall, Optional<Integer> loadStack,
			Optional<String> exception) {

		boolean bothFound() {
			return query && load;
		}

		boolean neitherFound() {
			return !query && !load;
		}

		/** A callee that popped its own arguments: xNVSE's caller, which pops them too, is left with a wrong stack. */
		boolean stackUnbalanced() {
			return queryStack.orElse(0) != 0 || loadStack.orElse(0) != 0;
		}

		/** Query returned true and Load was called and returned true, with the stack as cdecl leaves it. */
		boolean callsWork() {
			return bothFound() && exception.isEmpty() && queryCall.orElse(false) && loadCall.orElse(false)
					&& !stackUnbalanced();
		}

		/** What xNVSE would see, as one readable phrase. */
		String describe() {
			StringBuilder text = new StringBuilder(listed ? "listed" : "NOT listed by *.dll");
			if (!loaded) {
				return text.append(", LoadLibrary error ").append(error).append(switch (error) {
				case 126 -> " (a dependency is missing)";
				case 193 -> " (not a valid Win32 application)";
				default -> "";
				}).toString();
			}
			text.append(", loaded, ").append(query ? "Query" : "no Query").append(load ? " + Load found" : ", no Load");
			queryCall.ifPresent(q -> text.append(", Query() ").append(q).append(stack(queryStack)));
			loadCall.ifPresent(l -> text.append(", Load() ").append(l).append(stack(loadStack)));
			exception.ifPresent(e -> text.append(", exception ").append(e).append(
					e.equals("0xC06D007E") ? " (delay-load: module not found)" : e.equals("0xC0000005") ? " (access violation)" : ""));
			return text.toString();
		}

		private static String stack(Optional<Integer> bytes) {
			return bytes.map(b -> b == 0 ? "" : " leaving the caller's stack off by " + b + " bytes").orElse("");
		}
	}

	private LoadabilityProbe() {
	}

	/** Builds load_probe.exe at the first call: 32-bit, static runtime, warning-free. */
	static synchronized Path exe() throws IOException, InterruptedException {
		if (!built) {
			Files.createDirectories(EXE.getParent());
			Command.Result result = Command.run(List.of(NativeTools.require(PluginRecipe.I686_GCC), "-O2", "-Wall", "-Wextra",
					"-static", "-o", EXE.toString(), "tests/load_probe.c"), NativePlugin.DIR, env -> {
					}, COMPILE_TIMEOUT, EXE.resolveSibling("load_probe.compile.log"));
			assertTrue(result.succeeded(), result::describe);
			assertFalse(result.output().contains("warning:"), () -> "compiler warnings:\n" + result.describe());
			built = true;
		}
		return EXE;
	}

	/**
	 * A fresh game folder GAMES/&lt;name&gt;/: the probe as FalloutNV.exe, {@code plugin} in Data/NVSE/Plugins under
	 * its own file name, and {@code besideExe} next to the EXE, where the game keeps DLLs such as jemalloc.dll.
	 */
	static Path layOut(String name, Path plugin, Map<String, Path> besideExe) throws IOException, InterruptedException {
		Path folder = GameFolder.emptied(GAMES.resolve(name));
		Files.copy(exe(), folder.resolve("FalloutNV.exe"));
		Files.copy(plugin, Files.createDirectories(folder.resolve("Data/NVSE/Plugins")).resolve(plugin.getFileName()));
		for (Map.Entry<String, Path> dll : besideExe.entrySet()) {
			Files.copy(dll.getValue(), folder.resolve(dll.getKey()));
		}
		return folder;
	}

	/** Runs the probe in {@code folder} on the plugin file {@code fileName}; the output goes beside the folder. */
	static Outcome run(Path folder, String fileName) throws IOException, InterruptedException {
		Command.Result result = WinePrefix.forRun(false).run(List.of(NativeTools.require("wine"), "FalloutNV.exe", fileName),
				folder, RUN_TIMEOUT, GameFolder.hostOutput(folder));
		assertFalse(result.output().contains("wine32 is missing"),
				() -> "Wine cannot run 32-bit programs: " + NativeTools.INSTALL_HINT + "\n" + result.describe());
		// 3: an entry point raised an exception, which the probe reports in its line as the game would crash.
		assertTrue(!result.timedOut() && (result.exitCode() == 0 || result.exitCode() == 3),
				() -> "load_probe.exe failed: " + result.describe());
		Matcher line = LINE.matcher(result.output());
		assertTrue(line.find(), () -> "no LOAD_PROBE line: " + result.describe());
		return new Outcome(yes(line.group(1)), yes(line.group(2)), Integer.parseInt(line.group(3)), yes(line.group(4)),
				yes(line.group(5)), bool(line.group(6)), number(line.group(7)), bool(line.group(8)), number(line.group(9)),
				line.group(10).equals("-") ? Optional.empty() : Optional.of(line.group(10)));
	}

	private static boolean yes(String value) {
		return value.equals("yes");
	}

	private static Optional<Boolean> bool(String value) {
		return value.equals("-") ? Optional.empty() : Optional.of(value.equals("true"));
	}

	private static Optional<Integer> number(String value) {
		return value.equals("-") ? Optional.empty() : Optional.of(Integer.parseInt(value));
	}
}
