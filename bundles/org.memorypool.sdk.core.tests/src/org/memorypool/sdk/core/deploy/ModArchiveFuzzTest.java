// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memorypool.sdk.core.Fuzzer;
import org.memorypool.sdk.core.pe.PeVersion;

/**
 * The mod archive reader ({@code ./sdk install} unpacks archives from anywhere), fuzzed from the archive
 * {@link ModArchive} writes and one with a top folder (see {@link Fuzzer}): only {@link DeployException}, and nothing
 * unpacked outside the staging folder.
 */
class ModArchiveFuzzTest {

	@TempDir
	Path dir;

	@Test
	void unpack() throws Exception {
		Path written = ModArchive.write("MZ not really a DLL".getBytes(StandardCharsets.US_ASCII), FileTime.fromMillis(0),
				"Fuzzed", Optional.of(new PeVersion(1, 2, 3, 0)), true, Files.createDirectories(dir.resolve("dist")));
		ByteArrayOutputStream wrapped = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(wrapped)) {
			for (String name : List.of("Fuzzed/NVSE/Plugins/Fuzzed.dll", "Fuzzed/readme.txt")) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(name.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		List<byte[]> seeds = List.of(Files.readAllBytes(written), wrapped.toByteArray());
		Path archive = dir.resolve("fuzzed.zip");
		Path staging = dir.resolve("staging");
		Fuzzer fuzzer = new Fuzzer("mod-archive", seeds, List.of("PK\u0001\u0002", "PK\u0003\u0004", "PK\u0005\u0006", "../",
				"..\\", "NVSE/", "Data/", "/", "C:", "\u0000", "\uffff\uffff"), Set.of(DeployException.class));
		Fuzzer.ran(fuzzer.run(47, input -> {
			Files.write(archive, input);
			Files.createDirectories(staging);
			try {
				ModArchiveContents contents = ModArchiveContents.unpack(archive, staging);
				for (Path file : contents.files().values()) {
					if (!file.normalize().startsWith(staging)) {
						throw new AssertionError(file + " lies outside the staging folder");
					}
				}
			} finally {
				delete(staging);
			}
		}), seeds);
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
