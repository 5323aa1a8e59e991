package org.memorypool.sdk.core.project;

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

	/** One generated project and the configuration built. */
	record Variant(String name, boolean memoryPool, Set<NvseMessage> messages, String configuration) {

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
		return variants;
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
		Path projectDir = Headers.generator().generate(ProjectSpec.defaults(variant.name(), parent)
				.withUseMemoryPool(variant.memoryPool()).withMessages(variant.messages()));
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
	}
}
