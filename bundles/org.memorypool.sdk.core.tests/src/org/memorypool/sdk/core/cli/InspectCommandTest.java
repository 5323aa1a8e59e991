package org.memorypool.sdk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.pe.PeReaderTestData;

class InspectCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private int inspect(String... args) throws UsageException {
		return new InspectCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void printsFormatMachineExportsAndImports() throws Exception {
		Path dll = Files.write(dir.resolve("plugin.dll"), PeReaderTestData.plugin(0x14C, false, List.of("KERNEL32.dll", "msvcrt.dll")));
		assertEquals(0, inspect(dll.toString()));
		assertEquals(dll + """

				  format:  PE32 DLL
				  machine: i386 (0x014C)
				  exports: 2
				    NVSEPlugin_Load
				    NVSEPlugin_Query
				  imports: 2
				    KERNEL32.dll
				    msvcrt.dll
				""", out());
	}

	@Test
	void warnsAboutWhatTheGameCannotLoad() throws Exception {
		Path dll = Files.write(dir.resolve("x64.dll"), PeReaderTestData.plugin(0x8664, true, List.of("KERNEL32.dll", "libstdc++-6.dll")));
		assertEquals(0, inspect(dll.toString()));
		List<String> warnings = out().lines().filter(l -> l.startsWith("warning: ")).toList();
		assertEquals(List.of(
				"warning: Fallout: New Vegas is a 32-bit game and loads only PE32 i386 DLLs: build with the i686-w64-mingw32- toolchain",
				"warning: imports libstdc++-6.dll, which players do not have: link with -static-libgcc -static-libstdc++"), warnings);
	}

	@Test
	void aMissingOrForeignFileIsOneLineAndExitCode1() throws Exception {
		assertEquals(1, inspect(dir.resolve("nope.dll").toString()));
		assertEquals(dir.resolve("nope.dll") + ": no such file", out().strip());
		out.reset();
		Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
		assertEquals(1, inspect(text.toString()));
		assertEquals(text + " is not a Windows DLL or EXE: it does not start with 'MZ'", out().strip());
	}

	@Test
	void takesExactlyOneFile() {
		assertEquals("inspect takes one file", org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> inspect()).getMessage());
	}
}
