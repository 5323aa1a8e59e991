// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.memorypool.sdk.core.TerminalText;

/**
 * The dispatcher behind {@code ./sdk}: picks the command named by the first argument and runs it.
 * The script handles {@code ide} and {@code test} itself; everything else comes here.
 */
public final class SdkCommandLine {

	/** Exit code for wrong arguments, as for most Unix tools. */
	public static final int EXIT_USAGE = 2;
	/** A failure no command declares: a bug of the SDK (sysexits' EX_SOFTWARE). */
	public static final int EXIT_INTERNAL = 70;

	private final Map<String, Command> commands = new LinkedHashMap<>();

	/** A command line with {@code help} and the given commands. */
	public SdkCommandLine(List<Command> commands) {
		add(new HelpCommand());
		commands.forEach(this::add);
	}

	private void add(Command command) {
		if (commands.putIfAbsent(command.name(), command) != null) {
			throw new IllegalArgumentException("Two commands are named " + command.name());
		}
	}

	/** The commands of this SDK version, in the order {@code ./sdk help} lists them. */
	public static SdkCommandLine standard() {
		return new SdkCommandLine(List.of(new NewCommand(), new BuildCommand(), new CleanCommand(), new DeployCommand(), new PackageCommand(), new InstallCommand(), new InspectCommand(), new DoctorCommand(),
				new LogsCommand(), new RunCommand(), new MonitorCommand(), new SymbolizeCommand(), new ApiCommand(), new VersionCommand()));
	}

	public List<Command> commands() {
		return List.copyOf(commands.values());
	}

	public int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0) {
			err.println("sdk: no command given: run './sdk help' for the list of commands");
			return EXIT_USAGE;
		}
		Command command = commands.get(args[0]);
		if (command == null) {
			err.println("sdk: unknown command '" + TerminalText.escape(args[0]) + "': run './sdk help' for the list of commands");
			return EXIT_USAGE;
		}
		try {
			return command.run(Arrays.asList(args).subList(1, args.length), out);
		} catch (UsageException e) {
			err.println("sdk " + command.name() + ": " + e.getMessage() + " (usage: ./sdk " + command.usage() + ")");
			return EXIT_USAGE;
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			// A failure no reader or command declares is a bug of the SDK: one line, the trace only when asked for. The
			// two errors unwind the stack, so there is room to report them; any other Error is the JVM's own.
			err.println("sdk " + command.name() + ": internal error (" + TerminalText.escape(String.valueOf(e))
					+ "): please report it with the command line; SDK_DEBUG=1 prints the details");
			if (System.getenv("SDK_DEBUG") != null) {
				e.printStackTrace(err);
			}
			return EXIT_INTERNAL;
		}
	}

	public static void main(String[] args) {
		System.exit(standard().run(args, new EscapingPrintStream(System.out), new EscapingPrintStream(System.err)));
	}

	/** Lists the commands; {@code ./sdk help} prints the script's own commands before these. */
	private final class HelpCommand implements Command {

		@Override
		public String name() {
			return "help";
		}

		@Override
		public String usage() {
			return "help";
		}

		@Override
		public String summary() {
			return "list the commands";
		}

		@Override
		public int run(List<String> args, PrintStream out) throws UsageException {
			if (!args.isEmpty()) {
				throw new UsageException("help takes no arguments");
			}
			int width = commands.values().stream().mapToInt(c -> c.usage().length()).max().orElse(0);
			for (Command command : commands.values()) {
				out.printf("  ./sdk %-" + width + "s  %s%n", command.usage(), command.summary());
				String indent = " ".repeat(width + 10);
				command.details().forEach(line -> out.println(indent + line));
			}
			return 0;
		}
	}
}
