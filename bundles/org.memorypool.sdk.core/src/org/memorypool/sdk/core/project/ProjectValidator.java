// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.commands.OpcodeRange;

/**
 * What is wrong with a {@link ProjectSpec}, as one sentence that says what to do; empty when nothing is. The
 * wizard shows the sentence as its page's error, {@code ./sdk new} prints it.
 */
public final class ProjectValidator {

	/** Long enough for any plugin name, short enough for Windows paths under a deep game folder. */
	static final int MAX_NAME_LENGTH = 64;
	static final int MAX_TEXT_LENGTH = 100;
	/** Room for the longest project name and a verb after it, as the example commands are named. */
	static final int MAX_COMMAND_NAME_LENGTH = 2 * MAX_NAME_LENGTH;
	/** More than real commands take; NVSE itself sets no lower bound. */
	static final int MAX_PARAMETERS = 16;
	/** C++ keywords and the names of NVSE's command arguments (COMMAND_ARGS), which a parameter variable would hide. */
	private static final Set<String> RESERVED_PARAMETER_NAMES = Set.of("paramInfo", "scriptData", "thisObj",
			"containingObj", "scriptObj", "eventList", "result", "opcodeOffsetPtr", "auto", "bool", "break", "case",
			"char", "class", "const", "continue", "default", "delete", "do", "double", "else", "enum", "extern", "false",
			"float", "for", "goto", "if", "int", "long", "namespace", "new", "nullptr", "operator", "private", "public",
			"return", "short", "signed", "sizeof", "static", "struct", "switch", "template", "this", "true", "typedef",
			"union", "unsigned", "using", "void", "volatile", "while");

