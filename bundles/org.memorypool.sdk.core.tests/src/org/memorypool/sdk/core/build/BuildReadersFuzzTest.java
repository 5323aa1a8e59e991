// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.Fuzzer;

/**
 * The build's readers of project files and tool output, fuzzed from real inputs (see {@link Fuzzer}): each ends in
 * time and memory with a result or its declared exception.
 */
class BuildReadersFuzzTest {

	private static final Path RECORDED = Path.of("testdata/cdt-recorded");

	@TempDir
	Path dir;

	private static List<byte[]> files(String... paths) {
		List<byte[]> seeds = new ArrayList<>();
		for (String path : paths) {
			seeds.add(Fuzzer.bytes(Path.of("testdata").resolve(path)));
		}
		return seeds;
	}

	private static List<byte[]> texts(String... texts) {
		return java.util.Arrays.stream(texts).map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
	}

	@Test
	void cprojectReader() throws Exception {
		Path project = Files.createDirectories(dir.resolve("p"));
		Files.copy(RECORDED.resolve("env/.project"), project.resolve(".project"));
		List<byte[]> seeds = files("reference/.cproject", "cdt-recorded/env/.cproject", "cdt-recorded/refs/.cproject",
				"cdt-recorded/resconfig/.cproject", "cdt-recorded/Lib/.cproject", "cdt-recorded/mingwso/.cproject",
				"cdt-recorded/internal/.cproject", "cdt-recorded/steps-libs/.cproject");
		Fuzzer fuzzer = new Fuzzer("cproject", seeds, List.of("<option ", "superClass=\"", "${", "}", "workspace_loc:/",
				"<fileInfo resourcePath=\"", "excluding=\"", "**/", "&amp;", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;",
				"<externalSettings containerId=\"", "prebuildStep=\"", "$(", "name=\"../"), Set.of(CdtProjectException.class));
		Fuzzer.ran(fuzzer.run(1, input -> {
			Files.write(project.resolve(".cproject"), input);
			for (BuildConfiguration configuration : CprojectReader.read(project, Map.of("NVSE_SDK", "/opt/sdk")::get)
					.configurations()) {
				BuildPaths.problem(configuration, project);
				BuildPlan.of(configuration, project);
			}
		}), seeds);
	}

	@Test
	void projectAndEnvironmentFiles() throws Exception {
		Path project = Files.createDirectories(dir.resolve("p"));
		Files.copy(RECORDED.resolve("env/.cproject"), project.resolve(".cproject"));
		Files.createDirectories(project.resolve(".settings"));
		List<byte[]> seeds = files("cdt-recorded/linked/.project", "cdt-recorded/env/.settings/org.eclipse.cdt.core.prefs");
		Fuzzer fuzzer = new Fuzzer("project-settings", seeds, List.of("<link>", "<locationURI>", "PARENT-9-PROJECT_LOC/",
				"<variable>", "\\u0000", "\\", "=", "/operation=", "/value=${", "environment/project/"),
				Set.of(CdtProjectException.class));
		Path dotProject = project.resolve(".project");
		Path prefs = project.resolve(CdtEnvironmentSettings.FILE);
		Fuzzer.ran(fuzzer.run(2, input -> {
			boolean isProject = input.length > 0 && input[0] == '<';
			Files.write(isProject ? dotProject : prefs, input);
			if (isProject) {
				Files.copy(RECORDED.resolve("env/.settings/org.eclipse.cdt.core.prefs"), prefs,
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			} else {
				Files.copy(RECORDED.resolve("linked/.project"), dotProject, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			CprojectReader.read(project, Map.<String, String>of()::get);
		}), seeds);
	}

	@Test
	void compilerOutput() throws Exception {
		List<byte[]> seeds = texts("../src/main.cpp:12:5: error: 'x' was not declared in this scope",
				"In file included from ../src/a.h:3,", "/usr/bin/i686-w64-mingw32-ld: ./src/main.o:main.cpp:(.text+0x1f): undefined reference to `f'",
				"C:\\p\\src\\x.c:3000000000:1: warning: w", "collect2: error: ld returned 1 exit status",
				"src/ldtest.c:3000000000: undefined reference to `f'");
		CompilerOutputParser parser = new CompilerOutputParser(dir);
		Fuzzer fuzzer = new Fuzzer("compiler-output", seeds, List.of(":", ": error: ", "ld: ", ":(", "):", "C:"), Set.of());
		Fuzzer.ran(fuzzer.run(3, input -> parser.parseAll(new String(input, StandardCharsets.UTF_8))), seeds);
	}

	@Test
	void dependencyFilesAndCommandHistory() throws Exception {
		Path build = Files.createDirectories(dir.resolve("Release"));
		List<byte[]> seeds = texts("src/main.o: ../src/main.cpp ../src/a\\ b.h \\\n ../inc/x.h\n\n../inc/x.h:\n",
				"#Command lines\nsrc/main.o=i686-w64-mingw32-g++ -O3 -c -o \"src/main.o\" \"../src/main.cpp\"\n");
		Fuzzer fuzzer = new Fuzzer("dependency-history", seeds, List.of("\\", ":", "\\u12", "\n", " \\\n"), Set.of());
		Path d = build.resolve("x.d");
		Fuzzer.ran(fuzzer.run(4, input -> {
			Files.write(d, input);
			DependencyFile.prerequisites(d, build);
			Files.write(build.resolve(CommandHistory.FILE_NAME), input);
			CommandHistory.load(build, List.of(build.resolve("src/main.o"))).changed(build.resolve("src/main.o"), ToolCommand.of("g++"));
		}), seeds);
	}

	@Test
	void stepsPatternsAndIncludeLines() throws Exception {
		List<byte[]> seeds = texts("echo $$HOME $(BUILD_ARTIFACT) ${RM} $@", "*a*a*a*a*b\u0000a/aaaa/b.c",
				"  #  include \"sub/x.h\" // c", "mkdir -p ../obj && gcc -c 'a b' \"c;d\"");
		Fuzzer fuzzer = new Fuzzer("steps-patterns", seeds, List.of("$", "$(", "${", "**", "*", "?", "/", "\"", "'", ";",
				"&&", "#include <"), Set.of(IllegalArgumentException.class));
		Fuzzer.ran(fuzzer.run(5, input -> {
			String text = new String(input, StandardCharsets.UTF_8);
			int split = Math.max(0, text.indexOf('\u0000'));
			ExclusionPattern.matches(text.substring(0, split), text.substring(split));
			IncludeScanner.includedName(text);
			ShellWords.split(text);
			BuildSteps.internalBuilderProblem(text, "pre-build");
			MakeRecipe.expand(text, Map.of("RM", "rm -rf"), Map.of("HOME", "/home/u"), "pre-build");
		}), seeds);
	}

}
