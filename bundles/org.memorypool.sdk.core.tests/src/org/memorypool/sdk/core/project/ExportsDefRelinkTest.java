// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.BuildMonitor;
import org.memorypool.sdk.core.build.BuildResult;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.build.HeadlessBuilder;
import org.memorypool.sdk.core.build.RecordingBuildListener;

/**
 * The loadability check's advice "list NVSEPlugin_Load under EXPORTS in the .def file" must take effect at the next
 * build: a generated project names ../exports.def in its linker flags, and an edit of it relinks the DLL.
 */
class ExportsDefRelinkTest {

	@TempDir
	Path dir;

	@Test
	void anEditedExportsDefRelinksTheDll() throws Exception {
		Path projectDir = Headers.generator().generate(ProjectSpec.defaults("DefPlugin", dir));
		BuildConfiguration release = CprojectReader.read(projectDir).configuration("Release").orElseThrow();
		List<String> console = new ArrayList<>();
		HeadlessBuilder builder = new HeadlessBuilder();
		assertTrue(assertInstanceOf(BuildResult.Built.class, build(builder, projectDir, release, console)).linked());
		assertEquals(false, assertInstanceOf(BuildResult.Built.class, build(builder, projectDir, release, console)).linked(),
				"nothing changed: " + console);

		Path def = projectDir.resolve("exports.def");
		FileTime dll = Files.getLastModifiedTime(projectDir.resolve("Release/DefPlugin.dll"));
		Files.writeString(def, Files.readString(def) + "\n");
		Files.setLastModifiedTime(def, FileTime.fromMillis(dll.toMillis() + 2000));
		BuildResult.Built built = assertInstanceOf(BuildResult.Built.class, build(builder, projectDir, release, console));
		assertTrue(built.linked(), "the edited .def file is a link input: " + console);
		assertEquals(List.of(), built.compiled());
	}

	private static BuildResult build(HeadlessBuilder builder, Path projectDir, BuildConfiguration configuration,
			List<String> console) throws Exception {
		console.clear();
		return builder.build(projectDir, configuration, new RecordingBuildListener(console), BuildMonitor.NONE);
	}
}
