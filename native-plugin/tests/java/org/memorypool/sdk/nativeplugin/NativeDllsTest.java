// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.memorypool.sdk.core.cli.SdkCommandLine;
import org.memorypool.sdk.core.pe.PeCode;
import org.memorypool.sdk.core.pe.PeImage;
import org.memorypool.sdk.core.pe.PeReader;

/** The DLLs players install: loadable by the 32-bit game, needing nothing beyond Windows, exporting what they should. */
class NativeDllsTest {

	/** Windows system DLLs every player has; MinGW's runtime DLLs are not among them. */
	private static final Set<String> SYSTEM_DLLS = Set.of("kernel32.dll", "msvcrt.dll", "user32.dll", "advapi32.dll");
	private static final Pattern RESOLVED_JE_NAME = Pattern.compile("\"(je_\\w+)\"");

	/** Relative to the module folder, which makes readable test names. */
	static Stream<Path> dlls() {
		return Stream.concat(Stream.of(Configuration.values()).map(Configuration::pluginDll),
				Stream.of(NativePlugin.built(NativePlugin.JEMALLOC_DLL))).map(NativePlugin.DIR::relativize);
	}

	@DisplayName("is a PE32 i386 DLL")
	@ParameterizedTest(name = "[{0}]")
	@MethodSource("dlls")
	void isPe32I386Dll(Path dll) throws Exception {
		PeImage image = PeReader.read(NativePlugin.DIR.resolve(dll));
		assertTrue(image.isPe32I386() && image.dll(),
				() -> dll + " is a " + image.formatName() + " for " + image.machineName());
	}

	@DisplayName("imports Windows system DLLs only")
	@ParameterizedTest(name = "[{0}]")
	@MethodSource("dlls")
	void importsWindowsSystemDllsOnly(Path dll) throws Exception {
		PeImage image = PeReader.read(NativePlugin.DIR.resolve(dll));
		List<String> others = image.imports().stream().filter(i -> !SYSTEM_DLLS.contains(i.toLowerCase(Locale.ROOT)))
				.toList();
		assertEquals(List.of(), others, () -> dll + " imports DLLs outside " + SYSTEM_DLLS + ": " + image.imports());
	}

	@DisplayName("MemoryPoolNVSE.dll exports exactly the NVSE entry points and MemoryPool.h's functions")
	@ParameterizedTest(name = "[{0}]")
	@EnumSource(Configuration.class)
	void pluginExportsNvseEntryPointsAndTheApi(Configuration configuration) throws Exception {
		List<String> api = ApiHeader.functionNames();
		assertTrue(api.contains("MemoryPoolMalloc"), () -> "MemoryPool.h declarations not recognised: " + api);
		Set<String> expected = new TreeSet<>(api);
		expected.addAll(List.of("NVSEPlugin_Query", "NVSEPlugin_Load"));
		assertEquals(expected, new TreeSet<>(PeReader.read(configuration.pluginDll()).exportNames()));
	}

	@Test
	@DisplayName("jemalloc.dll exports every je_ function the plugin resolves")
	void jemallocExportsWhatThePluginResolves() throws Exception {
		List<String> resolved = RESOLVED_JE_NAME.matcher(Files.readString(NativePlugin.JEMALLOC_LOADER)).results()
				.map(m -> m.group(1)).toList();
		assertTrue(resolved.containsAll(List.of("je_malloc", "je_free", "je_mallctl")),
				() -> "jemalloc_loader.cpp's je_ names not recognised: " + resolved);
		List<String> missing = new ArrayList<>(resolved);
		missing.removeAll(PeReader.read(NativePlugin.built(NativePlugin.JEMALLOC_DLL)).exportNames());
		assertEquals(List.of(), missing, "je_ functions jemalloc.dll does not export");
	}

	/**
	 * The hot path as it was when its throughput was measured within 1% of je_malloc on a real CPU (native-plugin/README.md,
	 * "Benchmark"): in the Release build MemoryPoolMalloc and MemoryPoolFree are each one {@code jmp dword ptr [abs32]}
	 * (opcode FF 25) through the pointer the allocator choice set, so a call costs je_malloc's plus one jump. The tests'
	 * VM emulates the CPU and cannot time a 2% difference; this keeps what was timed from changing unnoticed.
	 */
	@Test
	@DisplayName("Release MemoryPoolMalloc and MemoryPoolFree are one indirect jump each")
	void releaseHotPathIsOneIndirectJump() throws Exception {
		Path dll = Configuration.Release.pluginDll();
		Map<String, PeCode> code = PeReader.exportedCode(PeReader.load(dll), dll.toString(),
				List.of("MemoryPoolMalloc", "MemoryPoolFree"), 6);
		for (String function : List.of("MemoryPoolMalloc", "MemoryPoolFree")) {
			PeCode start = code.get(function);
			assertTrue(start != null && start.executable() && start.bytes().length == 6, () -> function + " not found as code");
			assertEquals("ff25", HexFormat.of().formatHex(start.bytes(), 0, 2),
					() -> function + " starts " + HexFormat.of().formatHex(start.bytes()) + ", not with jmp dword ptr [address]");
		}
	}

	@DisplayName("./sdk inspect's verdict and version: MemoryPoolNVSE.dll an NVSE plugin (0) with MemoryPool.h's version, jemalloc.dll a DLL that is none (3)")
	@ParameterizedTest(name = "[{0}]")
	@MethodSource("dlls")
	void inspectGivesTheGamesVerdict(Path dll) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = SdkCommandLine.standard().run(new String[] { "inspect", NativePlugin.DIR.resolve(dll).toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
		boolean jemalloc = dll.getFileName().toString().equals("jemalloc.dll");
		assertEquals(jemalloc ? 3 : 0, status, () -> out.toString(StandardCharsets.UTF_8));
		assertTrue(out.toString(StandardCharsets.UTF_8).lines().noneMatch(l -> l.startsWith("error: ") || l.startsWith("warning: ")),
				() -> out.toString(StandardCharsets.UTF_8));
		// MemoryPoolNVSE.dll's version resource (src/version.rc, from MemoryPool.h's version macros); jemalloc.dll has none.
		String version = jemalloc ? "none (the DLL has no version resource)" : ApiHeader.pluginVersion() + ".0";
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("\n  version: " + version + "\n"),
				() -> out.toString(StandardCharsets.UTF_8));
	}
}
