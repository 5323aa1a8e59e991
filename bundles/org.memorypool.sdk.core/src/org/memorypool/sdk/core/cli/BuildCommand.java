package org.memorypool.sdk.core.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
		String folder = null;
		String configName = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--config")) {
				if (i + 1 == args.size()) {
					throw new UsageException("--config needs a configuration name, e.g. --config Release");
				}
				configName = args.get(++i);
			} else if (arg.startsWith("-")) {
				throw new UsageException("unknown option '" + arg + "': the only option is --config <name>");
			} else if (folder == null) {
				folder = arg;
			} else {
				throw new UsageException("give one project folder, not '" + folder + "' and '" + arg + "'");
			}
		}
		if (folder == null) {
			throw new UsageException("give the project folder, e.g. ./sdk build native-plugin");
		}
		Path projectDir = Path.of(folder).toAbsolutePath().normalize();
		if (!Files.isDirectory(projectDir)) {
			throw new UsageException("there is no folder " + projectDir
					+ ": give the folder that holds the project's .project and .cproject");
		}
		CdtProject project;
		try {
			project = CprojectReader.read(projectDir);
		} catch (CdtProjectException e) {
			out.println("Build failed: " + e.getMessage());
			return 1;
		}
		BuildConfiguration configuration = configName == null ? project.configurations().get(0)
				: project.configuration(configName).orElse(null);
		if (configuration == null) {
			throw new UsageException("the project " + project.name() + " has no configuration '" + configName
					+ "': choose one of " + String.join(", ", project.configurationNames()));
		}
		out.println("Building " + project.name() + " (" + configuration.name() + ")");
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
