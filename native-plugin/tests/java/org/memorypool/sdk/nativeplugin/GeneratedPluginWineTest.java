// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memorypool.sdk.core.cli.SdkCommandLine;
import org.memorypool.sdk.core.project.NvseMessage;
import org.memorypool.sdk.core.project.ProjectGenerator;
import org.memorypool.sdk.core.project.ProjectSpec;

/**
 * Under Wine, the NVSE test host (tests/plugin_host.cpp, as the game's FalloutNV.exe) loads a plugin the SDK
 * generated and built, together with MemoryPoolNVSE.dll when it is installed, sends every NVSE message, and the
 * plugin's MemoryPool calls succeed; without the runtime it falls back cleanly to the CRT.
 * <p>
 * Two projects are generated with the core's generator into target/generated-plugins/ and built (Release) with
 * the headless builder once per run: GenPool (MemoryPool, every message) and GenPlain (no MemoryPool, every
 * message). Each case runs in a fresh folder target/wine-games/generated/&lt;case&gt;/: FalloutNV.exe,
 * Data/NVSE/Plugins/&lt;plugin&gt;.dll, and as the case says Data/NVSE/Plugins/MemoryPoolNVSE.dll (Release) and
 * jemalloc.dll next to the EXE.
 */
class GeneratedPluginWineTest {

