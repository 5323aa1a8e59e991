// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.CdtProject;

/**
 * The arguments {@code build} and {@code clean} share: a CDT project's folder and {@code --config <name>}.
 *
 * @param projectDir the project's folder, absolute; it exists
 * @param configurationName the configuration asked for; null for the project's first
 */
record ProjectConfigurationArguments(Path projectDir, String configurationName) {

	/** Parses {@code <projectDir> [--config NAME]}; {@code command} names the command in the messages. */
	static ProjectConfigurationArguments parse(List<String> args, String command) throws UsageException {
		CommandArguments arguments = CommandArguments.parse(args, Map.of("--config", "Release"), Set.of(), "--config <name>",
				"give the project folder, e.g. ./sdk " + command + " native-plugin", "project folder");
		String folder = arguments.folder();
		String configName = arguments.value("--config").orElse(null);
		Path projectDir;
		try {
			projectDir = Path.of(folder).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw new UsageException("'" + TerminalText.escape(folder) + "' is not a folder name on this system");
		}
		if (!Files.isDirectory(projectDir)) {
			throw new UsageException("there is no folder " + TerminalText.escape(projectDir.toString())
					+ ": give the folder that holds the project's .project and .cproject");
		}
		return new ProjectConfigurationArguments(projectDir, configName);
	}

	/** The configuration asked for in {@code project}. */
	BuildConfiguration configurationOf(CdtProject project) throws UsageException {
		if (configurationName == null) {
			return project.configurations().get(0);
		}
		return project.configuration(configurationName).orElseThrow(() -> new UsageException("the project "
				+ TerminalText.escape(project.name()) + " has no configuration '" + TerminalText.escape(configurationName)
				+ "': choose one of " + TerminalText.escape(String.join(", ", project.configurationNames()))));
	}
}
