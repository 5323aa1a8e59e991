// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deploy or an undo stopped at every step, as a killed process stops (no clean-up code runs): every target is
 * always wholly old or wholly new, and the next deploy or undo finishes or rolls back what was started.
 */
class DeployCrashTest {

	/** Stands for the process dying: an Error, so that no catch of the deployer's runs. */
	private static final class Killed extends Error {
		private static final long serialVersionUID = 1L;
	}

	@TempDir
	Path dir;

	private Path plugin;
	private Path runtime;
	private Path journal;
	private DeployPlan plan;

	/** A plugin that replaces an older one (whose .bak is from the deploy before) and a runtime added new. */
	private void game(Path root) throws IOException {
		Path plugins = Files.createDirectories(root.resolve("game/Data/NVSE/Plugins"));
		plugin = plugins.resolve("Plugin.dll");
		runtime = root.resolve("game/MemoryPoolNVSE.dll");
		Files.writeString(root.resolve("game/FalloutNV.exe"), "the game");
		Files.writeString(plugin, "plugin v1");
		Files.writeString(plugins.resolve("Plugin.dll.bak"), "plugin v0 (the deploy before)");
		Path built = Files.createDirectories(root.resolve("built"));
		Files.writeString(built.resolve("Plugin.dll"), "plugin v2");
		Files.writeString(built.resolve("MemoryPoolNVSE.dll"), "runtime");
		journal = root.resolve("project/.settings/deploy");
		plan = new DeployPlan(List.of(new FileCopy(built.resolve("Plugin.dll"), plugin, true),
				new FileCopy(built.resolve("MemoryPoolNVSE.dll"), runtime, false)), List.of(), List.of(),
				List.of(root.resolve("game")));
	}

	private List<String> steps(ThrowingRun run) throws Exception {
		List<String> names = new ArrayList<>();
		run.run(step -> names.add(step));
		return names;
	}

	@FunctionalInterface
	private interface ThrowingRun {
		void run(Deployer.Steps steps) throws Exception;
	}

	private static Deployer.Steps killAt(int step) {
		int[] count = { 0 };
		return name -> {
			if (count[0]++ == step) {
				throw new Killed();
			}
		};
	}

	private void assertOldOrNew() throws IOException {
		assertTrue(Set.of("plugin v1", "plugin v2").contains(Files.readString(plugin)), "wholly old or wholly new");
		assertTrue(!Files.exists(runtime) || Files.readString(runtime).equals("runtime"), "absent or whole");
	}

	private void assertOld() throws IOException {
		assertEquals("plugin v1", Files.readString(plugin));
		assertFalse(Files.exists(runtime));
		assertLeftNothing();
	}

	private void assertNew() throws IOException {
		assertEquals("plugin v2", Files.readString(plugin));
		assertEquals("runtime", Files.readString(runtime));
		assertEquals("plugin v1", Files.readString(plugin.resolveSibling("Plugin.dll.bak")));
	}

