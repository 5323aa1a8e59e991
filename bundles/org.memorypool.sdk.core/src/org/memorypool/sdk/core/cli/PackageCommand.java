package org.memorypool.sdk.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.memorypool.sdk.core.Sentences;
import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.CdtProject;
import org.memorypool.sdk.core.build.CdtProjectException;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.deploy.ModArchive;
import org.memorypool.sdk.core.deploy.PluginProject;
import org.memorypool.sdk.core.loadability.Finding;
import org.memorypool.sdk.core.loadability.Loadability;
import org.memorypool.sdk.core.loadability.LoadabilityCheck;
import org.memorypool.sdk.core.loadability.Verdict;
import org.memorypool.sdk.core.pe.PeFormatException;
import org.memorypool.sdk.core.pe.PeReader;
import org.memorypool.sdk.core.pe.PeVersion;

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
		String modName = dll.getFileName().toString().replaceFirst("(?i)\\.dll$", "");
		Optional<PeVersion> version;
		byte[] plugin;
		FileTime built;
		try {
			Loadability loadability = LoadabilityCheck.forPlayers().check(dll);
			List<Finding> errors = loadability.errors();
			if (!errors.isEmpty() || loadability.verdict() != Verdict.NVSE_PLUGIN) {
				return refuse(out, errors.isEmpty() ? loadability.fileName() + " is " + loadability.verdict().description()
						: loadability.fileName() + " " + errors.get(0).line());
			}
			plugin = PeReader.load(dll);
			built = Files.getLastModifiedTime(dll);
			version = PeReader.fileVersion(plugin, dll.getFileName().toString());
		} catch (IOException | PeFormatException e) {
			return refuse(out, TerminalText.escape(dll.toString()) + " cannot be read (" + e.getMessage() + ")");
		}
		if (version.isEmpty()) {
			out.println("warning: " + TerminalText.escape(dll.getFileName().toString()) + " has no version resource, so the"
					+ " archive's name carries no version: add src/version.rc and its pre-build step as ./sdk new makes them");
		}
		Path outputDir = arguments.value("--output").map(o -> Path.of(o).toAbsolutePath().normalize())
				.orElse(dll.getParent());
		try {
			Path archive = ModArchive.write(plugin, built, modName, version, usesMemoryPool, outputDir);
			out.println("Wrote " + TerminalText.escape(archive.toString()) + " (" + String.join(", ", ModArchive.entryNames(modName))
					+ (usesMemoryPool ? "; the MemoryPool runtime is a requirement named in the readme, not inside)" : ")"));
			return 0;
		} catch (IOException e) {
			return refuse(out, "the archive cannot be written into " + TerminalText.escape(outputDir.toString()) + " ("
					+ e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
		}
	}

	private static int refuse(PrintStream out, String reason) {
		out.println(REFUSED + TerminalText.escapeLine(Sentences.continuing(reason)));
		return 1;
	}
}
