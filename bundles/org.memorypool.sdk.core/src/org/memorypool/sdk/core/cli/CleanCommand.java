// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.BuildException;
import org.memorypool.sdk.core.build.CdtProject;
import org.memorypool.sdk.core.build.CdtProjectException;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.build.HeadlessBuilder;

/**
 * Deletes what a configuration's build made, as the IDE's Project > Clean runs the core's clean: the objects, their
 * dependency files, the artifact and the build's command record, and nothing outside the project.
 */
final class CleanCommand implements Command {

	@Override
	public String name() {
		return "clean";
	}

	@Override
	public String usage() {
		return "clean <projectDir> [--config Debug|Release]";
	}

	@Override
	public String summary() {
		return "delete what building a configuration made (default: its first configuration)";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		ProjectConfigurationArguments arguments = ProjectConfigurationArguments.parse(args, "clean");
		CdtProject project;
		try {
			project = CprojectReader.read(arguments.projectDir());
		} catch (CdtProjectException e) {
			out.println("Clean failed: " + e.getMessage());
			return 1;
		}
		BuildConfiguration configuration = arguments.configurationOf(project);
		out.println("Cleaning " + TerminalText.escape(project.name()) + " (" + TerminalText.escape(configuration.name()) + ")");
		try {
			List<Path> deleted = new HeadlessBuilder().clean(arguments.projectDir(), configuration);
			deleted.forEach(file -> out.println("deleted " + TerminalText.escape(file.toString())));
			out.println("Cleaned: " + deleted.size() + (deleted.size() == 1 ? " file" : " files") + " deleted");
			return 0;
		} catch (BuildException e) {
			out.println("Clean failed: " + e.getMessage());
			return 1;
		}
	}
}
