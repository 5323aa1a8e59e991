// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.BuildException;
import org.memorypool.sdk.core.build.BuildMonitor;
import org.memorypool.sdk.core.build.BuildResult;
import org.memorypool.sdk.core.build.CdtProject;
import org.memorypool.sdk.core.build.CdtProjectException;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.build.HeadlessBuilder;

/** Builds a CDT project's configuration without Eclipse, printing what CDT's build console would. */
final class BuildCommand implements Command {

	@Override
	public String name() {
		return "build";
	}

	@Override
	public String usage() {
		return "build <projectDir> [--config Debug|Release]";
	}

	@Override
	public String summary() {
		return "build a CDT project as CDT's managed build does (default: its first configuration)";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		ProjectConfigurationArguments arguments = ProjectConfigurationArguments.parse(args, "build");
		Path projectDir = arguments.projectDir();
		CdtProject project;
		try {
			project = CprojectReader.read(projectDir);
		} catch (CdtProjectException e) {
			out.println("Build failed: " + e.getMessage());
			return 1;
		}
		BuildConfiguration configuration = arguments.configurationOf(project);
		out.println("Building " + TerminalText.escape(project.name()) + " (" + TerminalText.escape(configuration.name()) + ")");
		try {
			BuildResult result = new HeadlessBuilder().build(projectDir, configuration, new ConsoleBuildListener(out),
					BuildMonitor.NONE);
			return switch (result) {
			case BuildResult.Built built -> {
				out.println("Built " + built.artifact());
				yield 0;
			}
			case BuildResult.Failed failed -> {
				out.println("Build failed: " + failed.summary() + " (its output is above)");
				yield 1;
			}
			case BuildResult.Rejected rejected -> {
				out.println("Build failed: " + rejected.summary());
				yield 1;
			}
			case BuildResult.Canceled canceled -> {
				out.println("Build canceled");
				yield 1;
			}
			};
		} catch (BuildException e) {
			out.println("Build failed: " + e.getMessage());
			return 1;
		}
	}
}
