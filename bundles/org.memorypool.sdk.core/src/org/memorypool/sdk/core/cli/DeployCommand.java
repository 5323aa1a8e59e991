// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.memorypool.sdk.core.Sentences;
import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.CdtProject;
import org.memorypool.sdk.core.build.CdtProjectException;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.deploy.DeployException;
import org.memorypool.sdk.core.deploy.DeployPlan;
import org.memorypool.sdk.core.deploy.DeployPlanner;
import org.memorypool.sdk.core.deploy.DeployTarget;
import org.memorypool.sdk.core.deploy.Deployer;
import org.memorypool.sdk.core.deploy.ModOrganizerEnabling;
import org.memorypool.sdk.core.deploy.PluginProject;
import org.memorypool.sdk.core.game.GameFolderCheck;
import org.memorypool.sdk.core.game.GameInstall;
import org.memorypool.sdk.core.game.GameInstallFinder;
import org.memorypool.sdk.core.game.GameLayout;

/**
 * {@code ./sdk deploy}: builds a plugin project's configuration when it is out of date, then copies its DLL into
 * the game (or a Mod Organizer 2 mod), with the MemoryPool runtime when the plugin uses it; {@code --undo} puts
 * back what the last deploy replaced. A refusal is one line and changes nothing in the game.
 */
final class DeployCommand implements Command {

	/** The runtime's files that ./sdk passes: the built MemoryPoolNVSE.dll and jemalloc.dll. */
	static final String PLUGIN_PROPERTY = "memorypool.plugin";
	static final String JEMALLOC_PROPERTY = "memorypool.jemalloc";
	private static final String DEFAULT_CONFIGURATION = PluginProject.DEFAULT_CONFIGURATION;
	private static final String REFUSED = "Not deployed: ";
	private static final Map<String, String> VALUE_OPTIONS = Map.of("--game", "\"C:/Games/Fallout New Vegas\"",
			"--config", DEFAULT_CONFIGURATION, "--mods", "\"C:/Modding/MO2/mods\"");
	private static final String UNDO = "--undo";

	private final UnaryOperator<String> properties;
	private final Supplier<List<GameInstall>> installs;

	DeployCommand() {
		this(System::getProperty, () -> GameInstallFinder.forThisMachine().find());
	}

	/**
	 * @param properties the system properties, as the runtime's files are given
	 * @param installs   the game folders found on this machine, suggested when {@code --game} is missing
	 */
	DeployCommand(UnaryOperator<String> properties, Supplier<List<GameInstall>> installs) {
		this.properties = properties;
		this.installs = installs;
	}

	@Override
	public String name() {
		return "deploy";
	}

	@Override
	public String usage() {
		return "deploy <projectDir> --game <dir> [--config Release] [--mods <MO2 mods>] [--undo]";
	}

	@Override
	public String summary() {
		return "build a plugin project if needed and copy its DLL, and the MemoryPool runtime it uses, into the game";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		CommandArguments arguments = CommandArguments.parse(args, VALUE_OPTIONS, Set.of(UNDO), "--game, --config, --mods and --undo",
				"give the project folder, e.g. ./sdk deploy MyPlugin --game <game folder>", "project folder");
		Map<String, String> options = arguments.values();
		boolean undo = arguments.has(UNDO);
		String folder = arguments.folder();
		Path projectDir = Path.of(folder).toAbsolutePath().normalize();
		if (!Files.isDirectory(projectDir)) {
			throw new UsageException("there is no folder " + projectDir
					+ ": give the folder that holds the project's .project and .cproject");
		}
		Deployer deployer = PluginProject.deployer(projectDir);
		if (undo) {
			if (!options.isEmpty()) {
				throw new UsageException("--undo takes only the project folder: it undoes the deploy recorded there");
			}
			return undo(deployer, projectDir, out);
		}
		String game = options.get("--game");
		if (game == null) {
			throw new UsageException("give the game folder with --game <dir>" + suggestion());
		}
		return deploy(projectDir, Path.of(game).toAbsolutePath().normalize(),
				options.getOrDefault("--config", DEFAULT_CONFIGURATION),
				Optional.ofNullable(options.get("--mods")).map(m -> Path.of(m).toAbsolutePath().normalize()), deployer,
				out);
	}

