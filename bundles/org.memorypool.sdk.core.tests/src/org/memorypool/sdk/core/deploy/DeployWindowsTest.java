// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.pe.PeReaderTestData;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

/** Deploy and undo on a Windows-style file system (Jimfs): drive letters, backslashes, names in another case. */
class DeployWindowsTest {

	@Test
	void deployAndUndoOnWindowsKeepTheGameFolderAsWindowsSeesIt() throws Exception {
		try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows().toBuilder().setRoots("C:\\", "D:\\").build())) {
			Path root = Files.createDirectories(windows.getPath("D:\\Games\\Fallout New Vegas"));
			Files.writeString(root.resolve("FalloutNV.exe"), "MZ");
			Path plugins = Files.createDirectories(root.resolve("data\\nvse\\plugins"));
			Path plugin = Files.write(Files.createDirectories(windows.getPath("C:\\work\\MyMod\\Release")).resolve("MyMod.dll"),
					PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll")));
			Path memoryPool = Files.write(windows.getPath("C:\\work\\MemoryPoolNVSE.dll"),
					PeReaderTestData.plugin(0x14C, false, List.of("msvcrt.dll")));
			Path jemalloc = Files.write(windows.getPath("C:\\work\\jemalloc.dll"),
					PeReaderTestData.plugin(0x14C, false, List.of("USER32.dll")));
			GameLayout game = new GameLayout(root);
			Deployer deployer = new Deployer(windows.getPath("C:\\Users\\jane\\AppData\\Local\\MemoryPoolSDK\\deploys\\x.properties"));

			deployer.apply(new DeployPlanner(memoryPool, jemalloc).plan(plugin, "MyMod", true,
					new DeployTarget(game, Optional.empty())));
			assertTrue(Files.isRegularFile(plugins.resolve("MyMod.dll")), "into the existing data\\nvse\\plugins");
			try (var top = Files.list(root)) {
				assertEquals(List.of("FalloutNV.exe", "data", "jemalloc.dll"),
						top.map(p -> p.getFileName().toString()).sorted().toList(), "no second Data folder");
			}
			assertTrue(Files.isRegularFile(root.resolve("jemalloc.dll")));

			deployer.undo();
			try (var left = Files.list(plugins)) {
				assertEquals(List.of(), left.toList());
			}
			assertFalse(Files.exists(root.resolve("jemalloc.dll")));
		}
	}
}
