// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.game.GameLayout;
import org.memorypool.sdk.core.loadability.Loadability;
import org.memorypool.sdk.core.loadability.Verdict;
import org.memorypool.sdk.core.pe.PeReaderTestData;

class DeployTest {

	@TempDir
	Path dir;

	private GameLayout game;
	private DeployTarget target;
	private Path plugin;
	private DeployPlanner planner;
	private Deployer deployer;

	@BeforeEach
	void fakeGameAndBuiltPlugin() throws Exception {
		game = new GameLayout(Files.createDirectories(dir.resolve("Fallout New Vegas")));
		Files.writeString(game.exe(), "MZ");
		target = new DeployTarget(game, Optional.empty());
		plugin = Files.write(Files.createDirectories(dir.resolve("MyMod/Release")).resolve("MyMod.dll"),
				PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll")));
		Path memoryPool = Files.write(dir.resolve("MemoryPoolNVSE.dll"), PeReaderTestData.plugin(0x14C, false, List.of("msvcrt.dll")));
		Path jemalloc = Files.write(dir.resolve("jemalloc.dll"), PeReaderTestData.plugin(0x14C, false, List.of("USER32.dll")));
		planner = new DeployPlanner(memoryPool, jemalloc);
		deployer = new Deployer(dir.resolve("MyMod/.settings/last-deploy.properties"));
	}

	private Map<String, String> snapshot(Path root) throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.toList()) {
				files.put(root.relativize(p).toString(), Files.isDirectory(p) ? "<dir>" : java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
			}
		}
		return files;
	}

	private void assertRefusedAndUnchanged(String message, Path pluginDll, DeployTarget where) throws Exception {
		Map<String, String> before = snapshot(dir);
		DeployException e = assertThrows(DeployException.class, () -> deployer.apply(planner.plan(pluginDll, "MyMod", true, where)));
		assertTrue(e.getMessage().contains(message), e.getMessage());
		assertEquals(before, snapshot(dir), "a refusal must change nothing");
	}

	@Test
	void firstDeployAddsThePluginAndTheRuntime() throws Exception {
		DeployPlan plan = planner.plan(plugin, "MyMod", true, target);
		assertEquals(List.of("added    " + game.pluginsFolder().resolve("MyMod.dll"), "added    " + game.memoryPoolPlugin(),
				"added    " + game.jemalloc()), plan.describe());
		deployer.apply(plan);
		assertArrayEquals(Files.readAllBytes(plugin), Files.readAllBytes(game.pluginsFolder().resolve("MyMod.dll")));
		assertTrue(Files.exists(game.memoryPoolPlugin()) && Files.exists(game.jemalloc()));
		assertTrue(planner.plan(plugin, "MyMod", true, target).copies().isEmpty(), "a second deploy has nothing to copy");
	}

	@Test
	void withoutMemoryPoolOnlyThePluginIsDeployed() throws Exception {
		deployer.apply(planner.plan(plugin, "MyMod", false, target));
		assertFalse(Files.exists(game.memoryPoolPlugin()));
		assertFalse(Files.exists(game.jemalloc()));
	}

	@Test
	void anUpdateKeepsABackupAndUndoRestoresIt() throws Exception {
		deployer.apply(planner.plan(plugin, "MyMod", false, target));
		byte[] first = Files.readAllBytes(plugin);
		Files.write(plugin, PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll", "USER32.dll")));
		DeployPlan update = planner.plan(plugin, "MyMod", false, target);
		assertEquals(List.of("updated  " + game.pluginsFolder().resolve("MyMod.dll") + " (previous one kept as MyMod.dll.bak)"), update.describe());
		deployer.apply(update);
		Path deployed = game.pluginsFolder().resolve("MyMod.dll");
		assertArrayEquals(first, Files.readAllBytes(deployed.resolveSibling("MyMod.dll.bak")));
		assertEquals(List.of("restored " + deployed), deployer.undo());
		assertArrayEquals(first, Files.readAllBytes(deployed));
		assertFalse(Files.exists(deployed.resolveSibling("MyMod.dll.bak")));
		assertEquals("There is no deploy to undo", assertThrows(DeployException.class, deployer::undo).getMessage());
	}

	/**
	 * The #12 trial: undo of one project's deploy removed the runtime another project's deploy relied on. Each project
	 * has its journal in the same folder; the other's records the runtime it found in place.
	 */
	@Test
	void undoKeepsTheRuntimeAnotherProjectsLastDeployUses() throws Exception {
		deployer.apply(planner.plan(plugin, "MyMod", true, target));
		Path other = Files.write(Files.createDirectories(dir.resolve("Other/Release")).resolve("Other.dll"),
				PeReaderTestData.plugin(0x14C, false, List.of("USER32.dll")));
		Deployer otherDeployer = new Deployer(dir.resolve("MyMod/.settings/other-project.properties"));
		DeployPlan otherPlan = planner.plan(other, "Other", true, target);
		assertEquals(List.of(game.memoryPoolPlugin(), game.jemalloc()), otherPlan.unchanged());
		otherDeployer.apply(otherPlan);

		List<String> undone = deployer.undo();
		assertTrue(undone.contains("kept     " + game.memoryPoolPlugin() + " (another project's last deploy uses it too)"),
				undone::toString);
		assertTrue(Files.exists(game.memoryPoolPlugin()) && Files.exists(game.jemalloc()));
		assertFalse(Files.exists(game.pluginsFolder().resolve("MyMod.dll")));

		otherDeployer.undo();
		assertTrue(Files.exists(game.memoryPoolPlugin()), "the other project's undo removes only what it added");
	}

	/** The #12 trial: --mods given the instance folder put the mods where MO2 never looks. */
	@Test
	void anInstanceFolderGivenAsModsFolderIsRefusedNamingItsModsFolder() throws Exception {
		Path modList = portableInstance("+Other\r\n");
		Path instance = modList.getParent().getParent().getParent();
		assertRefusedAndUnchanged(instance + " is a Mod Organizer 2 instance (it holds ModOrganizer.ini), not its mods"
				+ " folder: give " + instance.resolve("mods"), plugin, new DeployTarget(game, Optional.of(instance)));
	}

	/** The second trial: the user's own jemalloc.dll.bak was overwritten by the deploy's backup and lost by undo. */
	@Test
	void aBakFileThisProjectDidNotMakeIsKeptUnderAnotherName() throws Exception {
		Files.writeString(game.jemalloc(), "old");
		Files.writeString(game.jemalloc().resolveSibling("jemalloc.dll.bak"), "the user's own backup");
		List<String> notes = deployer.apply(planner.plan(plugin, "MyMod", true, target));
		assertEquals(List.of("kept     " + game.jemalloc().resolveSibling("jemalloc.dll.bak") + " as jemalloc.dll.bak.1"
				+ " (this deploy did not make it)"), notes);
		deployer.undo();
		assertEquals("old", Files.readString(game.jemalloc()));
		assertEquals("the user's own backup", Files.readString(game.jemalloc().resolveSibling("jemalloc.dll.bak.1")));
	}

	@Test
	void aTargetFarLargerThanAnyDllIsRefusedBeforeItIsCopied() throws Exception {
		try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(game.jemalloc().toFile(), "rw")) {
			huge.setLength(3L * 1024 * 1024 * 1024); // sparse
		}
		DeployException e = assertThrows(DeployException.class, () -> planner.plan(plugin, "MyMod", true, target));
		assertTrue(e.getMessage().endsWith("is 3072 MB, larger than any DLL the game loads: move it out of the game folder,"
				+ " then deploy again"), e.getMessage());
		assertEquals(3L * 1024 * 1024 * 1024, Files.size(game.jemalloc()));
		assertFalse(Files.exists(game.jemalloc().resolveSibling("jemalloc.dll.bak")));
	}

	@Test
	void aModsFolderInsideTheGameIsRefused() throws Exception {
		Path inside = Files.createDirectories(game.root().resolve("Data"));
		assertRefusedAndUnchanged("lies in the game folder, where MO2's mods must not be", plugin,
				new DeployTarget(game, Optional.of(inside)));
	}

	@Test
	void undoOfAFirstDeployRemovesWhatItAdded() throws Exception {
		deployer.apply(planner.plan(plugin, "MyMod", true, target));
		assertEquals(3, deployer.undo().stream().filter(l -> l.startsWith("removed  ")).count());
		assertFalse(Files.exists(game.pluginsFolder().resolve("MyMod.dll")));
		assertFalse(Files.exists(game.jemalloc()));
	}

	@Test
	void modOrganizerGetsThePluginAndTheRuntimeAsModsAndTheGameIsUntouched() throws Exception {
		Path mods = Files.createDirectories(dir.resolve("MO2/mods"));
		Map<String, String> gameBefore = snapshot(game.root());
		DeployTarget mo2 = new DeployTarget(game, Optional.of(mods));
		deployer.apply(planner.plan(plugin, "MyMod", true, mo2));
		assertTrue(Files.exists(mods.resolve("MyMod/NVSE/Plugins/MyMod.dll")));
		assertTrue(Files.exists(mods.resolve("MemoryPoolNVSE/NVSE/Plugins/MemoryPoolNVSE.dll")));
		assertTrue(Files.exists(mods.resolve("MemoryPoolNVSE/NVSE/Plugins/jemalloc.dll")),
				"jemalloc.dll beside the runtime, where it looks first");
		assertEquals(gameBefore, snapshot(game.root()), "nothing is written into the game");
		assertEquals(3, deployer.undo().stream().filter(l -> l.startsWith("removed  ")).count());
		assertEquals(List.of(), Files.list(mods).toList());
	}

	/** MO2's portable layout under dir/MO2, profile Default selected; returns its modlist.txt, holding {@code modList}. */
	private Path portableInstance(String modList) throws Exception {
		Path instance = Files.createDirectories(dir.resolve("MO2"));
		Files.writeString(instance.resolve("ModOrganizer.ini"), "[General]\r\nselected_profile=@ByteArray(Default)\r\n");
		Files.createDirectories(instance.resolve("mods"));
		return Files.writeString(Files.createDirectories(instance.resolve("profiles/Default")).resolve("modlist.txt"), modList);
	}

	/** MO2's portable layout: both mods are enabled in the selected profile, above the mods already there. */
	@Test
	void aModOrganizerDeployEnablesBothModsInTheSelectedProfile() throws Exception {
		Path modList = portableInstance("# This file was automatically generated by Mod Organizer.\r\n+Other\r\n");
		DeployTarget mo2 = new DeployTarget(game, Optional.of(dir.resolve("MO2/mods")));
		deployer.apply(planner.plan(plugin, "MyMod", true, mo2));
		ModOrganizerEnabling.Result enabling = ModOrganizerEnabling.enable(mo2, List.of("MyMod", DeployTarget.RUNTIME_MOD),
				Optional.empty());
		deployer.recordEnabling(enabling);
		assertEquals("enabled  MyMod in " + modList, enabling.lines().get(0));
		assertEquals("# This file was automatically generated by Mod Organizer.\r\n+MemoryPoolNVSE\r\n+MyMod\r\n"
				+ "+Other\r\n", Files.readString(modList));

		// Undo takes the lines out again, and leaves the user's own.
		List<String> undone = deployer.undo();
		assertTrue(undone.contains("removed  MyMod from " + modList), undone::toString);
		assertEquals("# This file was automatically generated by Mod Organizer.\r\n+Other\r\n", Files.readString(modList));
	}

	/** A mod the user had disabled is enabled by the deploy and disabled again by undo; one ticked since is left. */
	@Test
	void undoDisablesAgainAModTheDeployEnabledAndLeavesWhatTheUserChangedSince() throws Exception {
		Path modList = portableInstance("# x\n-MyMod\n");
		DeployTarget mo2 = new DeployTarget(game, Optional.of(dir.resolve("MO2/mods")));
		deployer.apply(planner.plan(plugin, "MyMod", true, mo2));
		deployer.recordEnabling(ModOrganizerEnabling.enable(mo2, List.of("MyMod", DeployTarget.RUNTIME_MOD), Optional.empty()));
		assertEquals("# x\n+MemoryPoolNVSE\n+MyMod\n", Files.readString(modList), "LF kept as the file had it");
		Files.writeString(modList, "# x\n-MemoryPoolNVSE\n+MyMod\n"); // the user unticks the runtime in MO2
		deployer.undo();
		assertEquals("# x\n-MemoryPoolNVSE\n-MyMod\n", Files.readString(modList));
	}

	@Test
	void withoutAnInstanceTheDeploySaysWhatToClickInMo2() throws Exception {
		Path mods = Files.createDirectories(dir.resolve("somewhere/mods"));
		List<String> lines = ModOrganizerEnabling.enable(new DeployTarget(game, Optional.of(mods)), List.of("MyMod"),
				Optional.empty()).lines();
		assertEquals(List.of("No Mod Organizer 2 instance (ModOrganizer.ini) names " + mods + " as its mods folder: in"
				+ " Mod Organizer 2, press F5 (Refresh), then tick MyMod in the left pane"), lines);
	}

	@Test
	void aProjectNamedLikeTheRuntimesModIsRefusedUnderModOrganizer() throws Exception {
		Path mods = Files.createDirectories(dir.resolve("MO2/mods"));
		DeployException e = assertThrows(DeployException.class,
				() -> planner.plan(plugin, "memorypoolnvse", true, new DeployTarget(game, Optional.of(mods))));
		assertTrue(e.getMessage().contains("named like the runtime's mod MemoryPoolNVSE"), e.getMessage());
	}

	/** A mods folder of its own (MO2's settings allow any), outside any instance: undo still removes the mod's files. */
	@Test
	void undoOfADeployIntoAModsFolderAnywhereRemovesTheModsFilesAndFolders() throws Exception {
		Path mods = Files.createDirectories(dir.resolve("D/MO2 mods elsewhere"));
		deployer.apply(planner.plan(plugin, "MyMod", false, new DeployTarget(game, Optional.of(mods))));
		assertEquals(List.of("removed  " + mods.resolve("MyMod/NVSE/Plugins/MyMod.dll")), deployer.undo());
		assertEquals(List.of(), Files.list(mods).toList(), "the mod's folders the deploy created are gone");
	}

	/** A plugin the user (or a mod manager) replaced after the deploy is theirs: undo neither removes nor overwrites it. */
	@Test
	void undoKeepsAFileChangedSinceTheDeploy() throws Exception {
		deployer.apply(planner.plan(plugin, "MyMod", false, target));
		Path deployed = game.pluginsFolder().resolve("MyMod.dll");
		Files.writeString(deployed, "a newer build, copied by hand");
		assertEquals(List.of("kept     " + deployed + " (changed since the deploy)"), deployer.undo());
		assertEquals("a newer build, copied by hand", Files.readString(deployed));

		Files.write(deployed, PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll", "GDI32.dll")));
		deployer.apply(planner.plan(plugin, "MyMod", false, target));
		Files.writeString(deployed, "changed again");
		assertEquals(List.of("kept     " + deployed + " (changed since the deploy; the file it replaced is MyMod.dll.bak)"),
				deployer.undo());
		assertEquals("changed again", Files.readString(deployed));
	}

	/** Case 12: a plugins folder in lower case, as archives and mod managers leave it, is the one Windows and Wine read. */
	@Test
	void anExistingPluginsFolderInAnotherCaseIsUsedAndUndoLeavesItAsItWas() throws Exception {
		Path lower = Files.createDirectories(game.root().resolve("data/nvse/plugins"));
		Files.writeString(lower.resolve("existing_plugin.dll"), "another mod's plugin");
		Files.writeString(lower.resolve("mymod.DLL"), "this plugin's older build, named in another case");
		Map<String, String> before = snapshot(game.root());
		deployer.apply(planner.plan(plugin, "MyMod", true, target));
		try (Stream<Path> top = Files.list(game.root())) {
			assertEquals(List.of("FalloutNV.exe", "data", "jemalloc.dll"), top.map(p -> p.getFileName().toString()).sorted()
					.toList(), "no second Data folder");
		}
		try (Stream<Path> plugins = Files.list(lower)) {
			assertEquals(List.of("MemoryPoolNVSE.dll", "existing_plugin.dll", "mymod.DLL", "mymod.DLL.bak"),
					plugins.map(p -> p.getFileName().toString()).sorted().toList(), "the older build replaced, not doubled");
		}
		deployer.undo();
		assertEquals(before, snapshot(game.root()));
	}

	@Test
	void aPluginsFolderThatIsALinkLeadingOutOfTheGameIsRefused() throws Exception {
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		Files.createDirectories(game.root().resolve("Data/NVSE"));
		Files.createSymbolicLink(game.root().resolve("Data/NVSE/Plugins"), elsewhere);
		assertRefusedAndUnchanged("is a link leading out of " + game.root(), plugin, target);
		try (Stream<Path> files = Files.list(elsewhere)) {
			assertEquals(List.of(), files.toList());
		}
	}

	@Test
	void undoRemovesTheFoldersTheDeployCreated() throws Exception {
		Map<String, String> before = snapshot(game.root());
		deployer.apply(planner.plan(plugin, "MyMod", true, target));
		assertTrue(Files.isDirectory(game.root().resolve("Data/NVSE/Plugins")));
		deployer.undo();
		assertEquals(before, snapshot(game.root()), "Data/NVSE/Plugins gone again");
	}

	@Test
	void aProjectNameThatIsNoFolderNameInModOrganizersModsIsRefused() throws Exception {
		Path mods = Files.createDirectories(dir.resolve("MO2/mods"));
		for (String name : java.util.List.of("../../evil", "a/b", "..", " ", "x\u0000y")) {
			DeployException e = org.junit.jupiter.api.Assertions.assertThrows(DeployException.class,
					() -> planner.plan(plugin, name, true, new DeployTarget(game, Optional.of(mods))));
			assertTrue(e.getMessage().contains("cannot be a mod folder in " + mods), e.getMessage());
		}
		assertFalse(Files.exists(dir.resolve("evil")));
	}

	@Test
	void aMissingFolderIsRefused() throws Exception {
		assertRefusedAndUnchanged("does not exist", plugin, new DeployTarget(new GameLayout(dir.resolve("nowhere")), Optional.empty()));
	}

	@Test
	void aFolderWithoutTheGameIsRefused() throws Exception {
		Files.delete(game.exe());
		assertRefusedAndUnchanged("has no FalloutNV.exe", plugin, target);
	}

	@Test
	void aMissingModOrganizerFolderIsRefused() throws Exception {
		assertRefusedAndUnchanged("mods folder", plugin, new DeployTarget(game, Optional.of(dir.resolve("no-mo2"))));
	}

	@Test
	void a64BitDllIsRefused() throws Exception {
		Files.write(plugin, PeReaderTestData.plugin(0x8664, true, List.of()));
		assertRefusedAndUnchanged("is a 32-bit (i386) process and Windows refuses it", plugin, target);
	}

	@Test
	void aDllWithoutTheNvseEntryPointsIsRefused() throws Exception {
		Files.write(plugin, PeReaderTestData.dll(List.of("Something"), List.of()));
		assertRefusedAndUnchanged("exports neither NVSEPlugin_Query nor NVSEPlugin_Load", plugin, target);
	}

	@Test
	void aPluginThatImportsMingwsRuntimeIsRefusedWithTheFlagsThatRemoveIt() throws Exception {
		Files.write(plugin, PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll", "libgcc_s_dw2-1.dll")));
		assertRefusedAndUnchanged("imports libgcc_s_dw2-1.dll (MinGW-w64 GCC's runtime), which no player has", plugin, target);
		assertRefusedAndUnchanged("add -static-libgcc to the linker flags", plugin, target);
	}

	@Test
	void aDllTheGameFolderHasCountsAsPresentAndIsAWarningOfThePlan() throws Exception {
		Files.write(plugin, PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll", "zlib1.dll")));
		assertRefusedAndUnchanged("imports zlib1.dll, which is neither part of Windows nor of the game", plugin, target);
		Files.write(game.root().resolve("zlib1.dll"), PeReaderTestData.dll(List.of("deflate"), List.of("KERNEL32.dll")));
		DeployPlan plan = planner.plan(plugin, "MyMod", false, target);
		assertEquals(List.of("MyMod.dll imports zlib1.dll, which this game folder has but neither Windows nor the game installs:"
				+ " players need it there too: link its code statically, or ship zlib1.dll with the mod for the game folder (next"
				+ " to FalloutNV.exe, where Windows looks for it) and name it in the mod's requirements"), plan.warnings());
	}

	@Test
	void aPluginNotYetBuiltIsRefused() throws Exception {
		assertRefusedAndUnchanged("cannot be read", dir.resolve("MyMod/Release/Other.dll"), target);
	}

	@Test
	void aTargetInUseIsRefused() throws Exception {
		deployer.apply(planner.plan(plugin, "MyMod", false, target));
		Files.write(plugin, PeReaderTestData.plugin(0x14C, false, List.of("USER32.dll")));
		try (FileChannel channel = FileChannel.open(game.pluginsFolder().resolve("MyMod.dll"), StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			assertRefusedAndUnchanged("is in use (is the game running?)", plugin, target);
		}
	}

	@Test
	void theArtifactsABuildLeftAreCheckedPerConfiguration() throws Exception {
		Path projectDir = dir.resolve("sample-dll");
		Files.createDirectories(projectDir);
		for (String file : List.of(".project", ".cproject")) {
			Files.copy(Path.of("testdata/reference", file), projectDir.resolve(file));
		}
		Files.write(Files.createDirectories(projectDir.resolve("Debug")).resolve("sample-dll.dll"),
				PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll", "libstdc++-6.dll")));
		Map<String, Loadability> checked = PluginProject.checkArtifacts(projectDir);
		assertEquals(List.of("Debug"), List.copyOf(checked.keySet()), "Release was not built");
		assertEquals(Verdict.NOT_LOADABLE, checked.get("Debug").verdict());
	}

	/**
	 * The fourth trial: a plugin built as MemoryPoolNVSE.dll (a project or artifact named like the runtime, in any
	 * case) overwrote the user's runtime and then its own backup. It is refused, installing the runtime or not.
	 */
	@Test
	void aPluginNamedLikeTheRuntimeIsRefused() throws Exception {
		Files.writeString(Files.createDirectories(game.pluginsFolder()).resolve("MemoryPoolNVSE.dll"), "user's runtime");
		Path named = Files.copy(plugin, plugin.resolveSibling("memorypoolnvse.dll"));
		for (boolean usesMemoryPool : new boolean[] { true, false }) {
			DeployException e = assertThrows(DeployException.class, () -> planner.plan(named, "MyMod", usesMemoryPool, target));
			assertEquals("The plugin memorypoolnvse.dll would replace the MemoryPool runtime's MemoryPoolNVSE.dll: rename the"
					+ " project's artifact (C/C++ Build > Settings > Build Artifact, or the project)", e.getMessage());
		}
		assertEquals("user's runtime", Files.readString(game.pluginsFolder().resolve("MemoryPoolNVSE.dll")));
	}

	/** The fourth trial: a pipe where a target goes made deploy wait forever on opening it. */
	@Test
	@org.junit.jupiter.api.Timeout(30)
	void aPipeOrAFolderWhereATargetGoesIsRefused() throws Exception {
		Files.createDirectories(game.pluginsFolder());
		new ProcessBuilder("mkfifo", game.jemalloc().toString()).start().waitFor();
		DeployException e = assertThrows(DeployException.class, () -> planner.plan(plugin, "MyMod", true, target));
		assertEquals(game.jemalloc() + " is not a file (a folder, a pipe or a device stands there): move it out of the game"
				+ " folder, then deploy again", e.getMessage());
		Files.createDirectories(game.pluginsFolder().resolve("MyMod.dll"));
		e = assertThrows(DeployException.class, () -> planner.plan(plugin, "MyMod", false, target));
		assertTrue(e.getMessage().startsWith(game.pluginsFolder().resolve("MyMod.dll") + " is not a file"), e.getMessage());
	}

	/**
	 * The fourth trial: two deploys into one game at once each backed up what the other had just written, and the
	 * user's file was lost. A deploy (or undo) into a game folder another one holds is refused, changing nothing.
	 */
	@Test
	void aDeployWhileAnotherRunsIntoTheSameGameIsRefused() throws Exception {
		Path journals = dir.resolve("MyMod/.settings");
		try (DeployLock held = DeployLock.of(journals, game.root())) {
			Map<String, String> before = snapshot(game.root());
			DeployException e = assertThrows(DeployException.class, () -> deployer.apply(planner.plan(plugin, "MyMod", true, target)));
			assertEquals("Another deploy or undo into " + game.root() + " is running: wait until it ends, then try again",
					e.getMessage());
			assertEquals(before, snapshot(game.root()));
		}
		deployer.apply(planner.plan(plugin, "MyMod", true, target));
		try (DeployLock held = DeployLock.of(journals, game.root())) {
			assertThrows(DeployException.class, deployer::undo);
		}
		deployer.undo();
		assertEquals(List.of("FalloutNV.exe"), snapshot(game.root()).keySet().stream().filter(f -> !f.isEmpty() && !f.equals("Data")
				&& !f.startsWith("Data/")).toList());
	}

	/** The fourth trial: a state folder that is a file was reported as an interrupted deploy that cannot be rolled back. */
	@Test
	void aStateFolderThatIsAFileIsSaidSo() throws Exception {
		Path file = Files.writeString(dir.resolve("state-file"), "not a folder");
		Deployer misplaced = new Deployer(file.resolve("memorypool-sdk/deploys/x.properties"));
		DeployException e = assertThrows(DeployException.class, () -> misplaced.apply(planner.plan(plugin, "MyMod", true, target)));
		assertEquals("The SDK's state folder for deploy journals cannot be made: " + file + " is a file, not a folder. Move"
				+ " it away, or point XDG_STATE_HOME at a folder", e.getMessage());
		assertFalse(Files.exists(game.pluginsFolder().resolve("MyMod.dll")));
	}

	/** NIO's file exceptions say only the path; the line the user reads says what happened to it. */
	@Test
	void aFailedFileSaysWhatHappened() {
		assertEquals("/g/x.dll: permission denied (fix the folder's permissions, or run with rights to it)",
				Deployer.reason(new java.nio.file.AccessDeniedException("/g/x.dll")));
		assertEquals("/g/x.dll: Not a directory", Deployer.reason(new java.nio.file.FileSystemException("/g/x.dll", null, "Not a directory")));
		assertEquals("/g/x.dll: no such file", Deployer.reason(new java.nio.file.NoSuchFileException("/g/x.dll")));
		assertEquals("disk full", Deployer.reason(new java.io.IOException("disk full")));
	}
}
