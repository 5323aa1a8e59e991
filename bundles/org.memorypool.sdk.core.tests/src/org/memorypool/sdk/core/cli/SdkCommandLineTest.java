// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class SdkCommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(SdkCommandLine commandLine, String... args) {
		return commandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void noCommandIsAUsageErrorOnOneLine() {
		assertEquals(SdkCommandLine.EXIT_USAGE, run(SdkCommandLine.standard()));
		assertEquals("sdk: no command given: run './sdk help' for the list of commands", err().strip());
		assertEquals("", out());
	}

	@Test
	void unknownCommandNamesItAndSaysWhatToDo() {
		assertEquals(SdkCommandLine.EXIT_USAGE, run(SdkCommandLine.standard(), "biuld", "x"));
		assertEquals("sdk: unknown command 'biuld': run './sdk help' for the list of commands", err().strip());
	}

	@Test
	void helpListsEveryCommandWithItsUsage() {
		SdkCommandLine commandLine = SdkCommandLine.standard();
		assertEquals(0, run(commandLine, "help"));
		List<String> lines = out().lines().toList();
		assertEquals(commandLine.commands().stream().mapToInt(c -> 1 + c.details().size()).sum(), lines.size());
		for (Command command : commandLine.commands()) {
			assertTrue(lines.stream().anyMatch(l -> l.contains("./sdk " + command.usage()) && l.endsWith(command.summary())),
					() -> command.name() + " missing from: " + out());
		}
		// new's options and the parameter types its --commands takes, which were only in an error message.
		assertTrue(lines.stream().anyMatch(l -> l.strip().startsWith("options: --display-name <text>")), out());
		assertTrue(lines.stream().anyMatch(l -> l.strip().startsWith("--commands: parameter types string, integer, float,")),
				out());
	}

	@Test
	void versionPrintsTheBundleVersion() {
		assertEquals(0, run(SdkCommandLine.standard(), "version"));
		assertTrue(out().strip().matches("MemoryPool SDK \\d+\\.\\d+\\.\\d+\\.\\S+"), out());
	}

	@Test
	void wrongArgumentsOfACommandGiveItsUsage() {
		assertEquals(SdkCommandLine.EXIT_USAGE, run(SdkCommandLine.standard(), "version", "--verbose"));
		assertEquals("sdk version: version takes no arguments (usage: ./sdk version)", err().strip());
		assertEquals("", out());
	}

	@Test
	void exitCodeOfTheCommandIsPassedOn() {
		Command failing = new Command() {
			@Override
			public String name() {
				return "fail";
			}

			@Override
			public String usage() {
				return "fail";
			}

			@Override
			public String summary() {
				return "always fails";
			}

			@Override
			public int run(List<String> args, PrintStream o) {
				o.println("args=" + args);
				return 7;
			}
		};
		assertEquals(7, run(new SdkCommandLine(List.of(failing)), "fail", "a", "b"));
		assertEquals("args=[a, b]", out().strip());
	}

	@Test
	void twoCommandsWithOneNameAreRefused() {
		Command version = SdkCommandLine.standard().commands().stream().filter(c -> c.name().equals("version")).findFirst().orElseThrow();
		assertThrows(IllegalArgumentException.class, () -> new SdkCommandLine(List.of(version, version)));
	}

	@org.junit.jupiter.api.Test
	void aFailureNoCommandDeclaresIsOneLineAndItsOwnExitStatus() {
		Command broken = new Command() {
			@Override
			public String name() {
				return "broken";
			}

			@Override
			public String usage() {
				return "broken";
			}

			@Override
			public String summary() {
				return "fails";
			}

			@Override
			public int run(java.util.List<String> args, java.io.PrintStream out) {
				throw new IllegalStateException("a bug\u001b[2J");
			}
		};
		CapturedRun run = new CapturedRun();
		org.junit.jupiter.api.Assertions.assertEquals(SdkCommandLine.EXIT_INTERNAL,
				run.run(new SdkCommandLine(java.util.List.of(broken)), "broken"));
		org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("sdk broken: internal error"
				+ " (java.lang.IllegalStateException: a bug\\x1B[2J): please report it with the command line; SDK_DEBUG=1"
				+ " prints the details"), run.errLines());
	}

	/** The trial's deep Steam file overflowed the stack past the one line: an overflow is reported as any bug is. */
	@org.junit.jupiter.api.Test
	void aStackOverflowIsOneLineAndTheInternalExitStatus() {
		Command deep = new Command() {
			@Override
			public String name() {
				return "deep";
			}

			@Override
			public String usage() {
				return "deep";
			}

			@Override
			public String summary() {
				return "recurses";
			}

			@Override
			public int run(java.util.List<String> args, java.io.PrintStream out) {
				return recurse(0);
			}

			private int recurse(int depth) {
				return recurse(depth + 1) + 1;
			}
		};
		CapturedRun run = new CapturedRun();
		org.junit.jupiter.api.Assertions.assertEquals(SdkCommandLine.EXIT_INTERNAL,
				run.run(new SdkCommandLine(java.util.List.of(deep)), "deep"));
		org.junit.jupiter.api.Assertions.assertEquals(1, run.errLines().size(), run.errLines()::toString);
		assertTrue(run.errLines().get(0).startsWith("sdk deep: internal error (java.lang.StackOverflowError"),
				run.errLines()::toString);
	}

	/** The third trial: messages that forgot to escape a name (a folder made by an archive) reached the terminal raw. */
	@org.junit.jupiter.api.Test
	void everyLineTheCommandLinePrintsIsEscaped() {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		java.io.PrintStream terminal = new EscapingPrintStream(new java.io.PrintStream(bytes, true,
				java.nio.charset.StandardCharsets.UTF_8));
		terminal.println("Built /tmp/Z\u001b]0;PWNED\u0007\u001b[2J/Debug/Base.dll\tdone");
		terminal.println("already \\x1B escaped stays as it is");
		assertEquals("Built /tmp/Z\\x1B]0;PWNED\\x07\\x1B[2J/Debug/Base.dll\tdone" + System.lineSeparator()
				+ "already \\x1B escaped stays as it is" + System.lineSeparator(),
				bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
	}
}