	/** The name becomes a DLL name, a log file name and C symbols: it must be a C identifier. */
	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final Pattern IDENTIFIER_CHARACTER = Pattern.compile("[A-Za-z0-9_]");
	/** Windows opens the device, not a file, for these names with any extension and in any case. */
	private static final Set<String> RESERVED_NAMES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
			"COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
			"LPT8", "LPT9");
	private static final Pattern TOOLCHAIN_PREFIX = Pattern.compile("[A-Za-z0-9_.+-]*");

	private ProjectValidator() {
	}

	/** The first problem with a project name. */
	public static Optional<String> nameProblem(String name) {
		if (name.isEmpty()) {
			return Optional.of("The project name is empty: enter one, e.g. MyPlugin");
		}
		if (name.contains("..")) {
			return Optional.of("The project name must not contain '..': enter a plain name, the project is created"
					+ " in the chosen folder");
		}
		for (String separator : new String[] { "/", "\\" }) {
			if (name.contains(separator)) {
				return Optional.of("The project name must not contain '" + separator + "': enter a plain name, the"
						+ " project is created in the chosen folder");
			}
		}
		if (name.length() > MAX_NAME_LENGTH) {
			return Optional.of("The project name is " + name.length() + " characters long: use at most "
					+ MAX_NAME_LENGTH);
		}
		if (!IDENTIFIER.matcher(name).matches()) {
			int bad = name.codePoints().filter(c -> !IDENTIFIER_CHARACTER.matcher(Character.toString(c)).matches())
					.findFirst().orElse(-1);
			if (bad < 0) {
				return Optional.of("The project name must start with a letter or an underscore: it names the DLL and"
						+ " C symbols");
			}
			return Optional.of("The project name must not contain " + describe(bad) + ": use only letters A-Z,"
					+ " digits and underscores, it names the DLL and C symbols");
		}
		if (name.equalsIgnoreCase("MemoryPoolNVSE") || name.equalsIgnoreCase("jemalloc")) {
			return Optional.of("The project name " + name + " is the MemoryPool runtime's: its DLL would replace the"
					+ " runtime's in the game; choose another name");
		}
		if (RESERVED_NAMES.contains(name.toUpperCase(Locale.ROOT))) {
			return Optional.of("The project name " + name + " is a device name Windows reserves (CON, PRN, AUX, NUL,"
					+ " COM1-9, LPT1-9) and cannot name a DLL: choose another name");
		}
		return Optional.empty();
	}

	/**
	 * The first problem with a version {@code x.y.z} as NVSE packs it.
	 *
	 * @param what what the version is, to start the sentence, e.g. {@code Version} or {@code Minimum NVSE version}
	 */
	public static Optional<String> versionProblem(String what, String version) {
		if (version.isBlank()) {
			return Optional.of(what + " is empty: enter it as x.y.z, e.g. 1.0.0");
		}
		Optional<NvseVersion> parsed = NvseVersion.parse(version);
		if (parsed.isEmpty()) {
			return Optional.of(what + " '" + version + "' is not x.y.z: write three decimal numbers separated by"
					+ " dots, without leading zeros, e.g. 1.0.0");
		}
		if (!parsed.get().fitsNvsePacking()) {
			return Optional.of(what + " " + version + " does not fit NVSE's version number: the first two parts go up"
					+ " to " + NvseVersion.MAX_MAJOR + ", the last up to " + NvseVersion.MAX_BUILD);
		}
		return Optional.empty();
	}

	/**
	 * The first problem with {@code spec}, including the disk: the parent folder must exist and be writable and
	 * the project folder must not exist yet.
	 *
	 * @param nameTakenInWorkspace whether a project of that name is already in the workspace
	 */
	public static Optional<String> problem(ProjectSpec spec, Predicate<String> nameTakenInWorkspace) {
		Optional<String> problem = nameProblem(spec.name());
		if (problem.isPresent()) {
			return problem;
		}
		if (nameTakenInWorkspace.test(spec.name())) {
			return Optional.of("A project named " + spec.name() + " is already in the workspace: choose another name");
		}
		problem = pluginProblem(spec.displayName(), spec.version(), spec.author(), spec.minNvseVersion())
				.or(() -> commandsProblem(spec.opcodeBase(), spec.commands()))
				.or(() -> toolchainProblem(spec.toolchainPrefix(), spec.toolchainPath()));
		return problem.isPresent() ? problem : diskProblem(spec);
	}

	/** The first problem with what the plugin tells NVSE about itself, as the wizard's plugin page collects it. */
	public static Optional<String> pluginProblem(String displayName, String version, String author, String minNvseVersion) {
		return textProblem("display name", displayName, "the name NVSE lists, e.g. My Plugin")
				.or(() -> versionProblem("Version", version))
				.or(() -> textProblem("author", author, null))
				.or(() -> minNvseProblem(minNvseVersion));
	}

	/** The first problem with an opcode base: xNVSE accepts 0x2000 up to below 0x8000. */
	public static Optional<String> opcodeBaseProblem(long base) {
		if (!OpcodeRange.isPluginBase(base)) {
			return Optional.of("The opcode base " + OpcodeRange.hex(base) + " is outside 0x2000-0x7FFF, where xNVSE takes"
					+ " plugins' bases: use 0x2000 while developing, then the range the xNVSE team assigns you");
		}
		return Optional.empty();
	}

	/**
	 * The first problem with a plugin's script commands: each takes the next opcode from the base, within the
	 * {@link OpcodeRange#DEFAULT_SIZE} opcodes of the plugin's range; names are C identifiers, unique ignoring case
	 * (NVSE looks commands up so), parameters C identifiers, optional ones last.
	 */
	public static Optional<String> commandsProblem(int opcodeBase, List<ScriptCommand> commands) {
		Optional<String> base = opcodeBaseProblem(opcodeBase);
		if (base.isPresent() || commands.isEmpty()) {
			return base;
		}
		if (commands.size() > OpcodeRange.DEFAULT_SIZE) {
			return Optional.of(commands.size() + " commands do not fit one opcode range of " + OpcodeRange.DEFAULT_SIZE
					+ ": ask the xNVSE team for a second range and register the rest from its base");
		}
		if (opcodeBase + commands.size() > OpcodeRange.END) {
			return Optional.of(commands.size() + " commands do not fit the opcodes from " + OpcodeRange.hex(opcodeBase)
					+ " up to 0x7FFF, the last plugin opcode: choose a lower base");
		}
		Set<String> names = new HashSet<>();
		for (ScriptCommand command : commands) {
			Optional<String> problem = commandProblem(command, names);
			if (problem.isPresent()) {
				return problem;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> commandProblem(ScriptCommand command, Set<String> names) {
		String name = command.name();
		Optional<String> problem = identifierProblem("The command name", name);
		if (problem.isEmpty() && !command.alias().isEmpty()) {
			problem = identifierProblem("The alias of " + name, command.alias());
		}
		if (problem.isPresent()) {
			return problem;
		}
		if (command.alias().equalsIgnoreCase(name)) {
			return Optional.of("The alias of " + name + " is its own name: leave the alias out");
		}
		for (String taken : command.alias().isEmpty() ? List.of(name) : List.of(name, command.alias())) {
			if (!names.add(taken.toLowerCase(Locale.ROOT))) {
				return Optional.of("Two commands are called " + taken + " (NVSE ignores case): rename one");
			}
		}
		problem = textProblem("help text of " + name, command.help(), null);
		if (problem.isPresent()) {
			return problem;
		}
		if (command.parameters().size() > MAX_PARAMETERS) {
			return Optional.of(name + " has " + command.parameters().size() + " parameters: the SDK generates at most "
					+ MAX_PARAMETERS);
		}
		Set<String> parameters = new HashSet<>();
		boolean optionalSeen = false;
		for (CommandParameter parameter : command.parameters()) {
			problem = identifierProblem("The parameter name of " + name, parameter.name());
			if (problem.isPresent()) {
				return problem;
			}
			if (RESERVED_PARAMETER_NAMES.contains(parameter.name())) {
				return Optional.of("The parameter name " + parameter.name() + " of " + name + " is taken by C++ or by"
						+ " NVSE's command arguments: choose another");
			}
			if (!parameters.add(parameter.name())) {
				return Optional.of(name + " has two parameters called " + parameter.name() + ": rename one");
			}
			if (optionalSeen && !parameter.optional()) {
				return Optional.of("The parameter " + parameter.name() + " of " + name + " is required after an optional"
						+ " one: NVSE reads arguments in order, so make it optional or move it before them");
			}
			optionalSeen |= parameter.optional();
		}
		return Optional.empty();
	}

	private static Optional<String> identifierProblem(String what, String text) {
		if (text.isEmpty()) {
			return Optional.of(what + " is empty: enter one, e.g. MyPluginGetValue");
		}
		if (text.length() > MAX_COMMAND_NAME_LENGTH) {
			return Optional.of(what + " is " + text.length() + " characters long: use at most " + MAX_COMMAND_NAME_LENGTH);
		}
		if (!IDENTIFIER.matcher(text).matches()) {
			return Optional.of(what + " " + TerminalText.escape(text) + " is not a C identifier: use letters A-Z, digits"
					+ " and underscores, starting with a letter");
		}
		return Optional.empty();
	}

	/**
	 * The first problem with text that goes into a C++ string literal and comments.
	 *
	 * @param example what to enter when the text is required and empty; null when it may be empty
	 */
	private static Optional<String> textProblem(String what, String text, String example) {
		String subject = "The " + what;
		if (text.isBlank()) {
			return example == null ? Optional.empty() : Optional.of(subject + " is empty: enter " + example);
		}
		if (text.length() > MAX_TEXT_LENGTH) {
			return Optional.of(subject + " is " + text.length() + " characters long: use at most " + MAX_TEXT_LENGTH);
		}
		String cause = ": it is written into the plugin's C++ source; leave it out";
		int control = text.codePoints().filter(Character::isISOControl).findFirst().orElse(-1);
		if (control >= 0) {
			return Optional.of(subject + " must not contain line breaks or other control characters ("
					+ describe(control) + ")" + cause);
		}
		for (String breaking : new String[] { "\"", "\\", "*/", "??" }) {
			if (text.contains(breaking)) {
				return Optional.of(subject + " must not contain '" + breaking + "'" + cause);
			}
		}
		return Optional.empty();
	}

	private static Optional<String> minNvseProblem(String minNvseVersion) {
		String what = "Minimum NVSE version";
		return versionProblem(what, minNvseVersion).or(() -> {
			if (NvseVersion.parse(minNvseVersion).orElseThrow().compareTo(NvseVersion.OLDEST_NVSE) < 0) {
				return Optional.of(what + " " + minNvseVersion + " is older than " + NvseVersion.OLDEST_NVSE
						+ ", the oldest NVSE the SDK supports (the MemoryPool runtime's own minimum): use "
						+ NvseVersion.OLDEST_NVSE + " or newer");
			}
			return Optional.empty();
		});
	}

	private static Optional<String> toolchainProblem(String prefix, String path) {
		if (!TOOLCHAIN_PREFIX.matcher(prefix).matches()) {
			return Optional.of("The toolchain prefix '" + prefix + "' may contain only letters, digits and . _ + -,"
					+ " e.g. " + ProjectSpec.DEFAULT_TOOLCHAIN_PREFIX);
		}
		if (path.isEmpty()) {
			return Optional.empty();
		}
		if (path.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '"')) {
			return Optional.of("The toolchain path must not contain quotes or control characters: give the folder"
					+ " that holds " + prefix + "g++");
		}
		if (!Path.of(path).isAbsolute()) {
			return Optional.of("The toolchain path " + path + " is not absolute: give the full path of the folder"
					+ " that holds " + prefix + "g++, or leave it empty to use PATH");
		}
		return Optional.empty();
	}

	private static Optional<String> diskProblem(ProjectSpec spec) {
		Path parent = spec.parentDir().toAbsolutePath().normalize();
		if (!Files.isDirectory(parent)) {
			return Optional.of(Files.exists(parent) ? parent + " is a file, not a folder: choose a folder"
					: "The folder " + parent + " does not exist: create it first, or choose another folder");
		}
		if (!Files.isWritable(parent)) {
			return Optional.of("The folder " + parent + " is not writable: choose a folder you can write to");
		}
		Path target = parent.resolve(spec.name());
		// NOFOLLOW_LINKS: a dangling link also occupies the name.
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.of(target + " already exists: choose another project name or folder");
		}
		return Optional.empty();
	}

	/** A character for a message: itself in quotes when visible, else its code point. */
	private static String describe(int codePoint) {
		if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) && codePoint != ' ') {
			return String.format(Locale.ROOT, "U+%04X", codePoint);
		}
		return "'" + Character.toString(codePoint) + "'";
	}
}
