// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.memorypool.sdk.core.Sentences;
import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.CdtProject;
import org.memorypool.sdk.core.build.CdtProjectException;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.deploy.DeployException;
import org.memorypool.sdk.core.deploy.ModArchive;
import org.memorypool.sdk.core.deploy.PluginProject;

/**
 * {@code ./sdk package}: builds a plugin project's configuration and writes the zip players install
 * ({@link ModArchive}), named by the DLL's version resource, after the game's loadability check passed.
 */
final class PackageCommand implements Command {

	private static final String REFUSED = "Not packaged: ";
	private static final Map<String, String> VALUE_OPTIONS = Map.of("--config", "Release", "--output", "dist");

	@Override
	public String name() {
		return "package";
	}

	@Override
	public String usage() {
		return "package <projectDir> [--config Release] [--output <dir>]";
	}

	@Override
	public String summary() {
		return "build a plugin project and write the zip players install (NVSE/Plugins/<Name>.dll and a readme),"
				+ " into the build folder unless --output says otherwise";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		CommandArguments arguments = CommandArguments.parse(args, VALUE_OPTIONS, Set.of(), "--config and --output",
				"give the project folder, e.g. ./sdk package MyPlugin", "project folder");
		Path projectDir = Path.of(arguments.folder()).toAbsolutePath().normalize();
		if (!Files.isDirectory(projectDir)) {
			throw new UsageException("there is no folder " + projectDir
					+ ": give the folder that holds the project's .project and .cproject");
		}
		CdtProject project;
		try {
			project = CprojectReader.read(projectDir);
		} catch (CdtProjectException e) {
			return refuse(out, e.getMessage());
		}
		BuildConfiguration configuration = ArtifactBuild.configuration(project,
				arguments.value("--config").orElse(PluginProject.DEFAULT_CONFIGURATION));
		ArtifactBuild build = ArtifactBuild.of(projectDir, project.name(), configuration, out);
		if (build.refusal() != null) {
			return refuse(out, build.refusal());
		}
		Path dll = build.dll();
		boolean usesMemoryPool = build.usesMemoryPool();
		if (!configuration.name().equals(PluginProject.DEFAULT_CONFIGURATION)) {
			out.println("warning: this archive holds the " + TerminalText.escape(configuration.name()) + " build, under the same"
					+ " name a " + PluginProject.DEFAULT_CONFIGURATION + " archive gets: give players the "
					+ PluginProject.DEFAULT_CONFIGURATION + " one");
		}
		Path outputDir = arguments.value("--output").map(o -> Path.of(o).toAbsolutePath().normalize()).orElse(dll.getParent());
		try {
			Path archive = ModArchive.pack(dll, usesMemoryPool, outputDir, w -> out.println("warning: " + w));
			out.println(ModArchive.describeWritten(archive, dll, usesMemoryPool));
			return 0;
		} catch (DeployException e) {
			return refuse(out, e.getMessage());
		}
	}

	private static int refuse(PrintStream out, String reason) {
		out.println(REFUSED + TerminalText.escapeLine(Sentences.continuing(reason)));
		return 1;
	}
}
