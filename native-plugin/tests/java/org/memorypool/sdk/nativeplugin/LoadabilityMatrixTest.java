// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memorypool.sdk.core.loadability.Finding;
import org.memorypool.sdk.core.loadability.Finding.Problem;
import org.memorypool.sdk.core.loadability.Fix;
import org.memorypool.sdk.core.loadability.Loadability;
import org.memorypool.sdk.core.loadability.LoadabilityCheck;
import org.memorypool.sdk.core.loadability.Verdict;

/**
 * The game's verdict and the SDK's agree on every way plugin authors really build a DLL. Each variant (a
 * {@link PluginRecipe}: sources in tests/matrix/, MinGW-w64 compiler, flags, output name) is built for real, checked
 * with {@link LoadabilityCheck}, and put in a fresh game folder where Windows' loader, under Wine, does what xNVSE
 * does with it ({@link LoadabilityProbe}). Then:
 * <ul>
 * <li>the check's verdict fits what Wine did (see {@link #assertAgreement}), and is the variant's expected verdict
 * with the expected kinds of findings, so that both sides cannot regress together;</li>
 * <li>for every variant the check finds fault with, its advice applied mechanically to the recipe
 * ({@link PluginRecipeFixes}) yields a DLL the check accepts without a finding, and that Wine loads and xNVSE can
 * call.</li>
 * </ul>
 * Each run prints one line per variant (Wine's result and the check's verdict), also kept in
 * target/loadability-matrix/matrix.txt. Builds are cached by recipe in target/loadability-matrix/builds/ and run
 * ahead on every core while Wine works through the variants one by one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadabilityMatrixTest {

	private static final String GXX = "i686-w64-mingw32-g++";
	private static final String GCC = PluginRecipe.I686_GCC;
	private static final String GXX_POSIX = "i686-w64-mingw32-g++-posix";
	private static final String STATIC_RUNTIME = "-static-libgcc -static-libstdc++";
	private static final Path REPORT = NativePlugin.TARGET.resolve("loadability-matrix/matrix.txt");
	private static ExecutorService builders;

	/**
	 * One way of building a plugin DLL, and what the game does with it.
	 *
	 * @param label             what the author did, e.g. "C++ without extern "C" (mangled)"
	 * @param recipe            how it is built
	 * @param expected          the verdict the game's behaviour calls for
	 * @param expectedProblems  the kinds of findings the check must make, no more and no fewer
	 * @param librariesInGame   the third-party DLLs sit next to FalloutNV.exe, and the check knows the game folder
	 */
	record Variant(String label, PluginRecipe recipe, Verdict expected, Set<Problem> expectedProblems,
			boolean librariesInGame) {
		@Override
		public String toString() {
			return label;
		}

		String folderName() {
			return PluginRecipe.slug(label);
		}

		/** Whether the check must find fault with it, so that its advice has something to fix. */
		boolean needsFix() {
			return expected != Verdict.NVSE_PLUGIN || !expectedProblems.isEmpty();
		}
	}

	private static Variant variant(String label, PluginRecipe recipe, Verdict expected, Problem... problems) {
		return new Variant(label, recipe, expected, problems.length == 0 ? Set.of() : EnumSet.of(problems[0], problems),
				false);
	}

	private static PluginRecipe cxx(String flags, String... inputs) {
		return PluginRecipe.of(GXX, "MatrixPlugin.dll", flags, inputs);
	}

	private static PluginRecipe c(String flags, String... inputs) {
		return PluginRecipe.of(GCC, "MatrixPlugin.dll", flags, inputs);
	}

	static Stream<Variant> variants() {
		PluginRecipe thirdParty = c("-O2 -shared -static-libgcc", "uses_thirdparty.c").withLibrary("ThirdParty.dll",
				"thirdparty.c", Optional.empty());
		PluginRecipe delayed = c("-O2 -shared -static-libgcc", "uses_delayed.c").withLibrary("Delayed.dll", "delayed.c",
				Optional.of("delayed.def"));
		return Stream.of(
				// Built right, in the ways authors do.
				variant("C++ extern \"C\" __declspec(dllexport) cdecl, -static-libgcc -static-libstdc++ (as ./sdk new)",
						cxx("-O2 -shared " + STATIC_RUNTIME, "plugin.cpp"), Verdict.NVSE_PLUGIN),
				variant("C++ Debug build -O0 -g3", cxx("-O0 -g3 -shared " + STATIC_RUNTIME, "plugin.cpp"),
						Verdict.NVSE_PLUGIN),
				variant("C++ linked -static", cxx("-O2 -shared -static", "plugin.cpp"), Verdict.NVSE_PLUGIN),
				variant("C++ with -mwindows", cxx("-O2 -shared -mwindows " + STATIC_RUNTIME, "plugin.cpp"),
						Verdict.NVSE_PLUGIN),
				variant("C++ with -municode", cxx("-O2 -shared -municode " + STATIC_RUNTIME, "plugin.cpp"),
						Verdict.NVSE_PLUGIN),
				variant("C++ with a DllMain", cxx("-O2 -shared " + STATIC_RUNTIME, "dllmain.cpp"), Verdict.NVSE_PLUGIN),
				variant("C with a .def file, stripped (-s)", c("-O2 -shared -s", "plugin_def.c", "plugin.def"),
						Verdict.NVSE_PLUGIN),
				variant("C without attributes or .def (GNU ld exports every function)", c("-O2 -shared", "auto_export.c"),
						Verdict.NVSE_PLUGIN),
				variant("C -D_FORTIFY_SOURCE=2 -static-libgcc",
						c("-O2 -shared -D_FORTIFY_SOURCE=2 -static-libgcc", "hardened.c"), Verdict.NVSE_PLUGIN),
				variant("C hardened and linked -static (-fstack-protector-strong, --dynamicbase, --nxcompat)",
						c("-O2 -shared -fstack-protector-strong -static -Wl,--dynamicbase,--nxcompat", "hardened.c"),
						Verdict.NVSE_PLUGIN),
				variant("posix thread model (std::thread) linked -static",
						PluginRecipe.of(GXX_POSIX, "MatrixPlugin.dll", "-O2 -shared -static", "threads.cpp"),
						Verdict.NVSE_PLUGIN),
				variant("imports d3dx9_38.dll (the DirectX runtime the game installs)",
						c("-O2 -shared -static-libgcc", "uses_d3dx9.c", "-ld3dx9_38"), Verdict.NVSE_PLUGIN),
				// GNU ld keeps .reloc in every DLL; the flag only clears DYNAMIC_BASE, and Windows still relocates it.
				variant("-Wl,--disable-reloc-section", c("-O2 -shared -Wl,--disable-reloc-section", "plugin.c"),
						Verdict.NVSE_PLUGIN),
				variant("correct DLL named MATRIXPLUGIN.DLL (upper-case extension)",
						cxx("-O2 -shared " + STATIC_RUNTIME, "plugin.cpp").withOutput("MATRIXPLUGIN.DLL"),
						Verdict.NVSE_PLUGIN),
				// Entry points declared or exported wrong.
				variant("C++ without extern \"C\" (mangled names)", cxx("-O2 -shared " + STATIC_RUNTIME, "mangled.cpp"),
						Verdict.NOT_LOADABLE, Problem.ENTRY_POINT),
				variant("__stdcall entry points (NVSEPlugin_Query@8)", cxx("-O2 -shared " + STATIC_RUNTIME, "stdcall.cpp"),
						Verdict.NOT_LOADABLE, Problem.ENTRY_POINT),
				variant("__stdcall entry points with -Wl,--kill-at",
						cxx("-O2 -shared " + STATIC_RUNTIME + " -Wl,--kill-at", "stdcall.cpp"), Verdict.NOT_LOADABLE,
						Problem.ENTRY_POINT),
				variant("WINAPI entry points exported by a .def file with -Wl,--enable-stdcall-fixup",
						cxx("-O2 -shared " + STATIC_RUNTIME + " -Wl,--enable-stdcall-fixup", "stdcall_def.cpp", "plugin.def"),
						Verdict.NOT_LOADABLE, Problem.ENTRY_POINT),
				variant("__fastcall entry points (@NVSEPlugin_Query@8)",
						cxx("-O2 -shared " + STATIC_RUNTIME, "fastcall.cpp"), Verdict.NOT_LOADABLE, Problem.ENTRY_POINT),
				variant("only NVSEPlugin_Query exported (Load lacks dllexport)",
						cxx("-O2 -shared " + STATIC_RUNTIME, "query_only.cpp"), Verdict.NOT_LOADABLE, Problem.ENTRY_POINT),
				variant("NVSEPlugin_Load exported as nvseplugin_load (wrong case)",
						cxx("-O2 -shared " + STATIC_RUNTIME, "wrong_case.cpp"), Verdict.NOT_LOADABLE, Problem.ENTRY_POINT),
				variant("NVSEPlugin_Load exported as _NVSEPlugin_Load by a .def file",
						c("-O2 -shared", "plugin_def.c", "underscore.def"), Verdict.NOT_LOADABLE, Problem.ENTRY_POINT),
				variant("NVSEPlugin_Query exported as a variable (data, not code)", c("-O2 -shared", "data_export.c"),
						Verdict.NOT_LOADABLE, Problem.ENTRY_POINT),
				variant("NVSEPlugin_Query forwarded by a .def file to a DLL players lack",
						c("-O2 -shared", "plugin_def.c", "forward_missing.def"), Verdict.NOT_LOADABLE, Problem.ENTRY_POINT),
				variant("helper DLL without entry points (like jemalloc.dll)", c("-O2 -shared", "helper.c"),
						Verdict.NOT_AN_NVSE_PLUGIN, Problem.NO_ENTRY_POINTS),
				variant("entry points exported by ordinal only (.def NONAME)",
						c("-O2 -shared", "plugin_def.c", "ordinal.def"), Verdict.NOT_AN_NVSE_PLUGIN,
						Problem.NO_ENTRY_POINTS),
				// GCC's runtime DLLs, which no player has.
				variant("C++ without the static runtime flags", cxx("-O2 -shared", "plugin.cpp"), Verdict.NOT_LOADABLE,
						Problem.IMPORT),
				variant("C++ with -static-libgcc only", cxx("-O2 -shared -static-libgcc", "plugin.cpp"),
						Verdict.NOT_LOADABLE, Problem.IMPORT),
				variant("C++ with -static-libstdc++ only", cxx("-O2 -shared -static-libstdc++", "plugin.cpp"),
						Verdict.NOT_LOADABLE, Problem.IMPORT),
				variant("C -fstack-protector-strong -static-libgcc (libssp-0.dll, case 09)",
						c("-O2 -shared -fstack-protector-strong -static-libgcc", "hardened.c"), Verdict.NOT_LOADABLE,
						Problem.IMPORT),
				variant("posix thread model (std::thread), -static-libgcc -static-libstdc++ (libwinpthread-1.dll)",
						PluginRecipe.of(GXX_POSIX, "MatrixPlugin.dll", "-O2 -shared " + STATIC_RUNTIME, "threads.cpp"),
						Verdict.NOT_LOADABLE, Problem.IMPORT),
				variant("OpenMP (-fopenmp), -static-libgcc (libgomp-1.dll)",
						c("-O2 -shared -fopenmp -static-libgcc", "openmp.c"), Verdict.NOT_LOADABLE, Problem.IMPORT),
				// Third-party DLLs.
				variant("imports ThirdParty.dll, which players lack", thirdParty, Verdict.NOT_LOADABLE, Problem.IMPORT),
				new Variant("imports ThirdParty.dll, next to FalloutNV.exe in this game folder", thirdParty,
						Verdict.NVSE_PLUGIN, Set.of(Problem.IMPORT), true),
				variant("delay-loads Delayed.dll, which players lack (as GNU ld 2.40 links it)", delayed,
						Verdict.NVSE_PLUGIN, Problem.DELAY_IMPORT),
				variant("delay-loads Delayed.dll, which players lack (delay-import directory as MSVC writes it)",
						delayed.withMsvcDelayImports(true), Verdict.NVSE_PLUGIN, Problem.DELAY_IMPORT),
				// Not a DLL for this game, or not named so that xNVSE sees it.
				variant("64-bit DLL (x86_64-w64-mingw32-gcc)",
						PluginRecipe.of("x86_64-w64-mingw32-gcc", "MatrixPlugin.dll", "-O2 -shared -static-libgcc", "plugin.c"),
						Verdict.NOT_LOADABLE, Problem.WRONG_MACHINE),
				variant("Linux ELF shared object (host gcc) named .dll",
						PluginRecipe.of("gcc", "MatrixPlugin.dll", "-O2 -shared -fPIC", "auto_export.c"), Verdict.NOT_LOADABLE,
						Problem.NOT_A_WINDOWS_IMAGE),
				variant("correct DLL named libSoPlugin.so (CDT's Linux shared-library naming, case 01)",
						cxx("-O2 -shared " + STATIC_RUNTIME, "plugin.cpp").withOutput("libSoPlugin.so"), Verdict.NOT_LOADABLE,
						Problem.FILE_NAME),
				variant("a program (C++ with main, linked without -shared) named .dll",
						cxx("-O2 " + STATIC_RUNTIME, "plugin.cpp", "program_main.cpp"), Verdict.NOT_LOADABLE,
						Problem.NOT_A_DLL));
	}

	static Stream<Variant> variantsToFix() {
		return variants().filter(Variant::needsFix);
	}

	/**
	 * Starts every build (each variant, and each variant after the check's advice) on all cores: the tests then find
	 * most DLLs built when they get to them. A build that fails here fails again, with its output, in its test.
	 */
	@BeforeAll
	static void buildAhead() throws Exception {
		NativeTools.require("wine");
		LoadabilityProbe.exe();
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, "");
		builders = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
			Thread thread = new Thread(runnable, "loadability-matrix-build");
			thread.setDaemon(true);
			return thread;
		});
		for (Variant variant : variants().toList()) {
			builders.submit(() -> {
				PluginRecipe.Built built = variant.recipe().build();
				if (variant.needsFix()) {
					Loadability result = LoadabilityCheck.forPlayers().check(built.artifact());
					PluginRecipeFixes.apply(variant.recipe(), result).recipe().build();
				}
				return null;
			});
		}
	}

	@AfterAll
	static void stopBuilders() {
		if (builders != null) {
			builders.shutdownNow();
		}
	}

	@Order(1)
	@DisplayName("the check agrees with Wine")
	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	void checkAgreesWithWine(Variant variant) throws Exception {
		PluginRecipe.Built built = variant.recipe().build();
		Path game = LoadabilityProbe.layOut(variant.folderName(), built.artifact(),
				variant.librariesInGame() ? built.libraryDlls() : Map.of());
		Loadability result = check(variant, built, game);
		LoadabilityProbe.Outcome wine = LoadabilityProbe.run(game, variant.recipe().output());
		report("matrix", variant.label(), wine, result);
		Supplier<String> context = () -> context(variant.recipe(), wine, result);

		assertAll(variant.label(), () -> assertAgreement(wine, result, context),
				() -> assertEquals(variant.expected(), result.verdict(), () -> "expected verdict; " + context.get()),
				() -> assertEquals(new TreeSet<>(variant.expectedProblems()), problems(result),
						() -> "expected kinds of findings; " + context.get()));
	}

	@Order(2)
	@DisplayName("the check's advice works")
	@ParameterizedTest(name = "{0}")
	@MethodSource("variantsToFix")
	void adviceMakesALoadablePlugin(Variant variant) throws Exception {
		PluginRecipe.Built built = variant.recipe().build();
		Path game = LoadabilityProbe.layOut(variant.folderName(), built.artifact(),
				variant.librariesInGame() ? built.libraryDlls() : Map.of());
		Loadability before = check(variant, built, game);
		assertTrue(before.verdict() == Verdict.NOT_AN_NVSE_PLUGIN
				|| before.findings().stream().anyMatch(f -> !(f.fix() instanceof Fix.None)),
				() -> "the check advises nothing for a DLL the game cannot use as it is: " + before.summary());

		PluginRecipeFixes.Applied applied = PluginRecipeFixes.apply(variant.recipe(), before);
		PluginRecipe.Built fixed = applied.recipe().build();
		// A player's game folder: nothing but the game, so a fix that still needs another DLL shows.
		Path fixedGame = LoadabilityProbe.layOut(variant.folderName() + "-fixed", fixed.artifact(), Map.of());
		Loadability after = LoadabilityCheck.forPlayers().check(fixed.artifact());
		LoadabilityProbe.Outcome wine = LoadabilityProbe.run(fixedGame, applied.recipe().output());
		report("advice", variant.label() + " [" + String.join("; ", applied.changes()) + "]", wine, after);
		Supplier<String> context = () -> "after " + applied.changes() + ", advice was:\n  "
				+ before.findings().stream().map(Finding::line).collect(Collectors.joining("\n  ")) + "\n"
				+ context(applied.recipe(), wine, after);

		assertAll(variant.label(),
				() -> assertEquals(Verdict.NVSE_PLUGIN, after.verdict(), () -> "verdict after the fix; " + context.get()),
				() -> assertEquals(List.of(), after.findings().stream().filter(f -> f.severity() != Finding.Severity.INFO)
						.map(Finding::line).toList(), () -> "findings after the fix; " + context.get()),
				() -> assertTrue(wine.listed() && wine.loaded() && wine.callsWork(),
						() -> "Wine after the fix; " + context.get()));
	}

	/**
	 * What Wine did decides which verdicts fit:
	 * <ul>
	 * <li>not listed by xNVSE's *.dll search, or LoadLibrary failed: NOT_LOADABLE;</li>
	 * <li>loaded, neither entry point found: NOT_AN_NVSE_PLUGIN, or NOT_LOADABLE with an ENTRY_POINT finding
	 * (an entry point exported under a look-alike name);</li>
	 * <li>loaded, one entry point found: NOT_LOADABLE (xNVSE skips it);</li>
	 * <li>both found, and calling them as xNVSE does (cdecl) works: NVSE_PLUGIN;</li>
	 * <li>both found, but an entry point pops its own arguments (__stdcall under the plain name): NOT_LOADABLE, since
	 * xNVSE's caller is left with a stack 4 or 8 bytes off;</li>
	 * <li>both found, but a call raises an exception: NOT_LOADABLE, or NVSE_PLUGIN with a warning that says why (a
	 * delay-loaded DLL players lack).</li>
	 * </ul>
	 * This is the rule (NVSE_PLUGIN exactly when listed, loaded and both names found; NOT_AN_NVSE_PLUGIN only
	 * when loaded with neither) with the calls xNVSE makes next taken into account.
	 */
	static void assertAgreement(LoadabilityProbe.Outcome wine, Loadability result, Supplier<String> context) {
		Verdict verdict = result.verdict();
		if (!wine.listed() || !wine.loaded()) {
			assertEquals(Verdict.NOT_LOADABLE, verdict, () -> "xNVSE never loads it; " + context.get());
		} else if (wine.neitherFound()) {
			assertTrue(verdict == Verdict.NOT_AN_NVSE_PLUGIN || verdict == Verdict.NOT_LOADABLE
					&& result.findings().stream().anyMatch(f -> f.problem() == Problem.ENTRY_POINT),
					() -> "loaded without entry points: NOT_AN_NVSE_PLUGIN, or NOT_LOADABLE for a look-alike; "
							+ context.get());
		} else if (!wine.bothFound()) {
			assertEquals(Verdict.NOT_LOADABLE, verdict, () -> "xNVSE skips a DLL without both entry points; "
					+ context.get());
		} else if (wine.stackUnbalanced()) {
			assertEquals(Verdict.NOT_LOADABLE, verdict, () -> "xNVSE calls the entry points as cdecl functions, but"
					+ " these pop their own arguments (__stdcall exported under the plain name), so the game's stack"
					+ " is left off; " + context.get());
		} else if (wine.exception().isPresent()) {
			assertTrue(verdict == Verdict.NOT_LOADABLE || verdict == Verdict.NVSE_PLUGIN && !result.warnings().isEmpty(),
					() -> "an entry point crashes when xNVSE calls it, and the check says nothing of it; " + context.get());
		} else {
			assertTrue(wine.callsWork(), () -> "an entry point returned false; " + context.get());
			assertEquals(Verdict.NVSE_PLUGIN, verdict, () -> "xNVSE loads it and calls both entry points; "
					+ context.get());
		}
	}

	/** The check as the variant's author would run it: for players, or for the game folder the libraries are in. */
	private static Loadability check(Variant variant, PluginRecipe.Built built, Path game) throws IOException {
		LoadabilityCheck check = variant.librariesInGame() ? LoadabilityCheck.forPlayers().inGameFolder(game)
				: LoadabilityCheck.forPlayers();
		Loadability result = check.check(built.artifact());
		if (result.image().isEmpty() && !variant.expectedProblems().contains(Problem.NOT_A_WINDOWS_IMAGE)) {
			fail("the PE reader could not read " + built.artifact() + ": " + result.reason());
		}
		return result;
	}

	private static TreeSet<Problem> problems(Loadability result) {
		return result.findings().stream().map(Finding::problem).collect(Collectors.toCollection(TreeSet::new));
	}

	private static String context(PluginRecipe recipe, LoadabilityProbe.Outcome wine, Loadability result) {
		return "built with: " + recipe.commandLine() + "\n  Wine: " + wine.describe() + "\n  check: "
				+ result.verdict() + (result.findings().isEmpty() ? "" : "\n    "
						+ result.findings().stream().map(f -> f.severity() + " " + f.problem() + ": " + f.line())
								.collect(Collectors.joining("\n    ")));
	}

	/** One line per variant on the console and in matrix.txt: what Wine did, what the check says. */
	private static synchronized void report(String kind, String label, LoadabilityProbe.Outcome wine, Loadability result)
			throws IOException {
		String line = kind + " | " + label + " | Wine: " + wine.describe() + " | check: " + result.verdict()
				+ (result.findings().isEmpty() ? "" : " " + result.findings().stream()
						.map(f -> f.severity() + " " + f.problem()).toList());
		System.out.println(line);
		Files.writeString(REPORT, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}
}