	private void assertLeftNothing() throws IOException {
		try (var files = Files.walk(dir)) {
			// (A journal's .next file, in the project's settings, may stay after a kill before it was renamed.)
			assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".deploying")).toList(), "in the game folder");
		}
	}

	@Test
	void aDeployKilledAtAnyStepIsFinishedByTheNextAndRolledBackByUndo() throws Exception {
		game(dir.resolve("count"));
		List<String> steps = steps(s -> new Deployer(journal, s).apply(plan));
		assertTrue(steps.size() >= 8, steps::toString);
		for (int k = 0; k < steps.size(); k++) {
			for (boolean thenUndo : new boolean[] { false, true }) {
				Path root = dir.resolve("deploy-" + k + "-" + thenUndo);
				game(root);
				try {
					new Deployer(journal, killAt(k)).apply(plan);
					fail("killed at " + steps.get(k));
				} catch (Killed killed) {
					// The process died here.
				}
				assertOldOrNew();
				if (thenUndo) {
					if (Files.exists(journal)) {
						new Deployer(journal).undo();
					}
					assertOld();
				} else {
					new Deployer(journal).apply(plan);
					assertNew();
					new Deployer(journal).undo();
					assertOld();
				}
			}
		}
	}

	/**
	 * A second run that starts while a deploy is copying sees its journal "applying", as after a crash: it must not
	 * roll back the running deploy's files, only say that one is running (found by a newcomer's race, 2026-12-03).
	 */
	@Test
	void aDeployStillRunningIsNotRolledBackByAnother() throws Exception {
		game(dir.resolve("race"));
		List<String> refusals = new ArrayList<>();
		new Deployer(journal, step -> {
			if (step.startsWith("copy ") && refusals.isEmpty()) {
				try {
					new Deployer(journal).rollBackInterrupted();
					refusals.add("(rolled back)");
				} catch (DeployException e) {
					refusals.add(e.getMessage());
				}
			}
		}).apply(plan);
		assertEquals(List.of("Another deploy or undo into " + dir.resolve("race/game") + " is running: wait until it ends,"
				+ " then try again"), refusals);
		assertNew();
	}

	@Test
	void anUndoKilledAtAnyStepIsFinishedByTheNextUndo() throws Exception {
		game(dir.resolve("count"));
		new Deployer(journal).apply(plan);
		List<String> steps = steps(s -> new Deployer(journal, s).undo());
		assertTrue(steps.size() >= 3, steps::toString);
		for (int k = 0; k < steps.size(); k++) {
			game(dir.resolve("undo-" + k));
			new Deployer(journal).apply(plan);
			try {
				new Deployer(journal, killAt(k)).undo();
				fail("killed at " + steps.get(k));
			} catch (Killed killed) {
				// The process died here.
			}
			assertOldOrNew();
			new Deployer(journal).undo();
			assertOld();
		}
	}

	/** A damaged or foreign journal: undo touches nothing outside the folders it records, links followed. */
	@Test
	void aJournalNamingFilesOutsideItsFoldersIsRefusedAndNothingIsDeleted() throws Exception {
		game(dir.resolve("hostile"));
		Path gameRoot = dir.resolve("hostile/game");
		Path victim = Files.writeString(Files.createDirectories(dir.resolve("home")).resolve("notes.dll"), "precious");
		Files.createSymbolicLink(gameRoot.resolve("link"), dir.resolve("home"));
		Files.createDirectories(journal.getParent());
		for (Path target : List.of(victim, gameRoot.resolve("link/notes.dll"))) {
			Files.writeString(journal, "state=done\nroot.0=" + escaped(gameRoot) + "\n0.target=" + escaped(target)
					+ "\n0.replaces=false\n");
			DeployException refused = org.junit.jupiter.api.Assertions.assertThrows(DeployException.class,
					() -> new Deployer(journal).undo());
			assertTrue(refused.getMessage().contains("it was not written by this SDK"), refused.getMessage());
			assertEquals("precious", Files.readString(victim));
		}
		Files.writeString(journal, escaped(victim) + "=false\n");
		org.junit.jupiter.api.Assertions.assertThrows(DeployException.class, () -> new Deployer(journal).undo());
		assertEquals("precious", Files.readString(victim), "the older journal format is held to the same rule");
	}

	/**
	 * A journal whose root is not a game folder is believed only for the layout of Mod Organizer 2's mods folder, and
	 * then undo removes a file only while it holds what the deploy put there.
	 */
	@Test
	void aJournalWhoseRootIsNoGameFolderTouchesOnlyAModsLayoutAndOnlyTheDeploysFiles() throws Exception {
		game(dir.resolve("hostile"));
		Path home = Files.createDirectories(dir.resolve("home"));
		Path notes = Files.writeString(home.resolve("notes.dll"), "precious");
		Path modLike = Files.writeString(Files.createDirectories(home.resolve("Mod/nvse/plugins")).resolve("a.dll"), "mine");
		Files.createDirectories(journal.getParent());
		String digestOfOther = "0".repeat(64);
		for (String entry : List.of("0.target=" + escaped(notes) + "\n0.replaces=false\n0.new=" + digestOfOther,
				"0.target=" + escaped(modLike) + "\n0.replaces=false\n")) {
			Files.writeString(journal, "state=done\nroot.0=" + escaped(home) + "\n" + entry + "\n");
			DeployException refused = org.junit.jupiter.api.Assertions.assertThrows(DeployException.class,
					() -> new Deployer(journal).undo());
			assertTrue(refused.getMessage().contains("it was not written by this SDK"), refused.getMessage());
		}
		Files.writeString(journal, "state=done\nroot.0=" + escaped(home) + "\n0.target=" + escaped(modLike)
				+ "\n0.replaces=false\n0.new=" + digestOfOther + "\nfolder.0=" + escaped(home.resolve("Mod")) + "\n");
		assertEquals(List.of("kept     " + modLike + " (changed since the deploy)"), new Deployer(journal).undo());
		assertEquals("precious", Files.readString(notes));
		assertEquals("mine", Files.readString(modLike), "a file that is not the deploy's stays");
		assertTrue(Files.isDirectory(home.resolve("Mod")));
		Files.writeString(journal, "state=done\nroot.0=" + escaped(home) + "\n0.target=" + escaped(modLike)
				+ "\n0.replaces=false\n0.new=" + digestOfOther + "\nfolder.0=" + escaped(home) + "\n");
		org.junit.jupiter.api.Assertions.assertThrows(DeployException.class, () -> new Deployer(journal).undo(),
				"a created folder must lie inside a root, on the way to a target");
	}

	private static String escaped(Path path) {
		return path.toString().replace("\\", "\\\\");
	}
}
