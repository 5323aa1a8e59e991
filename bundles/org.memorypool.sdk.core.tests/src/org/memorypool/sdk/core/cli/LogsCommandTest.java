// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.project.ProjectGenerator;
import org.memorypool.sdk.core.project.ProjectSpec;

/** {@code ./sdk logs}: the lines a run of the game writes to the three logs, as they come; none of an earlier run's. */
class LogsCommandTest {

	private static final Path HEADER = Path.of(System.getProperty("memorypool.header")).toAbsolutePath();

	@TempDir
	Path dir;

	private Path project() throws Exception {
		return new ProjectGenerator(HEADER, HEADER.resolveSibling("nvse_plugin.h"))
				.generate(ProjectSpec.defaults("Foo", Files.createDirectories(dir.resolve("workspace"))));
	}

	/** Output whose "Lines written" line (printed once following has begun) plays the game writing its logs. */
	private static final class GameRunOutput extends PrintStream {
		private final Runnable game;

		GameRunOutput(ByteArrayOutputStream bytes, Runnable game) {
			super(bytes, true, StandardCharsets.UTF_8);
			this.game = game;
		}

		@Override
		public void println(String line) {
			super.println(line);
			if (line.startsWith("Lines written")) {
				game.run();
			}
		}
	}

	@Test
	void linesWrittenWhileFollowingArePrintedOnceAndAnEarlierRunsAreNot() throws Exception {
		Path project = project();
		Path game = Files.createDirectories(dir.resolve("Fallout New Vegas"));
		Files.writeString(game.resolve("FalloutNV.exe"), "MZ");
		Files.writeString(game.resolve("nvse.log"), "NVSE runtime: initialize (earlier run)\r\n");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		PrintStream out = new GameRunOutput(bytes, () -> {
			try {
				Files.writeString(game.resolve("nvse.log"), "NVSE runtime: initialize\r\nplugin Foo loaded\r\n");
				Files.writeString(game.resolve("Foo.log"), "Registered the script commands from opcode 0x2000\r\n");
				Files.writeString(game.resolve("MemoryPoolNVSE.log"), "Allocator: jemalloc\r\npartial",
						StandardOpenOption.CREATE_NEW);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		int exit = new SdkCommandLine(List.of(new LogsCommand())).run(new String[] { "logs", project.toString(), "--game",
				game.toString(), "--seconds", "1" }, out, new PrintStream(errors, true, StandardCharsets.UTF_8));
		List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
		assertEquals(0, exit, () -> errors + "\n" + lines);
		assertTrue(lines.get(0).startsWith("Following " + game.resolve("Foo.log") + ", " + game.resolve("nvse.log") + ", "
				+ game.resolve("MemoryPoolNVSE.log")), lines::toString);
		assertEquals(List.of("Lines written in the next 1 s.", "[Foo.log] Registered the script commands from opcode 0x2000",
				"[nvse.log] NVSE runtime: initialize", "[nvse.log] plugin Foo loaded", "[MemoryPoolNVSE.log] Allocator: jemalloc"),
				lines.subList(1, lines.size()));
	}

	@Test
	void withoutAGameOrWithABadDurationItSaysWhatToGive() throws Exception {
		Path project = project();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		SdkCommandLine sdk = new SdkCommandLine(List.of(new LogsCommand()));
		PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
		assertEquals(SdkCommandLine.EXIT_USAGE, sdk.run(new String[] { "logs", project.toString() }, System.out, err));
		assertEquals(SdkCommandLine.EXIT_USAGE, sdk.run(new String[] { "logs", project.toString(), "--game",
				dir.toString(), "--seconds", "soon" }, System.out, err));
		assertEquals(List.of("sdk logs: give the game folder with --game <dir>, the folder of FalloutNV.exe (usage: ./sdk"
				+ " logs <projectDir> --game <dir> [--mods <MO2 mods>] [--seconds N])", "sdk logs: --seconds takes a whole"
						+ " number of seconds from 0 to 604800, not 'soon' (usage: ./sdk logs <projectDir> --game <dir>"
						+ " [--mods <MO2 mods>] [--seconds N])"), errors.toString(StandardCharsets.UTF_8).lines().toList());
	}
}
