// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What the update site holds, read from its files: a source bundle for each of the SDK's Java bundles, in the
 * source feature, and version qualifiers that come from the git history (Tycho's jgit timestamp provider), so that
 * an unchanged bundle keeps its version and p2 updates only what changed.
 */
class UpdateSiteContentsTest {

	/** Tycho's default qualifier format, in UTC. */
	private static final DateTimeFormatter QUALIFIER = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC);

	private final Path repository = Path.of(System.getProperty("sdk.repository")).toAbsolutePath();
	private final Path checkout = Path.of(System.getProperty("sdk.checkout")).toAbsolutePath();

	@ParameterizedTest
	@ValueSource(strings = { "org.memorypool.sdk.core", "org.memorypool.sdk.ui" })
	void everyClassHasItsSourceInTheSourceBundleOfTheSameVersion(String bundle) throws IOException {
		Path binary = only(repository.resolve("plugins"), bundle + "_");
		String version = versionOf(binary, bundle);
		Path source = repository.resolve("plugins").resolve(bundle + ".source_" + version + ".jar");
		assertTrue(Files.isRegularFile(source), "no source bundle " + source.getFileName() + " beside " + binary.getFileName());
		try (JarFile jar = new JarFile(source.toFile())) {
			Manifest manifest = jar.getManifest();
			assertEquals(bundle + ".source", manifest.getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0]);
			assertEquals(bundle + ";version=\"" + version + "\";roots:=\".\"",
					manifest.getMainAttributes().getValue("Eclipse-SourceBundle"));
			Set<String> sources = new TreeSet<>(jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".java")).toList());
			Set<String> missing = new TreeSet<>(topLevelClasses(binary));
			missing.removeIf(c -> sources.contains(c.replaceFirst("\\.class$", ".java")));
			assertEquals(Set.of(), missing, "classes without their source in " + source.getFileName());
			assertTrue(sources.size() >= 10, "only " + sources.size() + " sources in " + source.getFileName());
		}
	}

	/** The SDK publishes no Java API: every package is for its own UI (and that bundle's test fragment) only. */
	@ParameterizedTest
	@ValueSource(strings = { "org.memorypool.sdk.core", "org.memorypool.sdk.ui" })
	void noPackageIsExportedAsApi(String bundle) throws IOException {
		try (JarFile jar = new JarFile(only(repository.resolve("plugins"), bundle + "_").toFile())) {
			String exports = jar.getManifest().getMainAttributes().getValue("Export-Package");
			assertTrue(exports != null, bundle + " exports nothing");
			// Package clauses are separated by commas outside quotes.
			List<String> clauses = List.of(exports.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"));
			List<String> api = clauses.stream().filter(c -> !c.contains("x-internal:=true") && !c.contains("x-friends:=")).toList();
			assertEquals(List.of(), api, bundle + "'s packages exported without x-internal or x-friends");
			assertTrue(clauses.size() >= 5, exports);
		}
	}

	@Test
	void theSourceFeatureHoldsTheSourceBundles() throws IOException {
		Path feature = only(repository.resolve("features"), "org.memorypool.sdk.source_");
		try (JarFile jar = new JarFile(feature.toFile())) {
			String xml = new String(jar.getInputStream(jar.getEntry("feature.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			for (String bundle : List.of("org.memorypool.sdk.core", "org.memorypool.sdk.ui")) {
				String version = versionOf(only(repository.resolve("plugins"), bundle + "_"), bundle);
				assertTrue(xml.contains("id=\"" + bundle + ".source\"") && xml.contains("version=\"" + version + "\""),
						"feature.xml does not name " + bundle + ".source " + version + ":\n" + xml);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "org.memorypool.sdk.core", "org.memorypool.sdk.ui" })
	void aCommittedBundlesQualifierIsItsLastCommitsTime(String bundle) throws Exception {
		String qualifier = qualifierOf(bundle);
		Instant lastCommit = lastCommit("bundles/" + bundle);
		if (git("status", "--porcelain", "--", "bundles/" + bundle).isBlank()) {
			assertEquals(QUALIFIER.format(lastCommit), qualifier, bundle + "'s qualifier is not the time of its last commit");
		} else {
			// Uncommitted changes: Tycho falls back to the build's time, later than any commit.
			assertTrue(qualifier.compareTo(QUALIFIER.format(lastCommit)) > 0, bundle + " has uncommitted changes, so its qualifier "
					+ qualifier + " must be the build's time, after its last commit " + QUALIFIER.format(lastCommit));
		}
	}

	@Test
	void theRuntimesQualifierIsNoOlderThanTheNativeSourcesItCarries() throws Exception {
		String qualifier = qualifierOf("org.memorypool.sdk.runtime");
		String nativeCommit = QUALIFIER.format(lastCommit("native-plugin"));
		assertTrue(qualifier.compareTo(nativeCommit) >= 0, "the runtime bundle's qualifier " + qualifier
				+ " is older than native-plugin's last commit " + nativeCommit + ": p2 would not update the DLLs");
	}

	private String qualifierOf(String bundle) throws IOException {
		String version = versionOf(only(repository.resolve("plugins"), bundle + "_"), bundle);
		return version.substring(version.lastIndexOf('.') + 1);
	}

	private Instant lastCommit(String path) throws Exception {
		String seconds = git("log", "-1", "--format=%ct", "--", path).strip();
		assertTrue(seconds.matches("\\d+"), "git log found no commit for " + path + ": " + seconds);
		return Instant.ofEpochSecond(Long.parseLong(seconds));
	}

	private String git(String... args) throws IOException {
		List<String> command = Stream.concat(Stream.of("git"), Stream.of(args)).toList();
		ProcessOutput result = ProcessOutput.run(command, checkout, Duration.ofMinutes(1));
		assertEquals(0, result.exitCode(), String.join(" ", command) + ": " + result.text());
		return result.text();
	}

	/** The one file in {@code folder} whose name starts with {@code prefix}. */
	private static Path only(Path folder, String prefix) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> found = files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
			assertEquals(1, found.size(), "files " + prefix + "* in " + folder + ": " + found);
			return found.get(0);
		}
	}

	private static String versionOf(Path jar, String bundle) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			assertEquals(bundle, file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0]);
			return file.getManifest().getMainAttributes().getValue("Bundle-Version");
		}
	}

	/** The .class entries of {@code jar} that are not nested classes (those live in their outer class's source). */
	private static List<String> topLevelClasses(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && !n.contains("$")).toList();
		}
	}
}