	private int deploy(Path projectDir, Path gameDir, String configName, Optional<Path> mods, Deployer deployer,
			PrintStream out) throws UsageException {
		CdtProject project;
		try {
			project = CprojectReader.read(projectDir);
		} catch (CdtProjectException e) {
			return refuse(out, e.getMessage());
		}
		BuildConfiguration configuration = ArtifactBuild.configuration(project, configName);
		GameFolderCheck check = GameFolderCheck.of(gameDir);
		if (!check.usable()) {
			return refuse(out, check.errors().get(0));
		}
		String plugin = properties.apply(PLUGIN_PROPERTY);
		String jemalloc = properties.apply(JEMALLOC_PROPERTY);
		if (plugin == null || jemalloc == null) {
			return refuse(out, "the MemoryPool runtime's files are not configured: run this command through ./sdk,"
					+ " which passes -D" + PLUGIN_PROPERTY + "=<MemoryPoolNVSE.dll> -D" + JEMALLOC_PROPERTY + "=<jemalloc.dll>");
		}
		check.warnings().forEach(w -> out.println("warning: " + TerminalText.escapeLine(w)));

		ArtifactBuild build = ArtifactBuild.of(projectDir, project.name(), configuration, out);
		if (build.refusal() != null) {
			return refuse(out, build.refusal());
		}
		Path dll = build.dll();
		boolean usesMemoryPool = build.usesMemoryPool();
		out.println(PluginProject.describeUse(usesMemoryPool));

		DeployPlan plan;
		DeployTarget target;
		List<String> notes;
		try {
			// A deploy a crash interrupted is rolled back first, so that the plan sees the files as they were.
			deployer.rollBackInterrupted();
			target = new DeployTarget(new GameLayout(gameDir), mods);
			plan = new DeployPlanner(Path.of(plugin), Path.of(jemalloc)).plan(dll, project.name(), usesMemoryPool, target);
			if (plan.copies().isEmpty()) {
				// Not applied: an empty deploy would replace the journal and lose the undo of the last real one.
				plan.describe().forEach(line -> out.println(TerminalText.escapeLine(line)));
				ModOrganizerEnabling.enable(target, project.name(), usesMemoryPool).lines().forEach(out::println);
				out.println("Nothing to deploy: the game already has these files");
				return 0;
			}
			notes = deployer.apply(plan);
		} catch (DeployException e) {
			return refuse(out, e.getMessage());
		}
		plan.describe().forEach(line -> out.println(TerminalText.escapeLine(line)));
		notes.forEach(line -> out.println(TerminalText.escapeLine(line)));
		ModOrganizerEnabling.enableAndRecord(deployer, target, project.name(), usesMemoryPool).forEach(out::println);
		out.println("Deployed; to put back what was there before, run ./sdk deploy " + projectDir + " --undo");
		return 0;
	}

	private static int undo(Deployer deployer, Path projectDir, PrintStream out) {
		try {
			List<String> lines = deployer.undo();
			lines.forEach(line -> out.println(TerminalText.escapeLine(line)));
			out.println("Undid the last deploy of " + projectDir);
			return 0;
		} catch (DeployException e) {
			out.println("Not undone: " + TerminalText.escapeLine(Sentences.continuing(e.getMessage())));
			return 1;
		}
	}

	/** A usable game folder found on this machine, as an example for the usage message. */
	private String suggestion() {
		return installs.get().stream().filter(i -> GameFolderCheck.of(i.folder()).usable()).findFirst()
				.map(i -> ", e.g. --game \"" + TerminalText.escape(i.folder().toString()) + "\" (found through "
						+ TerminalText.escape(i.source()) + ")").orElse("");
	}

	private static int refuse(PrintStream out, String reason) {
		out.println(REFUSED + TerminalText.escapeLine(Sentences.continuing(reason)));
		return 1;
	}
}
