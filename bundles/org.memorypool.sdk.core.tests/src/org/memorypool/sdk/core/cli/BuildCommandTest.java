// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./sdk build}; the builds are real, with MinGW-w64 (a requirement of the test run). */
class BuildCommandTest {

	@TempDir
	Path dir;

	private final CapturedRun run = new CapturedRun();

	private int sdk(String... args) {
		return run.run(SdkCommandLine.standard(), args);
	}

	private List<String> out() {
		return run.outLines();
	}

	private String err() {
		return run.errText();
	}

	private Path sampleProject(String source) throws IOException {
		Path projectDir = dir.resolve("sample-dll");
		Files.createDirectories(projectDir.resolve("src"));
		for (String file : List.of(".project", ".cproject")) {
			Files.copy(Path.of("testdata/reference", file), projectDir.resolve(file));
		}
		Files.writeString(projectDir.resolve("src/sample.cpp"), source);
		return projectDir;
	}

	@Test
	void buildsTheFirstConfigurationPrintingCdtsCommandsAndTheDll() throws IOException {
		Path projectDir = sampleProject("""
				extern "C" __declspec(dllexport) bool NVSEPlugin_Query(const void*, void*) { return true; }
				extern "C" __declspec(dllexport) bool NVSEPlugin_Load(const void*) { return true; }
				""");
		assertEquals(0, sdk("build", projectDir.toString()), err());
		assertEquals(List.of("Building sample-dll (Debug)",
				"i686-w64-mingw32-g++ -O0 -g3 -Wall -c -fmessage-length=0 -MMD -MP -MF\"src/sample.d\""
						+ " -MT\"src/sample.o\" -o \"src/sample.o\" \"../src/sample.cpp\"",
				"i686-w64-mingw32-g++ -static-libgcc -static-libstdc++ -shared -o \"sample-dll.dll\" ./src/sample.o   ",
				"Built " + projectDir.resolve("Debug/sample-dll.dll")), out());
		assertTrue(Files.isRegularFile(projectDir.resolve("Debug/sample-dll.dll")));
	}

	@Test
	void aHelperDllBuildsWithAWarningThatItIsNoNvsePlugin() throws IOException {
		Path projectDir = sampleProject("extern \"C\" __declspec(dllexport) int answer() { return 42; }\n");
		assertEquals(0, sdk("build", projectDir.toString()), err());
		List<String> lines = out();
		assertTrue(lines.get(lines.size() - 2).startsWith("warning: sample-dll.dll exports neither NVSEPlugin_Query nor"
				+ " NVSEPlugin_Load: xNVSE loads it, finds no entry point and unloads it: to make it a plugin, export both"), lines::toString);
		assertEquals("Built " + projectDir.resolve("Debug/sample-dll.dll"), lines.get(lines.size() - 1));
	}

	@Test
	void aCompileErrorPrintsGccsOutputAndOneLineAndExitsWithOne() throws IOException {
		Path projectDir = sampleProject("int broken = ;\n");
		assertEquals(1, sdk("build", projectDir.toString(), "--config", "Release"));
		List<String> lines = out();
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("../src/sample.cpp:1:14: error:")), lines::toString);
		assertEquals("Build failed: i686-w64-mingw32-g++ exited with code 1 (its output is above)",
				lines.get(lines.size() - 1));
	}

	@Test
	void anUnknownConfigurationListsTheConfigurations() throws IOException {
		Path projectDir = sampleProject("");
		assertEquals(SdkCommandLine.EXIT_USAGE, sdk("build", projectDir.toString(), "--config", "Profile"));
		assertEquals("sdk build: the project sample-dll has no configuration 'Profile': choose one of Debug, Release"
				+ " (usage: ./sdk build <projectDir> [--config Debug|Release])", err());
	}

	@Test
	void wrongArgumentsAreUsageErrors() {
		assertEquals(SdkCommandLine.EXIT_USAGE, sdk("build"));
		assertEquals(SdkCommandLine.EXIT_USAGE, sdk("build", dir.toString(), "--config"));
		assertEquals(SdkCommandLine.EXIT_USAGE, sdk("build", dir.toString(), "--verbose"));
		assertEquals(SdkCommandLine.EXIT_USAGE, sdk("build", dir.resolve("nowhere").toString()));
		assertEquals(List.of("sdk build: give the project folder, e.g. ./sdk build native-plugin",
				"sdk build: --config needs a value, e.g. --config Release",
				"sdk build: unknown option '--verbose': the options are --config <name>",
				"sdk build: there is no folder " + dir.resolve("nowhere")
						+ ": give the folder that holds the project's .project and .cproject"),
				err().lines().map(l -> l.replaceAll(" \\(usage: .*\\)$", "")).toList());
	}

	@Test
	void aFolderThatIsNotAProjectFailsWithWhatToDo() {
		assertEquals(1, sdk("build", dir.toString()));
		assertEquals(List.of("Build failed: " + dir.resolve(".project") + " is missing: " + dir
				+ " is not an Eclipse project: give the folder that holds .project and .cproject, or create the"
				+ " project in Eclipse (File > New > C/C++ Project)"), out());
	}
}
