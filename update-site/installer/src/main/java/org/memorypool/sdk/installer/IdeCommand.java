// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.installer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code ./sdk ide}: installs the SDK from the update site into a copy of the vanilla IDE, with that IDE's own
 * p2 director as a user would, then starts the IDE; without a display, runs a headless smoke check instead.
 */
public final class IdeCommand {

	public static final String FEATURE_IU = "org.memorypool.sdk.feature.feature.group";
	public static final String BUNDLE_PREFIX = "org.memorypool.sdk";
	private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
	private static final String STAMP = ".sdk-installed-from";

	private IdeCommand() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 3 || args.length > 4 || args.length == 4 && !args[3].equals("--smoke")) {
			System.err.println("usage: IdeCommand <productDir> <repositoryDir> <ideDir> [--smoke]");
			System.exit(2);
		}
		Path repository = Path.of(args[1]).toAbsolutePath();
		IdeInstallation ide = installed(Path.of(args[0]).toAbsolutePath(), repository, Path.of(args[2]).toAbsolutePath());
		boolean smoke = args.length == 4;
		if (Screen.available() && !smoke) {
			Path workspace = Path.of(System.getProperty("user.home"), "memorypool-sdk-workspace");
			System.out.println("Starting the IDE from " + ide.home() + " on the workspace " + workspace + " (close the window to return).");
			List<String> command = ide.command(List.of(), List.of("-data", workspace.toString()));
			System.exit(new ProcessBuilder(command).directory(ide.home().toFile()).inheritIO().start().waitFor());
		}
		if (!Screen.available()) {
			System.out.println("No display (DISPLAY is not set), so the IDE cannot open its window: running a headless smoke check"
					+ " of the installed IDE instead. On a desktop, ./sdk ide opens the IDE.");
		}
		System.exit(smokeCheck(ide, Screen.available()) ? 0 : 1);
	}

	/** The IDE in {@code ideDir} with the SDK from {@code repository}; installs afresh when the repository changed. */
	static IdeInstallation installed(Path product, Path repository, Path ideDir) throws IOException, InstallException {
		String stamp = stamp(repository);
		Path stampFile = ideDir.resolve(STAMP);
		if (Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
			return IdeInstallation.at(ideDir);
		}
		System.out.println("Installing the SDK from " + repository + " into a fresh copy of the IDE in " + ideDir + " ...");
		IdeInstallation ide = IdeInstallation.copyOf(IdeInstallation.at(product), ideDir);
		ide.install(repository.toUri(), FEATURE_IU, INSTALL_TIMEOUT);
		Files.writeString(stampFile, stamp);
		System.out.println("Installed " + ide.installedRoots(INSTALL_TIMEOUT).stream().filter(r -> r.startsWith(FEATURE_IU)).findFirst()
				.orElseThrow(() -> new InstallException("p2 reports success but " + FEATURE_IU + " is not an installed root")));
		return ide;
	}

	private static String stamp(Path repository) throws IOException {
		Path content = repository.resolve("content.jar");
		if (!Files.exists(content)) {
			throw new IOException(repository + " is not a p2 repository (no content.jar): build it first with ./mvnw verify -DskipTests");
		}
		return repository + " " + Files.getLastModifiedTime(content).toMillis() + " " + Files.size(content);
	}

	private static boolean smokeCheck(IdeInstallation ide, boolean workbench) throws IOException {
		Path workspace = Files.createTempDirectory("memorypool-sdk-smoke");
		try (RunningIde running = RunningIde.start(ide, workspace, workbench)) {
			if (workbench) {
				Screen.waitForWindow("Eclipse", Duration.ofMinutes(2), running);
			}
			SmokeCheck check = new SmokeCheck(ide, running, workspace);
			List<String> problems = check.run(BUNDLE_PREFIX);
			check.report().forEach(line -> System.out.println("  " + line));
			problems.forEach(problem -> System.out.println("PROBLEM: " + problem));
			System.out.println(problems.isEmpty() ? "Smoke check passed: the SDK is installed and starts." : "Smoke check failed.");
			return problems.isEmpty();
		} finally {
			IdeInstallation.deleteTree(workspace);
		}
	}
}
