// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9}: a separate JVM deploys and undoes in a loop (large files, so a kill lands mid-copy as often
 * as between files) and is killed at random moments; after each kill the game holds the old or the new plugin whole,
 * and the next deploy, or an undo, leaves it as it should.
 */
class DeployKillTest {

	private static final int KILLS = 12;
	private static final int SIZE = 8 * 1024 * 1024;

	@TempDir
	Path dir;

	@Test
	void killedAtRandomMomentsTheGameAlwaysHasAWholePluginAndTheNextRunRecovers() throws Exception {
		byte[] v1 = filled((byte) 1);
		byte[] v2 = filled((byte) 2);
		byte[] runtimeBytes = filled((byte) 3);
		Random random = new Random(7);
		int midDeploy = 0;
		int withJournal = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			Path root = Files.createDirectories(dir.resolve("run" + kill));
			Path plugins = Files.createDirectories(root.resolve("game/Data/NVSE/Plugins"));
			Path plugin = plugins.resolve("Plugin.dll");
			Path runtime = root.resolve("game/MemoryPoolNVSE.dll");
			Files.writeString(root.resolve("game/FalloutNV.exe"), "the game");
			Files.write(plugin, v1);
			Path builtPlugin = Files.write(root.resolve("Plugin.dll"), v2);
			Path builtRuntime = Files.write(root.resolve("MemoryPoolNVSE.dll"), runtimeBytes);
			Path journal = root.resolve("project/.settings/deploy");

			String classpath = String.join(File.pathSeparator, Path.of("../org.memorypool.sdk.core/target/classes")
					.toAbsolutePath().toString(), Path.of("target/classes").toAbsolutePath().toString());
			Process loop = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					classpath, DeployKillLoop.class.getName(), journal.toString(), builtPlugin.toString(),
					builtRuntime.toString(), plugin.toString(), runtime.toString(), root.resolve("game").toString())
					.redirectErrorStream(true).start();
			BufferedReader out = new BufferedReader(new InputStreamReader(loop.getInputStream()));
			assertEquals("ready", out.readLine());
			Thread.sleep(20 + random.nextInt(400));
			loop.destroyForcibly(); // SIGKILL
			assertTrue(loop.waitFor(10, TimeUnit.SECONDS));

			byte[] now = Files.readAllBytes(plugin);
			assertTrue(Arrays.equals(now, v1) || Arrays.equals(now, v2), "kill " + kill + ": the plugin is whole");
			assertTrue(!Files.exists(runtime) || Arrays.equals(Files.readAllBytes(runtime), runtimeBytes),
					"kill " + kill + ": the runtime is absent or whole");
			if (Files.exists(journal)) {
				withJournal++;
				midDeploy += Files.readString(journal).contains("state=applying") ? 1 : 0;
			}
			if (kill % 2 == 0) {
				new Deployer(journal).apply(new DeployPlan(List.of(new FileCopy(builtPlugin, plugin, true),
						new FileCopy(builtRuntime, runtime, false)), List.of(), List.of(), List.of(root.resolve("game"))));
				assertTrue(Arrays.equals(Files.readAllBytes(plugin), v2));
				assertTrue(Arrays.equals(Files.readAllBytes(runtime), runtimeBytes));
			} else if (Files.exists(journal)) {
				new Deployer(journal).undo();
				assertTrue(Arrays.equals(Files.readAllBytes(plugin), v1));
				assertFalse(Files.exists(runtime));
			}
		}
		System.out.println("kill -9 loop: " + KILLS + " kills, " + midDeploy + " in the middle of a deploy");
		// Between a deploy's start and its undo's end the journal exists: nearly every kill lands there.
		assertTrue(withJournal > 0, "no kill landed while a deploy or an undo was under way");
	}

	private static byte[] filled(byte value) {
		byte[] bytes = new byte[SIZE];
		Arrays.fill(bytes, value);
		return bytes;
	}
}
