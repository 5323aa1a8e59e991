// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import org.memorypool.sdk.core.pe.PeVersion;
import java.nio.file.Files;
import java.util.Optional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.RecordingBuildListener;
import org.memorypool.sdk.core.build.BuildMonitor;
import org.memorypool.sdk.core.build.BuildResult;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.build.HeadlessBuilder;
import org.memorypool.sdk.core.loadability.Loadability;
import org.memorypool.sdk.core.loadability.LoadabilityCheck;
import org.memorypool.sdk.core.loadability.Verdict;
import org.memorypool.sdk.core.pe.PeImage;
import org.memorypool.sdk.core.pe.PeReader;

/**
 * Every combination of the options that change the sources, generated and built with MinGW-w64 as CDT would,
 * gives a plugin the game can load, without a compiler warning. The toolchain is a requirement of the test run
 * ({@code ./sdk test} installs it). The builds run in parallel, once, before the checks.
 */
class GeneratedProjectBuildTest {

	/** Not the default 1.0.0: what the DLL's version resource must say. */
	private static final String VERSION = "3.1.4";

	/** One generated project and the configuration built; commands null for the defaults (the two examples). */
	record Variant(String name, boolean memoryPool, Set<NvseMessage> messages, String configuration, boolean coSave,
			List<ScriptCommand> commands) {

		Variant(String name, boolean memoryPool, Set<NvseMessage> messages, String configuration) {
			this(name, memoryPool, messages, configuration, false, null);
		}

		@Override
		public String toString() {
			return name + " (" + configuration + ")";
		}
	}

	record Outcome(Path projectDir, BuildResult result, List<String> console) {
	}

	@TempDir
	static Path parent;

	private static final Map<Variant, Outcome> OUTCOMES = new LinkedHashMap<>();

	static List<Variant> variants() {
		List<Variant> variants = new ArrayList<>();
		Map<String, Set<NvseMessage>> messageSets = new LinkedHashMap<>();
		messageSets.put("NoMessages", Set.of());
		messageSets.put("DefaultMessages", NvseMessage.defaults());
		messageSets.put("AllMessages", EnumSet.allOf(NvseMessage.class));
		for (boolean memoryPool : new boolean[] { true, false }) {
			messageSets.forEach((label, messages) -> variants.add(
					new Variant((memoryPool ? "MemoryPool" : "Plain") + label, memoryPool, messages, "Release")));
		}
		variants.add(new Variant("MemoryPoolAllMessagesDebug", true, EnumSet.allOf(NvseMessage.class), "Debug"));
		variants.add(new Variant("PlainNoMessagesDebug", false, Set.of(), "Debug"));
		variants.add(new Variant("MemoryPoolCoSave", true, NvseMessage.defaults(), "Release", true, null));
		// Co-save without commands or messages: it still sets an opcode base and listens for ExitGame.
		variants.add(new Variant("PlainCoSaveOnly", false, Set.of(), "Debug", true, List.of()));
		variants.add(new Variant("PlainNoCommands", false, NvseMessage.defaults(), "Release", false, List.of()));
		variants.add(new Variant("EveryParameterAndReturnType", false, Set.of(), "Release", false, everyType()));
		return variants;
	}

	/** Commands that together take every parameter type (the second half optional) and return every type. */
	private static List<ScriptCommand> everyType() {
		List<CommandParameter> parameters = new ArrayList<>();
		ParameterType[] types = ParameterType.values();
		for (int i = 0; i < types.length; i++) {
			parameters.add(new CommandParameter("p" + i, types[i], i >= types.length / 2));
		}
		List<ScriptCommand> commands = new ArrayList<>();
		CommandReturn[] returns = CommandReturn.values();
		for (int i = 0; i < returns.length; i++) {
			List<CommandParameter> part = i == 0 ? parameters.subList(0, types.length / 2)
					: i == 1 ? parameters.subList(types.length / 2, types.length) : List.of();
			commands.add(new ScriptCommand("Every" + returns[i].displayName(), "ev" + i, "Takes and returns", part, returns[i]));
		}
		return commands;
	}

	@BeforeAll
	static void generateAndBuildEveryVariant() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			Map<Variant, Future<Outcome>> builds = new LinkedHashMap<>();
			for (Variant variant : variants()) {
				builds.put(variant, pool.submit(() -> build(variant)));
			}
			for (Map.Entry<Variant, Future<Outcome>> build : builds.entrySet()) {
				OUTCOMES.put(build.getKey(), build.getValue().get());
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private static Outcome build(Variant variant) throws Exception {
		ProjectSpec spec = ProjectSpec.defaults(variant.name(), parent).withVersion(VERSION).withUseMemoryPool(variant.memoryPool())
				.withMessages(variant.messages()).withCoSave(variant.coSave())
				// A co-save plugin on 0x2000 is warned about at every build (xNVSE's release builds would keep none).
				.withOpcodeBase(variant.coSave() ? 0x3A00 : 0x2000);
		Path projectDir = Headers.generator().generate(variant.commands() == null ? spec : spec.withCommands(variant.commands()));
		BuildConfiguration configuration = CprojectReader.read(projectDir).configuration(variant.configuration())
				.orElseThrow();
		List<String> console = Collections.synchronizedList(new ArrayList<>());
		BuildResult result = new HeadlessBuilder().build(projectDir, configuration, new RecordingBuildListener(console), BuildMonitor.NONE);
		return new Outcome(projectDir, result, console);
	}

	@ParameterizedTest
	@MethodSource("variants")
	void buildsWithoutWarningsIntoAPluginTheGameCanLoad(Variant variant) throws Exception {
		Outcome outcome = OUTCOMES.get(variant);
		String console = String.join("\n", outcome.console());
		BuildResult.Built built = assertInstanceOf(BuildResult.Built.class, outcome.result(), console);
		Path dll = outcome.projectDir().resolve(variant.configuration()).resolve(variant.name() + ".dll");
		assertEquals(dll, built.artifact());
		assertTrue(outcome.console().stream().noneMatch(l -> l.toLowerCase(Locale.ROOT).contains("warning")), console);
		assertTrue(console.contains("-std=c++17"), console);

		PeImage image = PeReader.read(dll);
		assertTrue(image.isPe32I386(), image::machineName);
		assertTrue(image.dll());
		assertEquals(List.of("NVSEPlugin_Load", "NVSEPlugin_Query"), image.exportNames().stream().sorted().toList());
		assertEquals(List.of(), built.findings(), "the build's loadability check found nothing");
		Loadability loadability = LoadabilityCheck.forPlayers().check(dll);
		assertEquals(Verdict.NVSE_PLUGIN, loadability.verdict(), loadability.findings()::toString);
		assertEquals(List.of(), loadability.findings(), image.imports()::toString);
		// The pre-build step's windres put PluginVersion.h's version in the DLL's version resource.
		assertTrue(console.contains("windres -c 65001 -O coff -o version.res.o ../src/version.rc && { cmp -s version.res.o version.o || cp version.res.o version.o; }"), console);
		assertEquals(Optional.of(new PeVersion(3, 1, 4, 0)), PeReader.fileVersion(Files.readAllBytes(dll), dll.toString()));
	}
}
