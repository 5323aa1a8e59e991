// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildPlanTest {

	@TempDir
	Path dir;

	private BuildPlan plan(Path projectDir, String configuration) throws Exception {
		return BuildPlan.of(CprojectReader.read(projectDir).configuration(configuration).orElseThrow(), projectDir);
	}

	private static List<String> texts(BuildPlan plan) {
		List<String> texts = new ArrayList<>();
		plan.compileSteps().forEach(s -> texts.add(s.command().text()));
		texts.add(plan.linkStep().command().text());
		return texts;
	}

	@Test
	void releaseOfTheReferenceIsExactlyWhatCdtRan() throws Exception {
		Path projectDir = referenceWithSample();
		// The README of the reference quotes CDT 12.2's console: the indented lines.
		List<String> cdtRan = Files.readAllLines(TestProjects.testdata("reference").resolve("README.md")).stream()
				.filter(l -> l.startsWith("    ")).map(String::strip).toList();
		assertEquals(2, cdtRan.size());
		// The README's quotes lost the blanks CDT's makefile leaves at the end of a link line (testdata/cdt-recorded
		// keeps them, and CdtRecordedCommandsTest compares them).
		assertEquals(cdtRan, texts(plan(projectDir, "Release")).stream().map(String::stripTrailing).toList());
	}

	@Test
	void debugOfTheReferenceCompilesWithoutOptimizationAndWithFullDebugInfo() throws Exception {
		assertEquals(List.of(
				"i686-w64-mingw32-g++ -O0 -g3 -Wall -c -fmessage-length=0 -MMD -MP -MF\"src/sample.d\""
						+ " -MT\"src/sample.o\" -o \"src/sample.o\" \"../src/sample.cpp\"",
				"i686-w64-mingw32-g++ -static-libgcc -static-libstdc++ -shared -o \"sample-dll.dll\" ./src/sample.o   "),
				texts(plan(referenceWithSample(), "Debug")));
	}

	@Test
	void argumentsAreWhatTheShellMakesOfTheText() throws Exception {
		BuildPlan plan = plan(referenceWithSample(), "Release");
		assertEquals(List.of("i686-w64-mingw32-g++", "-O3", "-Wall", "-c", "-fmessage-length=0", "-MMD", "-MP",
				"-MFsrc/sample.d", "-MTsrc/sample.o", "-o", "src/sample.o", "../src/sample.cpp"),
				plan.compileSteps().get(0).command().arguments());
		assertEquals(List.of("i686-w64-mingw32-g++", "-static-libgcc", "-static-libstdc++", "-shared", "-o",
				"sample-dll.dll", "./src/sample.o"), plan.linkStep().command().arguments());
		assertEquals(dir.resolve("sample-dll/Release"), plan.buildDir());
		assertEquals(dir.resolve("sample-dll/Release/sample-dll.dll"), plan.linkStep().output());
	}

	@Test
	void optionsComeInCdtsOrderAndExcludedSourcesAreLeftOut() throws Exception {
		Path projectDir = optionsWithSources();
		String include = "-I\"" + projectDir.resolve("include") + "\" -I\"${workspace_loc:/nvse/src}\"";
		// The options file holds no optimization or debugging option: CDT takes the GNU defaults (cdt-recorded/absent).
		String cpp = "i686-w64-mingw32-g++ -std=c++17 -DWIN32 -DVERSION=2 " + include
				+ " -O2 -g -pedantic -Wall -Wextra -c -fmessage-length=0 -fno-exceptions -MMD -MP";
		BuildPlan plan = plan(projectDir, "Debug");
		// The folder order, the assembler's command and its place are what CDT 12.5 printed for the same layout
		// (testdata/cdt-recorded/order).
		assertEquals(List.of(
				cpp + " -MF\"src/old/keep.d\" -MT\"src/old/keep.o\" -o \"src/old/keep.o\" \"../src/old/keep.cpp\"",
				cpp + " -MF\"src/b/helper.d\" -MT\"src/b/helper.o\" -o \"src/b/helper.o\" \"../src/b/helper.cc\"",
				"i686-w64-mingw32-gcc -c -o \"src/asm.o\" \"../src/asm.S\"",
				cpp + " -MF\"src/main.d\" -MT\"src/main.o\" -o \"src/main.o\" \"../src/main.cpp\"",
				"i686-w64-mingw32-gcc -std=c11 -DC_ONLY -O2 -g -Wall -c -fmessage-length=0 -MMD -MP"
						+ " -MF\"src/util.d\" -MT\"src/util.o\" -o \"src/util.o\" \"../src/util.c\"",
				"i686-w64-mingw32-g++ -L\"" + projectDir.resolve("lib")
						+ "\" -static-libgcc -static-libstdc++ -shared -o \"libplugin-Debug.dll\" ./src/old/keep.o "
						+ " ./src/b/helper.o  ./src/asm.o ./src/main.o ./src/util.o    \"" + projectDir.resolve("lib/extra.o")
						+ "\" -lpsapi -lversion"),
				texts(plan));
		assertEquals(List.of(), plan.skipped());
		assertEquals(List.of(projectDir.resolve("Debug/src/old/keep.o"), projectDir.resolve("Debug/src/b/helper.o"),
				projectDir.resolve("Debug/src/asm.o"), projectDir.resolve("Debug/src/main.o"),
				projectDir.resolve("Debug/src/util.o"), projectDir.resolve("lib/extra.o")), plan.linkStep().inputs());
	}

	@Test
	void withoutSourceEntriesTheWholeProjectIsBuiltSkippingDotFolders() throws Exception {
		Path projectDir = optionsWithSources();
		TestProjects.write(projectDir.resolve(".settings/generated.cpp"), "");
		List<String> sources = plan(projectDir, "Release").compileSteps().stream()
				.map(s -> projectDir.relativize(s.source()).toString()).toList();
		// Folders in reverse of the order the walk meets their first source (asm.S counts): docs, src, src/b,
		// src/experimental, src/old; as CDT 12.5 ordered them (testdata/cdt-recorded/order).
		assertEquals(List.of("src/old/keep.cpp", "src/old/legacy.cpp", "src/experimental/x.cpp", "src/b/helper.cc",
				"src/asm.S", "src/main.cpp", "src/util.c", "docs/notes.cpp"), sources);
	}

	@Test
	void shellWordsRemoveQuotesAndEscapes() {
		assertEquals(List.of("-MFsrc/a b.d", "x y", "a b", "-DNAME=\"v\"", "$(LIBS)"),
				ShellWords.split("  -MF\"src/a b.d\" 'x y'  a\\ b -DNAME=\\\"v\\\" $(LIBS) "));
	}

	private Path referenceWithSample() throws IOException {
		Path projectDir = TestProjects.copy("reference", dir.resolve("sample-dll"));
		TestProjects.write(projectDir.resolve("src/sample.cpp"), "");
		return projectDir;
	}

	private Path optionsWithSources() throws IOException {
		Path projectDir = TestProjects.copy("options", dir.resolve("plugin"));
		for (String source : List.of("src/main.cpp", "src/util.c", "src/b/helper.cc", "src/experimental/x.cpp",
				"src/old/legacy.cpp", "src/old/keep.cpp", "src/asm.S", "src/plugin.h", "docs/notes.cpp",
				"lib/extra.o")) {
			TestProjects.write(projectDir.resolve(source), "");
		}
		return projectDir;
	}
}
