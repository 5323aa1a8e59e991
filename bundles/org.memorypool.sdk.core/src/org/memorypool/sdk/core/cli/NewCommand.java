// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.memorypool.sdk.core.Sentences;
import org.memorypool.sdk.core.commands.OpcodeLedger;
import org.memorypool.sdk.core.commands.OpcodeRange;
import org.memorypool.sdk.core.project.CommandSpecs;
import org.memorypool.sdk.core.project.NvseMessage;
import org.memorypool.sdk.core.project.ParameterType;
import org.memorypool.sdk.core.project.ProjectException;
import org.memorypool.sdk.core.project.ProjectGenerator;
import org.memorypool.sdk.core.project.ProjectSpec;
import org.memorypool.sdk.core.project.ProjectValidator;

/** {@code ./sdk new}: creates an NVSE plugin project as the SDK's new-project wizard does. */
final class NewCommand implements Command {

	/** The options that take a value, with an example of each. */
	private static final Map<String, String> VALUE_OPTIONS = Map.of("--name", "MyPlugin", "--display-name",
			"\"My Plugin\"", "--author", "\"Jane Doe\"", "--version", "1.0.0", "--min-nvse", "6.1.0", "--messages",
			"PostLoad,PostPostLoad", "--opcode-base", "0x2000", "--commands", "\"MyPluginScale(float value):number\"");
	private static final String NO_MEMORYPOOL = "--no-memorypool";
	private static final String COSAVE = "--cosave";
	private static final String EVENTS = "--events";
	private static final String CI = "--ci";
	/** The options as an unknown option's message lists them; the usage line stays short for ./sdk help. */
	private static final String OPTIONS = "--display-name <text>, --author <text>, --version x.y.z, --min-nvse x.y.z,"
			+ " --messages <PostLoad,PostPostLoad,...|all|none>, --opcode-base <0x2000..0x7FFF>,"
			+ " --commands \"Name[/Alias][(type name[?], ...)][:number|form|string][=help]; ...\"|none, " + COSAVE + ", "
			+ EVENTS + ", " + CI + ", " + NO_MEMORYPOOL;

	@Override
	public String name() {
		return "new";
	}

	@Override
	public String usage() {
		return "new <parentDir> --name <Name> [options]";
	}

	@Override
	public String summary() {
		return "create an NVSE plugin project <parentDir>/<Name> for Eclipse CDT and ./sdk build";
	}

