// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.BuildException;
import org.memorypool.sdk.core.build.BuildMonitor;
import org.memorypool.sdk.core.build.BuildResult;
import org.memorypool.sdk.core.build.CdtProject;
import org.memorypool.sdk.core.build.HeadlessBuilder;
import org.memorypool.sdk.core.deploy.DeployException;
import org.memorypool.sdk.core.deploy.PluginProject;

/**
 * The build that comes first in {@code deploy} and {@code package}: the configuration built (or found up to date), its
 * output in the console, and what follows needs the DLL and whether the plugin uses MemoryPool.
 *
 * @param dll            the built plugin; null when {@code refusal} says why there is none
 * @param usesMemoryPool whether a source includes MemoryPool.h
 * @param refusal        why nothing can be shipped, one line without the command's prefix; null on success
 */
record ArtifactBuild(Path dll, boolean usesMemoryPool, String refusal) {

	/** The configuration {@code name} of {@code project}; a name it does not have is the user's mistake. */
	static BuildConfiguration configuration(CdtProject project, String name) throws UsageException {
		try {
			return PluginProject.configuration(project, name);
		} catch (DeployException e) {
			throw new UsageException(e.getMessage());
		}
	}

	static ArtifactBuild of(Path projectDir, String projectName, BuildConfiguration configuration, PrintStream out) {
		out.println("Building " + TerminalText.escape(projectName) + " (" + TerminalText.escape(configuration.name()) + ")");
		try {
			BuildResult result = new HeadlessBuilder().build(projectDir, configuration, new ConsoleBuildListener(out),
					BuildMonitor.NONE);
			if (!(result instanceof BuildResult.Built built)) {
				return new ArtifactBuild(null, false, switch (result) {
				case BuildResult.Failed failed -> "the build failed: " + failed.summary() + " (its output is above)";
				case BuildResult.Rejected rejected -> "the build failed: " + rejected.summary();
				default -> "the build was canceled";
				});
			}
			return new ArtifactBuild(built.artifact(), PluginProject.usesMemoryPool(projectDir, configuration), null);
		} catch (BuildException | DeployException e) {
			return new ArtifactBuild(null, false, e.getMessage());
		}
	}
}
