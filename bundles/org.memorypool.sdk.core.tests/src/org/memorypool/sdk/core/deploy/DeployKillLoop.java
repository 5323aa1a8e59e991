// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Deploys and undoes, again and again, until killed: the process {@link DeployKillTest} kills with SIGKILL at a
 * random moment. Arguments: the journal, the built plugin and runtime, the plugin and runtime in the game, the game.
 */
public final class DeployKillLoop {

	private DeployKillLoop() {
	}

	public static void main(String[] args) throws Exception {
		Path journal = Path.of(args[0]);
		Path plugin = Path.of(args[3]);
		DeployPlan plan = new DeployPlan(List.of(new FileCopy(Path.of(args[1]), plugin, true),
				new FileCopy(Path.of(args[2]), Path.of(args[4]), false)), List.of(), List.of(), List.of(Path.of(args[5])));
		System.out.println("ready");
		System.out.flush();
		while (true) {
			new Deployer(journal).apply(plan);
			new Deployer(journal).undo();
			if (!Files.exists(plugin)) {
				throw new IllegalStateException("the plugin went missing");
			}
		}
	}
}