	@Override
	public List<String> details() {
		return List.of("options: " + OPTIONS,
				"--commands: parameter types " + Arrays.stream(ParameterType.values()).map(ParameterType::toString)
						.collect(Collectors.joining(", ")) + "; default: <Name>GetVersion and <Name>AddNumbers",
				"--opcode-base: 0x2000 (xNVSE's development base) until the xNVSE team assigns the plugin a range");
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		CommandArguments arguments = CommandArguments.parse(args, VALUE_OPTIONS, Set.of(NO_MEMORYPOOL, COSAVE, EVENTS, CI), OPTIONS,
				"give the folder to create the project in, e.g. ./sdk new . --name MyPlugin", "parent folder");
		Map<String, String> options = arguments.values();
		boolean useMemoryPool = !arguments.has(NO_MEMORYPOOL);
		String parent = arguments.folder();
		String name = options.get("--name");
		if (name == null) {
			throw new UsageException("give the project's name with --name, e.g. --name MyPlugin");
		}
		ProjectSpec spec = ProjectSpec.defaults(name, Path.of(parent).toAbsolutePath().normalize())
				.withUseMemoryPool(useMemoryPool);
		spec = spec.withDisplayName(options.getOrDefault("--display-name", spec.displayName()))
				.withAuthor(options.getOrDefault("--author", spec.author()))
				.withVersion(options.getOrDefault("--version", spec.version()))
				.withMinNvseVersion(options.getOrDefault("--min-nvse", spec.minNvseVersion()));
		if (options.containsKey("--messages")) {
			spec = spec.withMessages(messages(options.get("--messages")));
		}
		spec = spec.withCoSave(arguments.has(COSAVE)).withEventHandler(arguments.has(EVENTS)).withCiWorkflow(arguments.has(CI));
		if (options.containsKey("--opcode-base")) {
			spec = spec.withOpcodeBase(opcodeBase(options.get("--opcode-base")));
		}
		if (options.containsKey("--commands")) {
			try {
				spec = spec.withCommands(CommandSpecs.parse(options.get("--commands")));
			} catch (ProjectException e) {
				throw new UsageException(Sentences.continuing(e.getMessage()));
			}
		}
		Optional<String> problem = ProjectValidator.problem(spec, taken -> false);
		if (problem.isPresent()) {
			throw new UsageException(Sentences.continuing(problem.get()));
		}
		String header = System.getProperty(ApiCommand.DEFAULT_HEADER_PROPERTY);
		if (header == null) {
			out.println("No MemoryPool.h configured: run this command through ./sdk, which passes -D"
					+ ApiCommand.DEFAULT_HEADER_PROPERTY + "=<SDK>/native-plugin/include/MemoryPool.h");
			return 1;
		}
		Path memoryPoolHeader = Path.of(header).toAbsolutePath();
		try {
			Path projectDir = new ProjectGenerator(memoryPoolHeader, memoryPoolHeader.resolveSibling("nvse_plugin.h"))
					.generate(spec);
			out.println("Created " + projectDir);
			if (!spec.commands().isEmpty()) {
				out.println(spec.commands().size() + " script command" + (spec.commands().size() == 1 ? "" : "s")
						+ " from opcode " + OpcodeRange.hex(spec.opcodeBase()) + ", recorded in " + OpcodeLedger.FILE_NAME
						+ (spec.opcodeBase() == OpcodeRange.DEVELOPMENT_BASE ? " (0x2000 is for development: a released"
								+ " plugin needs its own range from the xNVSE team)" : ""));
			}
			if (spec.coSave() && spec.opcodeBase() == OpcodeRange.DEVELOPMENT_BASE) {
				out.println("warning: xNVSE's release builds keep no co-save data of a plugin on the development opcode base"
						+ " 0x2000: set your own range (--opcode-base) before players rely on it");
			}
			out.println("Next: build it with ./sdk build " + projectDir);
			return 0;
		} catch (ProjectException e) {
			out.println(e.getMessage());
			return 1;
		}
	}

	/** A base written as 0x2000 (hexadecimal, as xNVSE writes opcodes) or 8192. */
	private static int opcodeBase(String text) throws UsageException {
		long base = OpcodeRange.parse(text).orElseThrow(() -> new UsageException("--opcode-base " + text
				+ " is not a number: write it as xNVSE does, e.g. 0x2000"));
		Optional<String> problem = ProjectValidator.opcodeBaseProblem(base);
		if (problem.isPresent()) {
			throw new UsageException(Sentences.continuing(problem.get()));
		}
		return (int) base;
	}

	/** The messages named in a comma-separated list, or {@code all}; an empty list, or {@code none}, names none. */
	private static Set<NvseMessage> messages(String list) throws UsageException {
		Set<NvseMessage> messages = EnumSet.noneOf(NvseMessage.class);
		if (list.isBlank() || list.strip().equalsIgnoreCase("none")) {
			return messages;
		}
		if (list.strip().equalsIgnoreCase("all")) {
			return EnumSet.allOf(NvseMessage.class);
		}
		for (String name : list.split(",")) {
			if (name.isBlank()) {
				continue;
			}
			messages.add(NvseMessage.byDisplayName(name).orElseThrow(() -> new UsageException("unknown NVSE message '"
					+ name.strip() + "': choose from " + Arrays.stream(NvseMessage.values())
							.map(NvseMessage::displayName).collect(Collectors.joining(", ")) + ", or all, or none")));
		}
		return messages;
	}
}
