// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.CdtProject;
import org.memorypool.sdk.core.build.CdtProjectException;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.build.ToolchainDetector;
import org.memorypool.sdk.core.pe.PeFormatException;
import org.memorypool.sdk.core.pe.PeReader;

/**
 * Symbolizes a crash log with a CDT project's builds of its plugin, as {@code ./sdk symbolize} and the IDE do: the
 * module of interest is the project's DLL; its debug information is that of the configuration's build that crashed
 * (the one whose image is the size the log says, else the newest), read with the configuration's toolchain's
 * {@code addr2line}.
 */
public final class ProjectSymbols {

	/**
	 * @param configuration the configuration whose build was used
	 * @param image         its DLL
	 * @param result        what the log says
	 */
	public record Outcome(String configuration, ModuleImage image, Symbolizer.Result result) {
	}

	private record Build(BuildConfiguration configuration, ModuleImage image, FileTime modified) {
	}

	private ProjectSymbols() {
	}

	/**
	 * @param configurationName the configuration to use; empty for the one that fits the log
	 * @param detector          finds the toolchain's {@code addr2line} where it finds its compiler
	 * @throws SymbolizeException when the project cannot be read, has no built DLL, or its toolchain has no
	 *                            {@code addr2line}
	 * @throws IOException        when the log cannot be read, or the debug information (see {@link Addr2Line})
	 */
	public static Outcome symbolize(Path crashLog, Path projectDir, Optional<String> configurationName,
			ToolchainDetector detector)
			throws SymbolizeException, IOException {
		CdtProject project;
		try {
			project = CprojectReader.read(projectDir);
		} catch (CdtProjectException e) {
			throw new SymbolizeException(e.getMessage(), e);
		}
		List<BuildConfiguration> configurations = project.configurations();
		if (configurationName.isPresent()) {
			configurations = List.of(project.configuration(configurationName.get()).orElseThrow(() -> new SymbolizeException(
					"the project " + TerminalText.escape(project.name()) + " has no configuration '"
							+ TerminalText.escape(configurationName.get()) + "': choose one of "
							+ TerminalText.escape(String.join(", ", project.configurationNames())))));
		}
		List<Build> builds = new ArrayList<>();
		List<String> looked = new ArrayList<>();
		List<String> broken = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (BuildConfiguration configuration : configurations) {
			Optional<Path> dll = artifact(projectDir, configuration);
			if (dll.isEmpty()) {
				continue;
			}
			looked.add(projectDir.relativize(dll.get()).toString());
			if (!Files.isRegularFile(dll.get())) {
				continue;
			}
			try {
				String module = configuration.artifactFileName().replaceFirst("(?i)\\.dll$", "");
				builds.add(new Build(configuration, new ModuleImage(module, dll.get(),
						PeReader.mapping(PeReader.load(dll.get()), dll.get().toString())), Files.getLastModifiedTime(dll.get())));
			} catch (PeFormatException e) {
				if (configurationName.isPresent()) {
					throw new SymbolizeException(e.getMessage() + ": build the project again", e);
				}
				// Another configuration's good build may still serve: say why this one is left out.
				broken.add(e.getMessage());
				skipped.add(e.getMessage() + ": left out (build " + TerminalText.escape(configuration.name()) + " again to use it)");
			}
		}
		if (builds.isEmpty() && !broken.isEmpty()) {
			throw new SymbolizeException(broken.get(0) + ": build the project again");
		}
		if (builds.isEmpty()) {
			throw new SymbolizeException("the project " + TerminalText.escape(project.name()) + " has no built DLL ("
					+ TerminalText.escape(String.join(", ", looked)) + "): build it, with the sources the crashed DLL was"
					+ " built from");
		}
		List<String> modules = builds.stream().map(b -> b.image().module()).distinct().toList();
		CrashLog log = CrashLogScanner.read(crashLog, modules);
		Build build = chosen(builds, log);
		Addr2Line addr2line = Addr2Line.find(build.configuration().toolchain(), detector)
				.orElseThrow(() -> new SymbolizeException("there is no " + build.configuration().toolchain().command("addr2line")
						+ (build.configuration().toolchain().path().isBlank() ? "" : " in " + build.configuration().toolchain().path())
						+ " or on PATH: install the toolchain's binutils (Debian: binutils-mingw-w64-i686; MSYS2: mingw-w64-i686-binutils)"));
		Symbolizer.Result result = Symbolizer.symbolize(log, List.of(build.image()), addr2line);
		List<String> warnings = new ArrayList<>(skipped);
		warnings.addAll(result.warnings());
		if (!result.addresses().isEmpty() && result.addresses().stream().allMatch(a -> a.locations().isEmpty())) {
			warnings.add(noDebugInformation(build.image().dll()));
		}
		result = new Symbolizer.Result(result.addresses(), warnings);
		return new Outcome(build.configuration().name(), build.image(), result);
	}

	/**
	 * Why a DLL's debug information knew none of the addresses: the file a Release build keeps it in is missing or
	 * empty, or holds another build's; else the DLL was built without it.
	 */
	private static String noDebugInformation(Path dll) throws IOException {
		Path debug = dll.resolveSibling(dll.getFileName() + ".debug");
		String name = TerminalText.escape(dll.getFileName().toString());
		if (!Files.exists(debug) || Files.isRegularFile(debug) && Files.size(debug) == 0) {
			return "no debug information for " + name + ": the SDK's Release builds keep it in " + name + ".debug beside the"
					+ " DLL, which is " + (Files.exists(debug) ? "empty" : "missing") + ": put back the .debug file of the"
					+ " build that crashed (a Debug build keeps it inside the DLL)";
		}
		return "the debug information of " + name + " knows none of these addresses: if " + name + ".debug beside it is"
				+ " from another build, put back the one of the build that crashed";
	}

	/** The build whose image is as large as the log says the crashed module was; else the newest. */
	private static Build chosen(List<Build> builds, CrashLog log) {
		for (LoadedModule loaded : log.modules()) {
			for (Build build : builds) {
				if (loaded.module().equalsIgnoreCase(build.image().module())
						&& loaded.end() - loaded.base() == build.image().mapping().sizeOfImage()) {
					return build;
				}
			}
		}
		return builds.stream().max(Comparator.comparing(Build::modified)).orElseThrow();
	}

	/** The configuration's DLL, when its name keeps it inside the project. */
	private static Optional<Path> artifact(Path projectDir, BuildConfiguration configuration) {
		try {
			Path root = projectDir.toAbsolutePath().normalize();
			Path dll = root.resolve(configuration.name()).resolve(configuration.artifactFileName()).normalize();
			return dll.startsWith(root) && !dll.equals(root) ? Optional.of(dll) : Optional.empty();
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}
}