	private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);
	private static final Path PROJECTS = NativePlugin.TARGET.resolve("generated-plugins");
	private static final Path GAMES = GameFolder.ROOT.resolve("generated");
	private static final String EXE = "FalloutNV.exe";
	private static final String RUNTIME_DLL = "MemoryPoolNVSE.dll";
	private static final String CRT = "CRT malloc/free (MemoryPoolNVSE.dll is not loaded)";
	private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed\\r?$");
	private static final Pattern SENT = Pattern.compile("(?m)^ok sent-(\\w+)\\r?$");
	private static final Pattern LOG_LINE = Pattern.compile("\\[(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})\\] (.+)");
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	/**
	 * A generated project: name, whether it uses MemoryPool, whether it keeps state in the co-save, its opcode base;
	 * built into PROJECTS/<name>/Release/<name>.dll.
	 */
	enum Plugin {
		GEN_POOL("GenPool", true, false, 0x2000), GEN_PLAIN("GenPlain", false, false, 0x2000),
		/** Also with the event-handler example. */
		GEN_CO_SAVE("GenCoSave", true, true, 0x3A00), GEN_CO_SAVE_ON_TEST_BASE("GenCoSaveTest", false, true, 0x2000);

		final String projectName;
		final boolean memoryPool;
		final boolean coSave;
		final int opcodeBase;

		Plugin(String projectName, boolean memoryPool, boolean coSave, int opcodeBase) {
			this.projectName = projectName;
			this.memoryPool = memoryPool;
			this.coSave = coSave;
			this.opcodeBase = opcodeBase;
		}

		Path dll() {
			return PROJECTS.resolve(projectName).resolve("Release").resolve(projectName + ".dll");
		}
	}

	/** What is installed besides the plugin. */
	enum Install {
		RUNTIME_AND_JEMALLOC, RUNTIME_ONLY, NOTHING
	}

	/**
	 * One run. dllName: the plugin's file name in Data/NVSE/Plugins, which sets its place in NVSE's load order (by
	 * name); allocator: what the runtime's "Allocator: " line says (null without the runtime).
	 */
	record Case(String label, Plugin plugin, String dllName, Install install, String allocator) {
		@Override
		public String toString() {
			return label;
		}

		String folderName() {
			return label.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		}

		boolean runtime() {
			return install != Install.NOTHING;
		}
	}

	static Stream<Case> cases() {
		String pool = Plugin.GEN_POOL.projectName + ".dll";
		return Stream.of(
				new Case("MemoryPool plugin, runtime and jemalloc", Plugin.GEN_POOL, pool, Install.RUNTIME_AND_JEMALLOC,
						Scenario.JEMALLOC_STATUS),
				new Case("MemoryPool plugin, runtime without jemalloc.dll", Plugin.GEN_POOL, pool, Install.RUNTIME_ONLY,
						Scenario.MISSING_STATUS),
				new Case("MemoryPool plugin, no runtime", Plugin.GEN_POOL, pool, Install.NOTHING, null),
				new Case("plugin without MemoryPool, runtime and jemalloc", Plugin.GEN_PLAIN,
						Plugin.GEN_PLAIN.projectName + ".dll", Install.RUNTIME_AND_JEMALLOC, Scenario.JEMALLOC_STATUS),
				// Named to load after MemoryPoolNVSE.dll: the runtime gets PostPostLoad first.
				new Case("MemoryPool plugin loaded after the runtime", Plugin.GEN_POOL, "ZZ_" + pool,
						Install.RUNTIME_AND_JEMALLOC, Scenario.JEMALLOC_STATUS));
	}

	@BeforeAll
	static void generateAndBuild() throws Exception {
		GameFolder.emptied(PROJECTS);
		ProjectGenerator generator = new ProjectGenerator(NativePlugin.API_HEADER,
				NativePlugin.DIR.resolve("include/nvse_plugin.h"));
		for (Plugin plugin : Plugin.values()) {
			Path project = generator.generate(ProjectSpec.defaults(plugin.projectName, PROJECTS)
					.withUseMemoryPool(plugin.memoryPool).withMessages(EnumSet.allOf(NvseMessage.class))
					.withCoSave(plugin.coSave).withOpcodeBase(plugin.opcodeBase).withEventHandler(plugin == Plugin.GEN_CO_SAVE));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
			int exit = SdkCommandLine.standard().run(new String[] { "build", project.toString(), "--config", "Release" },
					print, print);
			String output = out.toString(StandardCharsets.UTF_8);
			assertEquals(0, exit, () -> "./sdk build " + project + " failed:\n" + output);
			List<String> warnings = output.lines().filter(l -> l.contains("warning:")).toList();
			if (plugin == Plugin.GEN_CO_SAVE_ON_TEST_BASE) {
				// The build says what the host shows below: xNVSE's release builds keep nothing for it.
				assertEquals(1, warnings.size(), output);
				assertTrue(warnings.get(0).contains("src/CoSave.cpp:") && warnings.get(0).contains(": warning: the plugin"
						+ " keeps data in NVSE's co-save, but sets no opcode base other than xNVSE's development base 0x2000"), output);
			} else {
				assertEquals(List.of(), warnings, output);
			}
			assertTrue(Files.isRegularFile(plugin.dll()), output);
		}
	}

	/** Failure messages: the case, the problem, the host's output and both logs. */
	private record Report(Case run, Command.Result result, Path folder) {
		Supplier<String> of(String problem) {
			return () -> run + ": " + problem + "\n" + result.describe() + "--- " + run.plugin().projectName + ".log ---\n"
					+ describe(folder.resolve(run.plugin().projectName + ".log")) + "--- " + PluginLog.FILE_NAME + " ---\n"
					+ PluginLog.in(folder).describe();
		}

		private static String describe(Path log) {
			try {
				return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8).replace("\r\n", "\n") : "(no log)\n";
			} catch (IOException e) {
				return "(unreadable: " + e + ")\n";
			}
		}
	}

	@DisplayName("generated plugin")
	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void loadsHandlesEveryMessageAndAllocates(Case run) throws Exception {
		TestPrograms programs = TestPrograms.get();
		Path folder = layOut(run, programs);
		Command.Result result = WinePrefix.forRun(false).run(List.of(NativeTools.require("wine"), EXE), folder,
				RUN_TIMEOUT, GameFolder.hostOutput(folder));
		Report report = new Report(run, result, folder);

		assertFalse(result.output().contains("wine32 is missing"),
				report.of("Wine cannot run 32-bit programs: " + NativeTools.INSTALL_HINT));
		assertFalse(result.timedOut(), report.of(EXE + " did not finish within " + RUN_TIMEOUT.toSeconds() + " s"));
		assertEquals(0, result.exitCode(), report.of(EXE + " (plugin_host.exe) failed"));
		Matcher summary = SUMMARY.matcher(result.output());
		assertTrue(summary.find() && Integer.parseInt(summary.group(1)) > 0 && summary.group(2).equals("0"),
				report.of("no \"N passed, 0 failed\" summary"));
		assertLoadOrder(run, result, report);

		List<String> sent = sentMessages(result);
		assertEquals(EnumSet.allOf(NvseMessage.class).stream().map(NvseMessage::displayName).sorted().toList(),
				sent.stream().distinct().sorted().toList(), report.of("the host must send every NvseMessage"));
		List<String> log = pluginLogTexts(folder.resolve(run.plugin().projectName + ".log"), report);
		assertEquals(expectedMessageLines(sent), log.stream().filter(GeneratedPluginWineTest::isMessageLine).toList(),
				report.of("the plugin's log must have one line per message, in the order sent (MainGameLoop once)"));
		assertTrue(log.contains("Query: NVSE 0x06040080, runtime 0x040020D0, editor 0x00000000, isEditor 0"),
				report.of("no Query line"));
		assertTrue(log.contains("Load: " + run.plugin().projectName + " 1.0.0"), report.of("no Load line"));
		assertEquals("ExitGame: the game is exiting", log.getLast(), report.of("ExitGame must be the last line"));

		if (run.plugin().memoryPool) {
			assertClient(run, log, report);
		} else {
			assertEquals(List.of(), log.stream().filter(t -> t.contains("MemoryPool") || t.contains("Allocator")).toList(),
					report.of("a plugin without MemoryPool must not mention it"));
		}
		assertRuntimeLog(run, folder, report);
		if (run.install() == Install.RUNTIME_ONLY) {
			// The fallback counts every call: exactly the plugin's one test block went through the runtime.
			assertTrue(result.output().contains("# MemoryPoolNVSE.dll after ExitGame: " + Scenario.MISSING_STATUS
					+ "; allocations 1, frees 1, bytes outstanding 0"), report.of("the runtime's counts"));
		}
	}

	/**
	 * The example commands every new project has: the host, playing xNVSE's command table, gives them the opcodes the
	 * project's ledger records, and a script calling them gets the plugin's packed version and a sum.
	 */
	@org.junit.jupiter.api.Test
	void theExampleCommandsGetTheLedgersOpcodesAndWorkAsScriptsCallThem() throws Exception {
		Case run = new Case("commands", Plugin.GEN_PLAIN, Plugin.GEN_PLAIN.projectName + ".dll", Install.NOTHING, null);
		Path folder = layOut(run, TestPrograms.get());
		String name = Plugin.GEN_PLAIN.projectName;
		Command.Result result = WinePrefix.forRun(false).run(List.of(NativeTools.require("wine"), EXE, "--call",
				name + "GetVersion => 16777216", "--call", name + "AddNumbers 2.5 4 => 6.5"), folder, RUN_TIMEOUT,
				GameFolder.hostOutput(folder));
		Report report = new Report(run, result, folder);
		assertEquals(0, result.exitCode(), report.of(EXE + " (plugin_host.exe) failed"));

		// What the host registered, against the ledger the generator wrote.
		List<String> registered = result.output().lines().filter(l -> l.startsWith("# command "))
				.map(l -> l.substring("# command ".length(), l.indexOf(" (")).strip()).toList();
		List<String> ledger = Files.readAllLines(PROJECTS.resolve(name).resolve("nvse-opcodes.txt")).stream()
				.filter(l -> l.startsWith("0x")).toList();
		assertEquals(List.of("0x2000 " + name + "GetVersion", "0x2001 " + name + "AddNumbers"), ledger);
		assertEquals(ledger, registered, report.of("the opcodes the host gave must be the ledger's"));
		for (String check : List.of("ok commands-registered", "ok call " + name + "GetVersion", "ok call " + name + "AddNumbers")) {
			assertTrue(result.output().lines().anyMatch(l -> l.strip().equals(check)), report.of("no \"" + check + "\""));
		}
		// 1.0.0 packed as NVSE packs versions: 0x01000000.
		assertTrue(result.output().contains("# " + name + "GetVersion => 16777216: returned true, result 16777216"),
				report.of("GetVersion's result"));
		assertTrue(result.output().contains("# " + name + "AddNumbers 2.5 4 => 6.5: returned true, result 6.5"),
				report.of("AddNumbers' result"));

		List<String> log = pluginLogTexts(folder.resolve(name + ".log"), report);
		assertTrue(log.contains("Registered the script commands from opcode 0x2000"), report.of("no registration line"));

		// What the script compiler refuses never reaches a command: the host fails such a call.
		result = WinePrefix.forRun(false).run(List.of(NativeTools.require("wine"), EXE, "--call", name + "AddNumbers 0.25 => 0.25",
				"--call", name + "AddNumbers 1 x => 1"), folder, RUN_TIMEOUT, GameFolder.hostOutput(folder));
		report = new Report(run, result, folder);
		assertEquals(1, result.exitCode(), report.of("the host must fail calls the compiler would refuse"));
		assertTrue(result.output().contains("FAIL call " + name + "AddNumbers: 1 argument(s) for 2 required parameter(s)"),
				report.of("the missing argument"));
		assertTrue(result.output().contains("FAIL call " + name + "AddNumbers: argument 2 'x' is not a number"),
				report.of("the text for a number"));
	}

	/**
	 * Why a released plugin needs its own opcode range: two plugins on xNVSE's development base take the same
	 * opcodes, which xNVSE lets pass, overwriting the first plugin's commands. The host says so.
	 */
	@org.junit.jupiter.api.Test
	void twoPluginsOnTheDevelopmentBaseCollide() throws Exception {
		Case run = new Case("two plugins on 0x2000", Plugin.GEN_PLAIN, Plugin.GEN_PLAIN.projectName + ".dll",
				Install.NOTHING, null);
		Path folder = layOut(run, TestPrograms.get());
		Files.copy(Plugin.GEN_POOL.dll(), folder.resolve("Data/NVSE/Plugins").resolve(Plugin.GEN_POOL.projectName + ".dll"));
		Command.Result result = WinePrefix.forRun(false).run(List.of(NativeTools.require("wine"), EXE), folder,
				RUN_TIMEOUT, GameFolder.hostOutput(folder));
		Report report = new Report(run, result, folder);
		assertEquals(1, result.exitCode(), report.of("the host must fail the collision"));
		assertTrue(result.output().contains("FAIL command-table: GenPoolGetVersion takes opcode 0x2000, already"
				+ " GenPlainGetVersion's: xNVSE overwrites it, and scripts calling GenPlainGetVersion get GenPoolGetVersion"),
				report.of("the collision"));
	}

	/**
	 * The co-save example: state set at a new game (notes held in memory from MemoryPoolClient, served by jemalloc
	 * through the runtime) is saved as record STAT version 2 under the plugin's opcode base and read back at the load;
	 * an older version and an unknown record from an older save are read and skipped; a damaged record starts afresh;
	 * every block goes back before the game exits.
	 */
	@org.junit.jupiter.api.Test
	void theCoSaveExampleSavesLoadsReadsOlderVersionsAndSkipsWhatItDoesNotKnow() throws Exception {
		String name = Plugin.GEN_CO_SAVE.projectName;
		Case run = new Case("co-save", Plugin.GEN_CO_SAVE, name + ".dll", Install.RUNTIME_AND_JEMALLOC, Scenario.JEMALLOC_STATUS);
		Path folder = layOut(run, TestPrograms.get());
		List<String> records = new ArrayList<>();
		List<String> saved = coSaveLines(run, folder, List.of(), records);
		assertEquals(List.of("Co-save: new game", "Co-save: saved STAT version 2: 0 load(s), 28 bytes of notes",
				"Co-save: loaded; this save was loaded 1 time(s); notes: started with GenCoSave 1.0.0",
				"Co-save: saved STAT version 2: 1 load(s), 28 bytes of notes"), saved);
		// Saved again after the load: the same bytes (the notes, byte for byte), the load count one higher.
		assertEquals(2, records.size(), records::toString);
		assertTrue(records.get(0).startsWith("STAT version 2: 00 00 00 00 1C 00 00 00 73 74 61 72"), records::toString);
		assertEquals(records.get(0).replace("STAT version 2: 00 00 00 00", "STAT version 2: 01 00 00 00"), records.get(1));

		assertEquals(List.of("Co-save: new game", "Co-save: saved STAT version 2: 0 load(s), 28 bytes of notes",
				"Co-save: skipped record XTRA version 9 (2 bytes), unknown to this build",
				"Co-save: loaded; this save was loaded 8 time(s); notes: (none)",
				"Co-save: saved STAT version 2: 8 load(s), 0 bytes of notes"),
				coSaveLines(run, folder, List.of("--cosave-records", "XTRA 9 0102; STAT 1 07000000"), new ArrayList<>()));

		assertEquals(List.of("Co-save: new game", "Co-save: saved STAT version 2: 0 load(s), 28 bytes of notes",
				"Co-save: STAT version 2 of 8 bytes is damaged: starting afresh",
				"Co-save: loaded; this save was loaded 1 time(s); notes: (none)",
				"Co-save: saved STAT version 2: 1 load(s), 0 bytes of notes"),
				coSaveLines(run, folder, List.of("--cosave-records", "STAT 2 0300000000ff0000"), new ArrayList<>()));
	}

	/**
	 * What players get: {@code ./sdk package} writes GenPool's zip, {@code ./sdk install} puts it into a game folder by
	 * hand and, in a second folder, into a portable Mod Organizer 2 instance as its own enabled mod; the host then loads
	 * the installed DLL with the runtime. MO2 shows the game its enabled mods merged over Data through its virtual file
	 * system; here they are copied over Data in the profile's order, which is what the game would see.
	 */
	@org.junit.jupiter.api.Test
	void thePackagedArchiveLoadsInstalledByHandAndThroughModOrganizer() throws Exception {
		String name = Plugin.GEN_POOL.projectName;
		Path dist = GameFolder.emptied(GAMES.resolve("packaged-dist"));
		assertEquals("", sdk(0, "package", PROJECTS.resolve(name).toString(), "--output", dist.toString()).lines()
				.filter(l -> l.startsWith("Not packaged")).findFirst().orElse(""));
		Path zip = dist.resolve(name + "-1.0.0.zip");
		assertTrue(Files.isRegularFile(zip), "no " + zip);

		Case byHand = new Case("packaged, by hand", Plugin.GEN_POOL, name + ".dll", Install.RUNTIME_AND_JEMALLOC,
				Scenario.JEMALLOC_STATUS);
		Path game = gameWithRuntime(byHand);
		sdk(0, "install", zip.toString(), "--game", game.toString());
		Path installed = game.resolve("Data/NVSE/Plugins/" + name + ".dll");
		assertTrue(sdk(0, "inspect", installed.toString()).contains("  version: 1.0.0.0"), "inspect's version line");
		assertLoadsWithTheRuntime(byHand, game);

		Case modOrganizer = new Case("packaged, Mod Organizer 2", Plugin.GEN_POOL, name + ".dll", Install.RUNTIME_AND_JEMALLOC,
				Scenario.JEMALLOC_STATUS);
		game = gameWithRuntime(modOrganizer);
		Path instance = GameFolder.emptied(GAMES.resolve("packaged-mo2-instance"));
		Files.writeString(instance.resolve("ModOrganizer.ini"), "[General]\r\nselected_profile=@ByteArray(Default)\r\n");
		Path mods = Files.createDirectories(instance.resolve("mods"));
		Path modList = Files.writeString(Files.createDirectories(instance.resolve("profiles/Default")).resolve("modlist.txt"), "");
		sdk(0, "install", zip.toString(), "--game", game.toString(), "--mods", mods.toString());
		assertEquals(List.of("+" + name), Files.readAllLines(modList).stream().filter(l -> !l.startsWith("#")).toList(),
				"the profile's mod list");
		assertFalse(Files.exists(game.resolve("Data/NVSE/Plugins/" + name + ".dll")), "MO2 installs into its mods folder only");
		// MO2's virtual file system: enabled mods over Data, the list's last line lowest.
		List<String> enabled = new ArrayList<>(Files.readAllLines(modList).stream().filter(l -> l.startsWith("+"))
				.map(l -> l.substring(1)).toList());
		java.util.Collections.reverse(enabled);
		for (String mod : enabled) {
			Path root = mods.resolve(mod);
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Path target = game.resolve("Data").resolve(root.relativize(file).toString());
					Files.createDirectories(target.getParent());
					Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		assertLoadsWithTheRuntime(modOrganizer, game);
	}

	/** A game folder with the host as the EXE, the runtime in Data/NVSE/Plugins and jemalloc.dll beside the EXE. */
	private static Path gameWithRuntime(Case run) throws IOException {
		TestPrograms programs = TestPrograms.get();
		Path folder = GameFolder.emptied(GAMES.resolve(run.folderName()));
		Files.copy(programs.pluginHost, folder.resolve(EXE));
		Path plugins = Files.createDirectories(folder.resolve("Data/NVSE/Plugins"));
		Files.copy(Configuration.Release.pluginDll(), plugins.resolve(RUNTIME_DLL));
		Files.copy(programs.jemalloc, folder.resolve(NativePlugin.JEMALLOC_DLL.getFileName()));
		return folder;
	}

	private static void assertLoadsWithTheRuntime(Case run, Path folder) throws Exception {
		Command.Result result = WinePrefix.forRun(false).run(List.of(NativeTools.require("wine"), EXE), folder,
				RUN_TIMEOUT, GameFolder.hostOutput(folder));
		Report report = new Report(run, result, folder);
		assertEquals(0, result.exitCode(), report.of(EXE + " (plugin_host.exe) failed"));
		assertLoadOrder(run, result, report);
		List<String> log = pluginLogTexts(folder.resolve(run.plugin().projectName + ".log"), report);
		assertTrue(log.contains("Load: " + run.plugin().projectName + " 1.0.0"), report.of("no Load line"));
		assertClient(run, log, report);
	}

	/** Runs ./sdk with {@code args}, expecting {@code exit}; returns what it printed. */
	private static String sdk(int exit, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		int actual = SdkCommandLine.standard().run(args, print, print);
		String output = out.toString(StandardCharsets.UTF_8);
		assertEquals(exit, actual, () -> "./sdk " + String.join(" ", args) + ":\n" + output);
		return output;
	}

	/** The event-handler example: the host dispatches OnHit three times, the handler logs each with its arguments. */
	@org.junit.jupiter.api.Test
	void theEventHandlerExampleRunsForEachOnHit() throws Exception {
		String name = Plugin.GEN_CO_SAVE.projectName;
		Case run = new Case("events", Plugin.GEN_CO_SAVE, name + ".dll", Install.NOTHING, null);
		Path folder = layOut(run, TestPrograms.get());
		Command.Result result = WinePrefix.forRun(false).run(List.of(NativeTools.require("wine"), EXE), folder,
				RUN_TIMEOUT, GameFolder.hostOutput(folder));
		Report report = new Report(run, result, folder);
		assertEquals(0, result.exitCode(), report.of(EXE + " (plugin_host.exe) failed"));
		assertTrue(result.output().contains("# event OnHit dispatched 3 times to 1 handler(s)"), report.of("the dispatch"));
		List<String> log = pluginLogTexts(folder.resolve(name + ".log"), report);
		assertTrue(log.contains("Events: handling OnHit"), report.of("no registration line"));
		List<String> hits = log.stream().filter(t -> t.startsWith("OnHit: ")).toList();
		assertEquals(3, hits.size(), report.of("three OnHit lines"));
		for (int i = 0; i < 3; i++) {
			assertTrue(hits.get(i).matches("OnHit: (0x)?[0-9A-Fa-f]+ was hit by (0x)?[0-9A-Fa-f]+ \\(hit " + (i + 1) + "\\)"),
					report.of("hit " + (i + 1) + ": " + hits.get(i)));
		}
	}

	/** As xNVSE's release builds do, the host keeps no co-save data of a plugin on the development base 0x2000. */
	@org.junit.jupiter.api.Test
	void aCoSavePluginOnTheDevelopmentBaseGetsNothingSaved() throws Exception {
		String name = Plugin.GEN_CO_SAVE_ON_TEST_BASE.projectName;
		Case run = new Case("co-save on 0x2000", Plugin.GEN_CO_SAVE_ON_TEST_BASE, name + ".dll", Install.NOTHING, null);
		Path folder = layOut(run, TestPrograms.get());
		assertEquals(List.of("Co-save: new game"), coSaveLines(run, folder, List.of(), new ArrayList<>()));
	}

	/**
	 * Runs the host in {@code folder} with {@code arguments}; the plugin's co-save lines. {@code records} gets each
	 * record saved, as the host prints it: "STAT version 2: 00 01 ...".
	 */
	private static List<String> coSaveLines(Case run, Path folder, List<String> arguments, List<String> records)
			throws Exception {
		List<String> command = new ArrayList<>(List.of(NativeTools.require("wine"), EXE));
		command.addAll(arguments);
		Command.Result result = WinePrefix.forRun(false).run(command, folder, RUN_TIMEOUT, GameFolder.hostOutput(folder));
		Report report = new Report(run, result, folder);
		assertEquals(0, result.exitCode(), report.of(EXE + " (plugin_host.exe) failed"));
		if (run.plugin().opcodeBase == 0x2000) {
			assertTrue(result.output().contains("has no opcode base of its own (none, or only 0x2000): xNVSE's release"
					+ " builds keep none of its data"), report.of("the host must say why nothing is saved"));
		}
		result.output().lines().filter(l -> l.startsWith("# co-save record: plugin "))
				.map(l -> l.substring(l.indexOf(' ', "# co-save record: plugin ".length()) + 1).strip()).forEach(records::add);
		return pluginLogTexts(folder.resolve(run.plugin().projectName + ".log"), report).stream()
				.filter(t -> t.startsWith("Co-save: ")).toList();
	}

	private static Path layOut(Case run, TestPrograms programs) throws IOException {
		Path folder = GameFolder.emptied(GAMES.resolve(run.folderName()));
		Files.copy(programs.pluginHost, folder.resolve(EXE));
		Path plugins = Files.createDirectories(folder.resolve("Data/NVSE/Plugins"));
		Files.copy(run.plugin().dll(), plugins.resolve(run.dllName()));
		if (run.runtime()) {
			Files.copy(Configuration.Release.pluginDll(), plugins.resolve(RUNTIME_DLL));
		}
		if (run.install() == Install.RUNTIME_AND_JEMALLOC) {
			Files.copy(programs.jemalloc, folder.resolve(NativePlugin.JEMALLOC_DLL.getFileName()));
		}
		return folder;
	}

	/** The host took the DLLs in NVSE's order (by name) and loaded each. */
	private static void assertLoadOrder(Case run, Command.Result result, Report report) {
		List<String> expected = new ArrayList<>(List.of(run.dllName()));
		if (run.runtime()) {
			expected.add(RUNTIME_DLL);
			expected.sort(String.CASE_INSENSITIVE_ORDER);
		}
		List<String> order = result.output().lines().filter(l -> l.startsWith("# plugin "))
				.map(l -> l.substring(l.indexOf(": ") + 2)).toList();
		assertEquals(expected, order, report.of("the plugins and their order"));
		for (String dll : expected) {
			assertTrue(result.output().contains("ok load " + dll), report.of(dll + " was not loaded"));
		}
	}

	private static void assertClient(Case run, List<String> log, Report report) {
		List<String> choices = log.stream().filter(t -> t.startsWith("Allocator: ")).toList();
		String block = "MemoryPool client: allocated and freed a 4096-byte test block through ";
		if (run.runtime()) {
			// Loaded before the runtime, the plugin gets PostPostLoad first: the runtime has not chosen yet.
			String runtimeSays = run.dllName().compareToIgnoreCase(RUNTIME_DLL) < 0 ? "not initialized" : run.allocator();
			assertEquals(List.of("Allocator: MemoryPoolNVSE.dll (the runtime says: " + runtimeSays
					+ "), chosen at PostPostLoad"), choices, report.of("the client must use MemoryPoolNVSE"));
			assertTrue(log.contains(block + "MemoryPoolNVSE.dll (" + run.allocator() + ")"),
					report.of("the test block must go through MemoryPoolNVSE (" + run.allocator() + ")"));
		} else {
			assertEquals(List.of("Allocator: " + CRT + ", chosen at PostPostLoad"), choices,
					report.of("without the runtime the client must use the CRT"));
			assertTrue(log.contains(block + CRT), report.of("the test block must go through the CRT"));
		}
	}

	private static void assertRuntimeLog(Case run, Path folder, Report report) throws IOException {
		PluginLog runtimeLog = PluginLog.in(folder);
		if (!run.runtime()) {
			assertFalse(Files.exists(runtimeLog.file()), report.of("a runtime log without the runtime"));
			return;
		}
		assertTrue(Files.isRegularFile(runtimeLog.file()), report.of("no " + PluginLog.FILE_NAME));
		assertEquals(List.of(), runtimeLog.malformedLines(), report.of("malformed lines in " + PluginLog.FILE_NAME));
		assertEquals(List.of(run.allocator()), runtimeLog.allocatorStatuses(),
				report.of("the runtime's \"Allocator: \" line"));
	}

	/** The messages the host sent, in order, from its "ok sent-<Name>" lines. */
	private static List<String> sentMessages(Command.Result result) {
		List<String> sent = new ArrayList<>();
		for (Matcher m = SENT.matcher(result.output()); m.find();) {
			sent.add(m.group(1));
		}
		return sent;
	}

	/** What the generated plugin logs for each message sent; MainGameLoop only the first time. */
	private static List<String> expectedMessageLines(List<String> sent) {
		List<String> lines = new ArrayList<>();
		boolean frameLogged = false;
		for (String name : sent) {
			NvseMessage message = NvseMessage.byDisplayName(name).orElseThrow();
			if (message == NvseMessage.MAIN_GAME_LOOP) {
				if (frameLogged) {
					continue; // every frame: logged once
				}
				frameLogged = true;
			}
			lines.add(name + ": " + message.description() + (message == NvseMessage.MAIN_GAME_LOOP ? " (logged once)" : ""));
		}
		return lines;
	}

	private static boolean isMessageLine(String text) {
		return Arrays.stream(NvseMessage.values()).anyMatch(m -> text.startsWith(m.displayName() + ": "));
	}

	/** The texts of the generated plugin's log; every line "[YYYY-MM-DD HH:MM:SS] text" and CRLF-terminated. */
	private static List<String> pluginLogTexts(Path log, Report report) throws IOException {
		assertTrue(Files.isRegularFile(log), report.of("no plugin log " + log.getFileName()));
		String text = Files.readString(log, StandardCharsets.UTF_8);
		assertTrue(text.endsWith("\r\n"), report.of("the plugin log's last line does not end with CRLF"));
		List<String> texts = new ArrayList<>();
		for (String line : text.substring(0, text.length() - 2).split("\r\n", -1)) {
			Matcher matcher = LOG_LINE.matcher(line);
			assertTrue(matcher.matches() && validTimestamp(matcher.group(1)),
					report.of("plugin log line not \"[YYYY-MM-DD HH:MM:SS] text\": " + line));
			texts.add(matcher.group(2));
		}
		return texts;
	}

	private static boolean validTimestamp(String timestamp) {
		try {
			LocalDateTime.parse(timestamp, TIMESTAMP);
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}
}
