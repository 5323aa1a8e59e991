// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.project.ProjectGenerator;
import org.memorypool.sdk.core.project.ProjectSpec;

/** {@code ./sdk package} on projects the SDK generates, built for real with MinGW-w64 (a requirement of the test run). */
class PackageCommandTest {

	private static final Path HEADER = Path.of(System.getProperty("memorypool.header")).toAbsolutePath();

	@TempDir
	Path dir;

	private final CapturedRun run = new CapturedRun();

	private Path project(String name, boolean memoryPool) throws Exception {
		return new ProjectGenerator(HEADER, HEADER.resolveSibling("nvse_plugin.h")).generate(ProjectSpec
				.defaults(name, Files.createDirectories(dir.resolve("workspace"))).withVersion("2.5.1").withUseMemoryPool(memoryPool));
	}

	private int sdk(String... args) {
		run.clear();
		return run.run(new SdkCommandLine(List.of(new PackageCommand())), args);
	}

	/** The archive's entries, in order, with their content. */
	private static Map<String, byte[]> entries(Path zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipFile file = new ZipFile(zip.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(file.entries())) {
				entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
			}
		}
		return entries;
	}

	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.list(folder)) {
			return walk.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void writesTheDllUnderNvsePluginsAndAReadmeNamingTheRuntimeIntoTheBuildFolder() throws Exception {
		Path projectDir = project("MyPlugin", true);
		assertEquals(0, sdk("package", projectDir.toString()), run.errText() + run.outLines());
		Path zip = projectDir.resolve("Release/MyPlugin-2.5.1.zip");
		List<String> lines = run.outLines();
		assertEquals("Building MyPlugin (Release)", lines.get(0));
		assertEquals("Wrote " + zip + " (NVSE/Plugins/MyPlugin.dll, MyPlugin-README.txt; the MemoryPool runtime is a"
				+ " requirement named in the readme, not inside)", lines.get(lines.size() - 1));
		Map<String, byte[]> entries = entries(zip);
		assertEquals(List.of("NVSE/Plugins/MyPlugin.dll", "MyPlugin-README.txt"), new ArrayList<>(entries.keySet()));
		assertArrayEquals(Files.readAllBytes(projectDir.resolve("Release/MyPlugin.dll")), entries.get("NVSE/Plugins/MyPlugin.dll"));
		String readme = new String(entries.get("MyPlugin-README.txt"), StandardCharsets.UTF_8);
		assertTrue(readme.startsWith("MyPlugin 2.5.1 - an NVSE plugin for Fallout: New Vegas\r\n"), readme);
		assertTrue(readme.contains("- the MemoryPool runtime (MemoryPoolNVSE.dll and jemalloc.dll in Data/NVSE/Plugins)"), readme);
		assertTrue(entries.keySet().stream().noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("jemalloc")
				|| n.contains("MemoryPoolNVSE")), "the runtime is never inside");
		assertTrue(files(zip.getParent()).stream().noneMatch(f -> f.endsWith(".part")), "no partial archive left");
		// For sharing: the permissions any new file gets here (the umask's), not a temporary file's private 0600.
		Path fresh = Files.writeString(dir.resolve("fresh.txt"), "");
		assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(zip));
	}

	@Test
	void aPluginWithoutMemoryPoolNeedsOnlyNvseAndOutputGoesWhereAsked() throws Exception {
		Path projectDir = project("Plain", false);
		Path output = dir.resolve("releases");
		assertEquals(0, sdk("package", projectDir.toString(), "--output", output.toString(), "--config", "Debug"),
				run.errText() + run.outLines());
		assertEquals(List.of("Plain-2.5.1.zip"), files(output));
		assertTrue(run.outLines().contains("warning: this archive holds the Debug build, under the same name a Release archive"
				+ " gets: give players the Release one"), run.outLines().toString());
		String readme = new String(entries(output.resolve("Plain-2.5.1.zip")).get("Plain-README.txt"), StandardCharsets.UTF_8);
		assertTrue(readme.contains("xNVSE") && !readme.contains("MemoryPool"), readme);
	}

	@Test
	void aBuildThatFailsWritesNoArchive() throws Exception {
		Path projectDir = project("Broken", false);
		Files.writeString(projectDir.resolve("src/main.cpp"), "this is not C++\n", StandardCharsets.UTF_8);
		assertEquals(1, sdk("package", projectDir.toString()));
		List<String> lines = run.outLines();
		assertTrue(lines.get(lines.size() - 1).startsWith("Not packaged: the build failed: "), lines::toString);
		try (Stream<Path> walk = Files.walk(projectDir)) {
			assertEquals(List.of(), walk.filter(p -> p.toString().endsWith(".zip") || p.toString().endsWith(".part")).toList());
		}
	}
}
