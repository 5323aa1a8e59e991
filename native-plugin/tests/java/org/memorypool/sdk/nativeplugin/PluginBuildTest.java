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
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memorypool.sdk.core.cli.SdkCommandLine;

/**
 * MemoryPoolNVSE.dll builds from a clean copy of the CDT project with the SDK's headless builder (./sdk build),
 * without a single compiler warning. A clean copy, because the module's own build folders are incremental.
 */
class PluginBuildTest {

	@TempDir
	Path dir;

	@DisplayName("MemoryPoolNVSE.dll builds from scratch without warnings")
	@ParameterizedTest(name = "[{0}]")
	@EnumSource(Configuration.class)
	void buildsWithoutWarnings(Configuration configuration) throws Exception {
		Path project = dir.resolve("MemoryPoolNVSE");
		for (String item : List.of(".project", ".cproject", "MemoryPoolNVSE.def", "src", "include")) {
			copy(NativePlugin.DIR.resolve(item), project.resolve(item));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		int exit = SdkCommandLine.standard().run(new String[] { "build", project.toString(), "--config", configuration.name() }, print, print);
		String output = out.toString(StandardCharsets.UTF_8);
		assertEquals(0, exit, output);
		assertEquals(List.of(), output.lines().filter(l -> l.contains("warning:")).toList(), output);
		assertTrue(Files.isRegularFile(project.resolve(configuration.name()).resolve("MemoryPoolNVSE.dll")), output);
	}

	private static void copy(Path from, Path to) throws Exception {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					Files.copy(file, target);
				}
			}
		}
	}
}
