// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

/**
 * Where a name read from a project file becomes a path, on a Windows-style file system (Jimfs): the SDK's IDE side
 * runs there unchanged, and Windows' rules (both separators, drive letters, characters it refuses) must keep a
 * project's outputs inside it there too.
 */
class WindowsPathRulesTest {

	private FileSystem windows;
	private Path project;

	@BeforeEach
	void projectOnDriveC() throws Exception {
		windows = Jimfs.newFileSystem(Configuration.windows());
		project = TestProjects.copy("reference", windows.getPath("C:\\work\\sample-dll"));
	}

	@AfterEach
	void close() throws Exception {
		windows.close();
	}

	private BuildConfiguration release() throws Exception {
		return CprojectReader.read(project, Map.<String, String>of()::get).configuration("Release").orElseThrow();
	}

	@Test
	void configurationNamesThatLeaveOrCannotBeAFolderOnWindowsAreRefused() throws Exception {
		BuildConfiguration release = release();
		assertEquals(Optional.empty(), BuildPaths.problem(release, project));
		assertEquals(project.resolve("Release"), BuildPlan.of(release, project).buildDir());
		for (String name : List.of("..\\..\\evil", "../evil", "C:\\evil", "D:evil", "Rel:ease", "Re|lease", "a\\..\\..\\x",
				"Re\"lease", "Release?")) {
			assertTrue(BuildPaths.problem(release.withName(name), project).isPresent(), name);
		}
		assertEquals(Optional.empty(), BuildPaths.problem(release.withName("x64\\Release"), project), "inside: allowed");
	}

	@Test
	void artifactNamesThatLeaveTheBuildFolderAreRefused() throws Exception {
		Path cproject = project.resolve(".cproject");
		String text = Files.readString(cproject);
		for (String name : List.of("..\\..\\evil", "C:\\Windows\\System32\\evil", "\\\\server\\share\\evil", "a<b")) {
			Files.writeString(cproject, text.replace("artifactName=\"${ProjName}\"", "artifactName=\"" + name.replace("<", "&lt;")
					+ "\""));
			assertTrue(BuildPaths.problem(release(), project).isPresent(), name);
		}
	}

	@Test
	void compilerDiagnosticsNameWindowsPathsOnTheProjectsFileSystem() {
		CompilerOutputParser parser = new CompilerOutputParser(project.resolve("Release"));
		assertEquals(Optional.of(project.resolve("src\\main.cpp")),
				parser.parse("..\\src\\main.cpp:3:1: error: x").orElseThrow().file());
		assertEquals(Optional.of(windows.getPath("D:\\other\\x.h")), parser.parse("D:\\other\\x.h:1:1: warning: y")
				.orElseThrow().file());
		assertEquals(Optional.empty(), parser.parse("a<b.c:1:1: error: z").orElseThrow().file(),
				"a name Windows cannot hold is no file");
	}
}
