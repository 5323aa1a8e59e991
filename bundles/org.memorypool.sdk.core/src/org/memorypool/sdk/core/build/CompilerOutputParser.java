// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.memorypool.sdk.core.build.CompilerDiagnostic.Severity;

/**
 * Reads gcc's, g++'s and ld's output, one line at a time as the build prints it, into {@link CompilerDiagnostic}s.
 * Lines that only give context (source excerpts, {@code In file included from}, {@code In function}) are not
 * diagnostics. File names may have spaces and Windows drive letters; relative ones, e.g. {@code ../src/x.cpp} as
 * CDT's commands name sources, are resolved against the build folder the tools ran in.
 */
public final class CompilerOutputParser {

	/** An optional drive letter, then anything up to the first colon: gcc prints file names as it was given them. */
	private static final String FILE = "(?<file>(?:[A-Za-z]:)?[^:]+?)";
	/** {@code file:line[:column]: severity: message}, as gcc prints its diagnostics. */
	private static final Pattern LOCATED = Pattern.compile("^" + FILE
			+ ":(?<line>\\d+)(?::(?<column>\\d+))?: (?<severity>fatal error|error|warning|note): (?<message>.*)$");
	/** ld with debugging information: {@code file:line: undefined reference to `f()'}. */
	private static final Pattern LINKER_LOCATED = Pattern.compile("^" + FILE
			+ ":(?<line>\\d+): (?<message>(?:undefined reference to|multiple definition of|first defined here).*)$");
	/** {@code program: severity: message}, e.g. {@code cc1plus: fatal error: ...} or {@code collect2: error: ...}. */
	private static final Pattern PROGRAM = Pattern.compile(
			"^[\\w.+-]+: (?<severity>fatal error|error|warning|note): (?<message>.*)$");
	/** The linker's own lines start with its path, e.g. {@code /usr/bin/i686-w64-mingw32-ld: } or {@code ...\ld.exe: }. */
	private static final Pattern LINKER = Pattern.compile("^.*?\\bld(?:\\.exe)?: (?<rest>.*)$");
	/** ld without debugging information: {@code object:source:(section+offset): message}. */
	private static final Pattern LINKER_SECTION = Pattern.compile(
			"^(?:[A-Za-z]:)?[^:]+?:(?<source>[^:]+?):\\([^)]*\\): (?<message>.*)$");
	private static final Pattern DRIVE_ABSOLUTE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

	private final Path buildDir;

	/** @param buildDir the folder the tools ran in, {@code <project>/<configuration>} for CDT's builds */
	public CompilerOutputParser(Path buildDir) {
		this.buildDir = buildDir;
	}

	/** The diagnostics in a tool's whole output, e.g. {@link BuildResult.Failed#output()}, in order. */
	public List<CompilerDiagnostic> parseAll(String output) {
		return output.lines().map(this::parse).flatMap(Optional::stream).toList();
	}

	/** The diagnostic one line of output states, if it states one. */
	public Optional<CompilerDiagnostic> parse(String line) {
		if (line.startsWith("In file included from ") || line.startsWith(" ")) {
			return Optional.empty(); // context of the diagnostic that follows, or a source excerpt under one
		}
		Matcher m = LOCATED.matcher(line);
		if (m.matches()) {
			return Optional.of(new CompilerDiagnostic(file(m.group("file")), number(m.group("line")),
					m.group("column") == null ? 0 : number(m.group("column")), severity(m.group("severity")),
					m.group("message").strip())); // a note's message may be indented under its error
		}
		m = LINKER_LOCATED.matcher(line);
		if (m.matches()) {
			Severity severity = m.group("message").startsWith("first defined here") ? Severity.NOTE : Severity.ERROR;
			return Optional.of(new CompilerDiagnostic(file(m.group("file")), number(m.group("line")), 0, severity,
					m.group("message")));
		}
		m = PROGRAM.matcher(line);
		if (m.matches()) {
			return Optional.of(unlocated(severity(m.group("severity")), m.group("message")));
		}
		m = LINKER.matcher(line);
		if (m.matches()) {
			return linker(m.group("rest"));
		}
		return Optional.empty();
	}

	private static Optional<CompilerDiagnostic> linker(String rest) {
		if (rest.endsWith(":")) {
			return Optional.empty(); // "x.o: in function `f':", the context of the next line
		}
		if (rest.startsWith("warning: ")) {
			return Optional.of(unlocated(Severity.WARNING, rest.substring("warning: ".length())));
		}
		Matcher m = LINKER_SECTION.matcher(rest);
		if (m.matches()) {
			// Only the source's name is known, not its folder: say it, without guessing the file.
			return Optional.of(unlocated(Severity.ERROR, m.group("source") + ": " + m.group("message")));
		}
		return Optional.of(unlocated(Severity.ERROR, rest));
	}

	/**
	 * A line or column number as printed; 0 (none) when it does not fit: {@code #line 3000000000} makes gcc and ld print
	 * such numbers, and the diagnostic still belongs to its file.
	 */
	private static int number(String digits) {
		if (digits.length() > 10) {
			return 0;
		}
		long value = Long.parseLong(digits);
		return value > Integer.MAX_VALUE ? 0 : (int) value;
	}

	private static CompilerDiagnostic unlocated(Severity severity, String message) {
		return new CompilerDiagnostic(Optional.empty(), 0, 0, severity, message);
	}

	private static Severity severity(String word) {
		return switch (word) {
		case "warning" -> Severity.WARNING;
		case "note" -> Severity.NOTE;
		default -> Severity.ERROR;
		};
	}

	private Optional<Path> file(String name) {
		try {
			Path path = DRIVE_ABSOLUTE.matcher(name).matches() || name.startsWith("/") || name.startsWith("\\")
					? buildDir.getFileSystem().getPath(name)
					: buildDir.resolve(name);
			return Optional.of(path.normalize());
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}
}
