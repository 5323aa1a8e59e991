// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.installer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** An Eclipse IDE on disk: copied, installed into with its own p2 director, and launched, as a user does. */
public final class IdeInstallation {

	private final Path home;
	private final Path launcherJar;

	private IdeInstallation(Path home, Path launcherJar) {
		this.home = home;
		this.launcherJar = launcherJar;
	}

	/** The IDE in {@code home}; fails when there is none there. */
	public static IdeInstallation at(Path home) {
		Path plugins = home.resolve("plugins");
		try (Stream<Path> files = Files.list(plugins)) {
			Path launcher = files.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new IllegalArgumentException(
							home + " is not an Eclipse IDE: it has no plugins/org.eclipse.equinox.launcher_*.jar"));
			return new IdeInstallation(home, launcher);
		} catch (IOException e) {
			throw new IllegalArgumentException(home + " is not an Eclipse IDE: " + e.getMessage()
					+ " (build it first: ./mvnw verify -DskipTests)", e);
		}
	}

	/** A fresh copy of {@code source} in {@code target}; whatever was in {@code target} before is deleted. */
	public static IdeInstallation copyOf(IdeInstallation source, Path target) throws IOException {
		deleteTree(target);
		try (Stream<Path> files = Files.walk(source.home)) {
			for (Path from : (Iterable<Path>) files::iterator) {
				Path to = target.resolve(source.home.relativize(from).toString());
				if (Files.isDirectory(from)) {
					Files.createDirectories(to);
				} else {
					Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		return at(target);
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(path);
			}
		}
	}

	public Path home() {
		return home;
	}

	/** The command that starts this IDE with the given VM and program arguments, on the JVM running this code. */
	public List<String> command(List<String> vmArgs, List<String> programArgs) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(vmArgs);
		command.add("-jar");
		command.add(launcherJar.toString());
		command.addAll(programArgs);
		return command;
	}

	/**
	 * Installs the installable unit {@code iu} (e.g. {@code org.memorypool.sdk.feature.feature.group}) from the
	 * p2 repository at {@code repository} into this IDE, with this IDE's own p2 director.
	 */
	public void install(URI repository, String iu, Duration timeout) throws InstallException {
		ProcessOutput result = director(timeout, "-repository", repository.toString(), "-installIU", iu);
		if (result.exitCode() != 0) {
			throw new InstallException("p2 director could not install " + iu + " from " + repository + " (exit "
					+ result.exitCode() + "):\n" + result.tail(40));
		}
	}

	/** The root installable units of this IDE's p2 profile, as {@code id/version}. */
	public List<String> installedRoots(Duration timeout) throws InstallException {
		ProcessOutput result = director(timeout, "-listInstalledRoots");
		if (result.exitCode() != 0) {
			throw new InstallException("p2 director could not list the installed roots (exit " + result.exitCode()
					+ "):\n" + result.tail(40));
		}
		return result.text().lines().filter(l -> l.matches("[\\w.\\-]+/\\S+")).toList();
	}

	private ProcessOutput director(Duration timeout, String... args) throws InstallException {
		List<String> programArgs = new ArrayList<>(List.of("-nosplash", "-application", "org.eclipse.equinox.p2.director"));
		programArgs.addAll(List.of(args));
		try {
			return ProcessOutput.run(command(List.of(), programArgs), home, timeout);
		} catch (IOException e) {
			throw new InstallException("Could not run the p2 director of " + home + ": " + e.getMessage());
		}
	}

	/** The installed jar or folder of the bundle {@code symbolicName}, if any. */
	public Optional<Path> bundle(String symbolicName) {
		return bundles(symbolicName).stream().findFirst();
	}

	/** The installed bundles whose symbolic name starts with {@code prefix}, as their symbolic names. */
	public List<String> bundleNames(String prefix) {
		return bundles(prefix).stream().map(p -> p.getFileName().toString().replaceFirst("_\\d.*$", "")).sorted().toList();
	}

	private List<Path> bundles(String prefix) {
		try (Stream<Path> files = Files.list(home.resolve("plugins"))) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)
					&& p.getFileName().toString().matches(".*_\\d[^_]*?(\\.jar)?$")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
