// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds real DLLs with MinGW-w64. The toolchain is a requirement of the test run ({@code ./sdk test} installs
 * it), so its absence fails these tests rather than skipping them.
 */
class MingwBuildTest {

	static final String SAMPLE_CPP = """
			#include "sample.h"
			extern "C" __declspec(dllexport) bool NVSEPlugin_Query(const void*, void*) { return true; } extern "C" __declspec(dllexport) bool NVSEPlugin_Load(const void*) { return true; }
			extern "C" __declspec(dllexport) int memorypool_answer() {
				return ANSWER;
			}
			""";

	@TempDir
	Path dir;

	private final List<String> console = new ArrayList<>();

	@BeforeAll
	static void mingwIsInstalled() {
		assertTrue(new ProcessToolRunner().isAvailable("i686-w64-mingw32-g++", System.getenv()),
				"i686-w64-mingw32-g++ is not on PATH: install it with 'sudo apt-get install g++-mingw-w64-i686'"
						+ " (./sdk test installs it)");
	}

	private Path sampleProject() throws IOException {
		Path projectDir = TestProjects.copy("reference", dir.resolve("sample-dll"));
		TestProjects.write(projectDir.resolve("src/sample.h"), "#define ANSWER 42\n");
		TestProjects.write(projectDir.resolve("src/sample.cpp"), SAMPLE_CPP);
		return projectDir;
	}

	private BuildResult build(Path projectDir) throws Exception {
		console.clear();
		BuildConfiguration release = CprojectReader.read(projectDir).configuration("Release").orElseThrow();
		return new HeadlessBuilder().build(projectDir, release, new RecordingBuildListener(console), BuildMonitor.NONE);
	}

	@Test
	void buildsAWindowsDllWithCdtsCommandsAndThenOnlyWhatChanged() throws Exception {
		Path projectDir = sampleProject();
		BuildResult.Built built = assertInstanceOf(BuildResult.Built.class, build(projectDir));
		Path dll = projectDir.resolve("Release/sample-dll.dll");
		assertEquals(dll, built.artifact());
		byte[] content = Files.readAllBytes(dll);
		assertArrayEquals("MZ".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(content, 2));
		assertTrue(new String(content, StandardCharsets.ISO_8859_1).contains("memorypool_answer"),
				"the export table names the function");
		List<String> cdtRan = Files.readAllLines(TestProjects.testdata("reference").resolve("README.md")).stream()
				.filter(l -> l.startsWith("    ")).map(String::strip).toList();
		// The README's quotes lost the blanks CDT's makefile leaves at the end of a link line.
		assertEquals(cdtRan, console.stream().map(String::stripTrailing).toList());
		assertEquals(List.of("src/sample.o: ../src/sample.cpp ../src/sample.h"),
				Files.readAllLines(projectDir.resolve("Release/src/sample.d")).subList(0, 1));

		built = assertInstanceOf(BuildResult.Built.class, build(projectDir));
		assertEquals(List.of(), built.compiled());
		assertEquals(List.of(), console, "nothing runs when nothing changed");

		FileTime objectTime = Files.getLastModifiedTime(projectDir.resolve("Release/src/sample.o"));
		Files.setLastModifiedTime(projectDir.resolve("src/sample.h"),
				FileTime.fromMillis(objectTime.toMillis() + 2000));
		built = assertInstanceOf(BuildResult.Built.class, build(projectDir));
		assertEquals(List.of(projectDir.resolve("src/sample.cpp")), built.compiled());
		assertEquals(cdtRan, console.stream().map(String::stripTrailing).toList(),
				"a changed header recompiles its source, then the DLL is linked again");
	}

	@Test
	void aCompileErrorCarriesGccsMessage() throws Exception {
		Path projectDir = sampleProject();
		TestProjects.write(projectDir.resolve("src/sample.cpp"), SAMPLE_CPP + "int broken = ;\n");
		BuildResult.Failed failed = assertInstanceOf(BuildResult.Failed.class, build(projectDir));
		assertEquals(1, failed.exitCode());
		assertTrue(failed.output().startsWith("../src/sample.cpp:6:14: error: expected primary-expression"),
				failed.output());
		assertTrue(console.containsAll(failed.output().lines().toList()), "the console got gcc's output too");
		assertTrue(Files.notExists(projectDir.resolve("Release/sample-dll.dll")));
	}
}
