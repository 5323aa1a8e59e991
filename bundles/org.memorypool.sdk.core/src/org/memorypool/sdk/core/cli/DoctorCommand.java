// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.memorypool.sdk.core.doctor.Doctor;
import org.memorypool.sdk.core.doctor.DoctorCheck;
import org.memorypool.sdk.core.game.GameInstallFinder;
import org.memorypool.sdk.core.game.ModOrganizerInstance;

/**
 * {@code ./sdk doctor [--game DIR] [--mods DIR]}: a checklist of what stops a plugin from loading on this machine
 * ({@link Doctor}); reads everything and changes nothing. Exit status 1 when something does, 0 otherwise.
 */
final class DoctorCommand implements Command {

	static final int EXIT_BLOCKED = 1;
	private static final Map<String, String> VALUE_OPTIONS = Map.of("--game", "\"C:/Games/Fallout New Vegas\"", "--mods",
			"\"C:/Modding/MO2/mods\"");

	private final UnaryOperator<String> properties;
	private final Supplier<GameInstallFinder> finder;
	private final Optional<Path> instancesFolder;

	DoctorCommand() {
		this(System::getProperty, GameInstallFinder::forThisMachine, ModOrganizerInstance.instancesFolderOfThisMachine());
	}

	/**
	 * @param properties      the system properties, as {@code ./sdk} gives the runtime's files
	 * @param finder          where the game is looked for without {@code --game}
	 * @param instancesFolder Mod Organizer 2's folder of global instances
	 */
	DoctorCommand(UnaryOperator<String> properties, Supplier<GameInstallFinder> finder, Optional<Path> instancesFolder) {
		this.properties = properties;
		this.finder = finder;
		this.instancesFolder = instancesFolder;
	}

	@Override
	public String name() {
		return "doctor";
	}

	@Override
	public String usage() {
		return "doctor [--game <dir>] [--mods <MO2 mods>]";
	}

	@Override
	public String summary() {
		return "check the game, xNVSE, the plugins, the MemoryPool runtime and Mod Organizer 2; change nothing";
	}

	@Override
	public List<String> details() {
		return List.of("without --game, the game is looked for where Steam, GOG, the registry and FalloutNVPath say",
				"exit status: 0 nothing stops a plugin from loading, 1 something does (a line marked problem), 2 wrong"
						+ " arguments");
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		CommandArguments arguments = CommandArguments.parse(args, VALUE_OPTIONS, Set.of(), "--game and --mods", null,
				null);
		Optional<Path> game = arguments.value("--game").map(g -> Path.of(g).toAbsolutePath().normalize());
		Optional<Path> mods = arguments.value("--mods").map(m -> Path.of(m).toAbsolutePath().normalize());
		Doctor doctor = new Doctor(finder.get(), Optional.ofNullable(properties.apply(DeployCommand.PLUGIN_PROPERTY))
				.map(Path::of), Optional.ofNullable(properties.apply(DeployCommand.JEMALLOC_PROPERTY)).map(Path::of),
				instancesFolder);
		List<DoctorCheck> checks = doctor.examine(game, mods);
		Doctor.lines(checks).forEach(out::println);
		return Doctor.blocking(checks) ? EXIT_BLOCKED : 0;
	}
}
