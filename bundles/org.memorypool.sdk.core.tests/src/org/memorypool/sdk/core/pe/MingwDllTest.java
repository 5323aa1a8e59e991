package org.memorypool.sdk.core.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DLLs built by the real MinGW-w64 i686 toolchain, as the SDK builds plugins (./sdk installs it). */
class MingwDllTest {

	private static final String SOURCE = """
			extern "C" __declspec(dllexport) int Answer() { return 42; }
			extern "C" __declspec(dllexport) const char* Name() { return "test"; }
			""";

	@TempDir
	Path dir;

	private Path build(String... linkFlags) throws IOException, InterruptedException {
		Path source = dir.resolve("test.cpp");
		Files.writeString(source, SOURCE);
		Path dll = dir.resolve("test.dll");
		List<String> command = new java.util.ArrayList<>(List.of("i686-w64-mingw32-g++", "-shared"));
		command.addAll(List.of(linkFlags));
		command.addAll(List.of("-o", dll.toString(), source.toString()));
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new AssertionError("i686-w64-mingw32-g++ is needed for this test: apt-get install g++-mingw-w64-i686 (./sdk does)", e);
		}
		String output = new String(process.getInputStream().readAllBytes());
		assertEquals(0, process.waitFor(), output);
		return dll;
	}

	@Test
	void aStaticallyLinkedDllIsLoadableByTheGame() throws Exception {
		PeImage image = PeReader.read(build("-static-libgcc", "-static-libstdc++"));
		assertTrue(image.isPe32I386(), image.machineName());
		assertTrue(image.dll());
		assertEquals(List.of("Answer", "Name"), image.exports());
		assertTrue(image.imports().stream().anyMatch(i -> i.equalsIgnoreCase("KERNEL32.dll")), "imports: " + image.imports());
		assertEquals(List.of(), image.importsMissingOnPlayersMachines());
	}
}
