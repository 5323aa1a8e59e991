// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memorypool.sdk.core.cli.SdkCommandLine;
import org.memorypool.sdk.core.project.NvseMessage;
import org.memorypool.sdk.core.project.ProjectGenerator;
import org.memorypool.sdk.core.project.ProjectSpec;

/**
 * Every combination of the wizard's features (MemoryPool, the example commands, the co-save, the event handler), each
 * built in Debug and in Release with no warning, and run under Wine by the test host as the game (tests/plugin_host.cpp),
 * with MemoryPoolNVSE.dll and jemalloc.dll installed when the plugin uses MemoryPool: every host check passes, the
 * commands return their values, the co-save comes back, the handler runs. Messages alternate between all and none.
 */
class GeneratedPluginMatrixWineTest {

	private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);
	private static final Path PROJECTS = NativePlugin.TARGET.resolve("generated-matrix");
	private static final Path GAMES = GameFolder.ROOT.resolve("generated-matrix");
	private static final Map<Variant, String> BUILD_OUTPUT = new LinkedHashMap<>();

	record Variant(boolean memoryPool, boolean commands, boolean coSave, boolean events, String configuration) {

		String name() {
			return "Mx" + (memoryPool ? "P" : "") + (commands ? "C" : "") + (coSave ? "S" : "") + (events ? "E" : "")
					+ configuration.charAt(0);
		}

		boolean allMessages() {
			return ((memoryPool ? 1 : 0) + (commands ? 1 : 0) + (coSave ? 1 : 0) + (events ? 1 : 0)) % 2 == 0;
		}

		@Override
		public String toString() {
			return (memoryPool ? "MemoryPool" : "plain") + (commands ? ", commands" : "") + (coSave ? ", co-save" : "")
					+ (events ? ", events" : "") + (allMessages() ? ", every message" : ", no messages") + " (" + configuration + ")";
		}
	}

	static Stream<Variant> variants() {
		List<Variant> variants = new ArrayList<>();
		for (int bits = 0; bits < 16; bits++) {
			for (String configuration : List.of("Debug", "Release")) {
				variants.add(new Variant((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, configuration));
			}
		}
		return variants.stream();
	}

	@BeforeAll
	static void generateAndBuildAll() throws Exception {
		GameFolder.emptied(PROJECTS);
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			Map<Variant, Future<String>> builds = new LinkedHashMap<>();
			for (Variant variant : variants().toList()) {
				builds.put(variant, pool.submit(() -> build(variant)));
			}
			for (Map.Entry<Variant, Future<String>> build : builds.entrySet()) {
				BUILD_OUTPUT.put(build.getKey(), build.getValue().get());
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private static String build(Variant variant) throws Exception {
		ProjectSpec spec = ProjectSpec.defaults(variant.name(), PROJECTS).withUseMemoryPool(variant.memoryPool())
				.withMessages(variant.allMessages() ? EnumSet.allOf(NvseMessage.class) : Set.of())
				.withCoSave(variant.coSave()).withEventHandler(variant.events())
				// A base of its own where the co-save needs one (on 0x2000 xNVSE's release builds keep none).
				.withOpcodeBase(variant.coSave() ? 0x3A00 : 0x2000);
		if (!variant.commands()) {
			spec = spec.withCommands(List.of());
		}
		Path project = new ProjectGenerator(NativePlugin.API_HEADER, NativePlugin.DIR.resolve("include/nvse_plugin.h"))
				.generate(spec);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		int exit = SdkCommandLine.standard().run(new String[] { "build", project.toString(), "--config",
				variant.configuration() }, print, print);
		String output = out.toString(StandardCharsets.UTF_8);
		return exit == 0 ? output : "exit " + exit + "\n" + output;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	void buildsWithoutWarningsAndPassesTheHost(Variant variant) throws Exception {
		String output = BUILD_OUTPUT.get(variant);
		assertTrue(!output.startsWith("exit ") && output.contains("Built "), output);
		assertEquals(List.of(), output.lines().filter(l -> l.contains("warning")).toList(), output);

		Path folder = GameFolder.emptied(GAMES.resolve(variant.name()));
		Files.copy(TestPrograms.get().pluginHost, folder.resolve("FalloutNV.exe"));
		Path plugins = Files.createDirectories(folder.resolve("Data/NVSE/Plugins"));
		Files.copy(PROJECTS.resolve(variant.name()).resolve(variant.configuration()).resolve(variant.name() + ".dll"),
				plugins.resolve(variant.name() + ".dll"));
		if (variant.memoryPool()) {
			Files.copy(Configuration.Release.pluginDll(), plugins.resolve("MemoryPoolNVSE.dll"));
			Files.copy(TestPrograms.get().jemalloc, folder.resolve("jemalloc.dll"));
		}
		List<String> command = new ArrayList<>(List.of(NativeTools.require("wine"), "FalloutNV.exe"));
		if (variant.commands()) {
			command.addAll(List.of("--call", variant.name() + "GetVersion => 16777216", "--call",
					variant.name() + "AddNumbers 2.5 4 => 6.5"));
		}
		Command.Result result = WinePrefix.forRun(false).run(command, folder, RUN_TIMEOUT, GameFolder.hostOutput(folder));
		String log = readLog(folder.resolve(variant.name() + ".log"));
		String report = variant + "\n" + result.describe() + "--- plugin log ---\n" + log;
		assertEquals(0, result.exitCode(), report);
		assertTrue(result.output().contains("0 failed"), report);
		assertEquals(variant.commands(), result.output().contains("ok call " + variant.name() + "AddNumbers"), report);
		assertEquals(variant.coSave(), log.contains("Co-save: loaded; this save was loaded 1 time(s); notes: started with "
				+ variant.name() + " 1.0.0"), report);
		assertEquals(variant.events(), log.contains("Events: handling OnHit") && log.contains("(hit 3)"), report);
		if (variant.memoryPool()) {
			assertTrue(result.output().contains("ok runtime-blocks-returned"), report);
		}
	}

	private static String readLog(Path log) throws IOException {
		return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8).replace("\r\n", "\n") : "(no log)";
	}
}
