// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memorypool.sdk.core.build.CompilerDiagnostic.Severity;

/**
 * The parser on what MinGW-w64 really prints for broken sources, compiled as CDT compiles them (from the build
 * folder, sources named {@code ../src/...}) in a folder whose name has spaces; and on lines as MinGW prints them on
 * Windows. The toolchain is a requirement of the test run ({@code ./sdk test} installs it).
 */
class CompilerOutputParserTest {

	private static final Path WINDOWS_BUILD = Path.of("C:/Users/Jane Doe/My Plugin/Debug");

	@TempDir
	Path dir;

	private Path project;
	private Path buildDir;
	private CompilerOutputParser parser;

	@BeforeEach
	void projectWithSpaces() throws IOException {
		project = dir.resolve("my workspace/My Plugin");
		buildDir = Files.createDirectories(project.resolve("Debug"));
		Files.createDirectories(project.resolve("src"));
		parser = new CompilerOutputParser(buildDir);
	}

	private Path source(String name, String text) throws IOException {
		return Files.writeString(project.resolve("src").resolve(name), text);
	}

	/** Runs MinGW's g++ in the build folder, in the C locale for plain quotes, and returns what it printed. */
	private String gxx(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("i686-w64-mingw32-g++"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(buildDir.toFile()).redirectErrorStream(true);
		builder.environment().put("LC_ALL", "C");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return output;
	}

	private static CompilerDiagnostic at(Path file, int line, int column, Severity severity, String message) {
		return new CompilerDiagnostic(Optional.of(file), line, column, severity, message);
	}

	private static CompilerDiagnostic nowhere(Severity severity, String message) {
		return new CompilerDiagnostic(Optional.empty(), 0, 0, severity, message);
	}

	@Test
	void errorsWarningsAndNotesOfTheCompilerWithTheirFilesLinesAndColumns() throws Exception {
		Path header = source("broken header.h", "int h = ;\n");
		Path main = source("main file.cpp", "#include \"broken header.h\"\nint f() { int unused = 1; return undeclared; }\n"
				+ "void take(int* p);\nvoid call() { take(\"text\"); }\n");
		String output = gxx("-O0", "-g3", "-Wall", "-c", "-fmessage-length=0", "-o", "src/main file.o", "../src/main file.cpp");
		assertEquals(List.of(at(header, 1, 9, Severity.ERROR, "expected primary-expression before ';' token"),
				at(main, 2, 34, Severity.ERROR, "'undeclared' was not declared in this scope"),
				at(main, 2, 15, Severity.WARNING, "unused variable 'unused' [-Wunused-variable]"),
				at(main, 4, 20, Severity.ERROR, "cannot convert 'const char*' to 'int*'"),
				at(main, 3, 16, Severity.NOTE, "initializing argument 1 of 'void take(int*)'")), parser.parseAll(output), output);
	}

	@Test
	void aMissingHeaderOrSourceIsAFatalError() throws Exception {
		Path main = source("main.cpp", "#include \"missing.h\"\n");
		String output = gxx("-c", "-o", "main.o", "../src/main.cpp") + gxx("-c", "-o", "other.o", "../src/other.cpp");
		assertEquals(List.of(at(main, 1, 10, Severity.ERROR, "missing.h: No such file or directory"),
				nowhere(Severity.ERROR, "../src/other.cpp: No such file or directory")), parser.parseAll(output), output);
	}

	@Test
	void undefinedReferencesOfTheLinkerWithAndWithoutDebuggingInformation() throws Exception {
		Path main = source("main.cpp", "int missing();\nextern \"C\" __declspec(dllexport) int answer() {\n\treturn missing();\n}\n");
		String debug = gxx("-g3", "-c", "-o", "debug.o", "../src/main.cpp") + gxx("-shared", "-o", "debug.dll", "debug.o");
		assertEquals(List.of(at(main, 3, 0, Severity.ERROR, "undefined reference to `missing()'"),
				nowhere(Severity.ERROR, "ld returned 1 exit status")), parser.parseAll(debug), debug);
		String release = gxx("-O2", "-c", "-o", "release.o", "../src/main.cpp") + gxx("-shared", "-o", "release.dll", "release.o");
		assertEquals(List.of(nowhere(Severity.ERROR, "main.cpp: undefined reference to `missing()'"),
				nowhere(Severity.ERROR, "ld returned 1 exit status")), parser.parseAll(release), release);
	}

	static Stream<Arguments> lines() {
		return Stream.of(
				Arguments.of("C:\\Users\\Jane Doe\\My Plugin\\src\\main.cpp:12:5: error: 'x' was not declared in this scope",
						Optional.of(at(Path.of("C:\\Users\\Jane Doe\\My Plugin\\src\\main.cpp"), 12, 5, Severity.ERROR,
								"'x' was not declared in this scope"))),
				Arguments.of("../src/main.cpp:7:1: warning: no return statement [-Wreturn-type]",
						Optional.of(at(Path.of("C:/Users/Jane Doe/My Plugin/src/main.cpp"), 7, 1, Severity.WARNING,
								"no return statement [-Wreturn-type]"))),
				Arguments.of("D:/src/x.cpp:4: error: an old gcc names no column",
						Optional.of(at(Path.of("D:/src/x.cpp"), 4, 0, Severity.ERROR, "an old gcc names no column"))),
				Arguments.of("C:/msys64/mingw32/bin/../lib/gcc/i686-w64-mingw32/13.2.0/../../../../i686-w64-mingw32/bin/ld.exe:"
						+ " ./src/main.o:main.cpp:(.text+0x1f): undefined reference to `foo'",
						Optional.of(nowhere(Severity.ERROR, "main.cpp: undefined reference to `foo'"))),
				Arguments.of("C:/Users/Jane Doe/My Plugin/Debug/../src/main.cpp:9: undefined reference to `bar()'",
						Optional.of(at(Path.of("C:/Users/Jane Doe/My Plugin/src/main.cpp"), 9, 0, Severity.ERROR,
								"undefined reference to `bar()'"))),
				Arguments.of("C:/msys64/mingw32/bin/ld.exe: cannot find -lnvse: No such file or directory",
						Optional.of(nowhere(Severity.ERROR, "cannot find -lnvse: No such file or directory"))),
				Arguments.of("/usr/bin/i686-w64-mingw32-ld: warning: cannot find entry symbol _DllMainCRTStartup@12",
						Optional.of(nowhere(Severity.WARNING, "cannot find entry symbol _DllMainCRTStartup@12"))),
				Arguments.of("collect2.exe: error: ld returned 1 exit status",
						Optional.of(nowhere(Severity.ERROR, "ld returned 1 exit status"))),
				Arguments.of("i686-w64-mingw32-g++: error: unrecognized command-line option '-fwhatever'",
						Optional.of(nowhere(Severity.ERROR, "unrecognized command-line option '-fwhatever'"))),
				Arguments.of("In file included from C:\\Users\\Jane Doe\\My Plugin\\src\\main.cpp:1:", Optional.empty()),
				Arguments.of("                 from ../src/main.cpp:2:", Optional.empty()),
				Arguments.of("C:/msys64/mingw32/bin/ld.exe: ./src/main.o: in function `answer':", Optional.empty()),
				Arguments.of("../src/main.cpp: In function 'int f()':", Optional.empty()),
				Arguments.of("    2 | int f() { return x; }", Optional.empty()),
				Arguments.of("compilation terminated.", Optional.empty()),
				Arguments.of("i686-w64-mingw32-g++ -O0 -g3 -Wall -c -o \"src/main.o\" \"../src/main.cpp\"", Optional.empty()));
	}

	@ParameterizedTest
	@MethodSource("lines")
	void linesAsMingwPrintsThemOnWindows(String line, Optional<CompilerDiagnostic> expected) {
		assertEquals(expected, new CompilerOutputParser(WINDOWS_BUILD).parse(line));
	}
}
