// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.List;

/**
 * One managed-build configuration (Debug, Release, ...) of a Cross GCC project, with CDT's defaults filled in
 * and the macros it understands resolved.
 *
 * @param id the configuration's id, e.g. {@code cdt.managedbuild.config.gnu.cross.so.release.1288033244}, by which
 *        project references and the environment settings name it
 * @param name the configuration name, also the build folder under the project
 * @param artifactType what the linker or, for a static library, the archiver makes
 * @param toolchain the Cross GCC prefix and path
 * @param artifactName the linker output's base name, e.g. {@code sample-dll}
 * @param artifactExtension e.g. {@code dll}; empty for none
 * @param outputPrefix put before the name, e.g. {@code lib}; empty for none
 * @param sourceEntries the source folders; one entry for the whole project when the file names none
 * @param cCompiler the settings for {@code .c} files
 * @param cppCompiler the settings for C++ files
 * @param linker the linker CDT uses for this project: g++ when the project has the C++ nature, else gcc
 * @param archiver the archiver's settings, used when the artifact is a static library
 * @param assembler the settings for {@code .s} and {@code .S} files
 * @param resourceConfigurations the folders' and files' own compiler settings, most specific last
 * @param linkedResources the project's linked files and folders
 * @param internalBuilder whether the configuration selects CDT's internal builder rather than its makefile
 *        ("external") builder: it prints and runs commands without dependency files or quotes
 * @param steps the pre-build and post-build steps, macros resolved
 * @param parallelJobs how many compiles run at once: 1 unless the builder's parallel build is on, then its job count
 *        (CDT's "optimal" is the machine's processors)
 * @param environment what the configuration changes in the environment its tools and steps run in
 * @param references the configurations of other projects this one references, which CDT builds first
 * @param unsupported one human-readable note for every setting this reader did not understand and so ignores
 */
public record BuildConfiguration(String id, String name, ArtifactType artifactType, Toolchain toolchain,
		String artifactName, String artifactExtension, String outputPrefix, List<SourceEntry> sourceEntries,
		CompilerSettings cCompiler, CompilerSettings cppCompiler, LinkerSettings linker, ArchiverSettings archiver,
		AssemblerSettings assembler, List<ResourceConfiguration> resourceConfigurations, LinkedResources linkedResources,
		boolean internalBuilder, BuildSteps steps, int parallelJobs, BuildEnvironment environment,
		List<ProjectReference> references, List<String> unsupported) {

	public BuildConfiguration {
		sourceEntries = List.copyOf(sourceEntries);
		resourceConfigurations = List.copyOf(resourceConfigurations);
		references = List.copyOf(references);
		unsupported = List.copyOf(unsupported);
	}

	/** This configuration with other build steps. */
	public BuildConfiguration withSteps(BuildSteps newSteps) {
		return new BuildConfiguration(id, name, artifactType, toolchain, artifactName, artifactExtension, outputPrefix,
				sourceEntries, cCompiler, cppCompiler, linker, archiver, assembler, resourceConfigurations, linkedResources,
				internalBuilder, newSteps, parallelJobs, environment, references, unsupported);
	}

	/** This configuration with another name (so another build folder). */
	public BuildConfiguration withName(String newName) {
		return new BuildConfiguration(id, newName, artifactType, toolchain, artifactName, artifactExtension, outputPrefix,
				sourceEntries, cCompiler, cppCompiler, linker, archiver, assembler, resourceConfigurations, linkedResources,
				internalBuilder, steps, parallelJobs, environment, references, unsupported);
	}

	/** This configuration compiling {@code jobs} sources at a time. */
	public BuildConfiguration withParallelJobs(int jobs) {
		return new BuildConfiguration(id, name, artifactType, toolchain, artifactName, artifactExtension, outputPrefix,
				sourceEntries, cCompiler, cppCompiler, linker, archiver, assembler, resourceConfigurations, linkedResources,
				internalBuilder, steps, jobs, environment, references, unsupported);
	}

	/** This configuration with these notes of what it does not support. */
	public BuildConfiguration withUnsupported(List<String> notes) {
		return new BuildConfiguration(id, name, artifactType, toolchain, artifactName, artifactExtension, outputPrefix,
				sourceEntries, cCompiler, cppCompiler, linker, archiver, assembler, resourceConfigurations, linkedResources,
				internalBuilder, steps, parallelJobs, environment, references, notes);
	}

	/**
	 * The settings CDT compiles {@code source} (project-relative, {@code /} separated) with: its file's own, else the
	 * nearest folder's, else the project's.
	 */
	public CompilerSettings compilerFor(String source, boolean cpp) {
		ResourceConfiguration best = null;
		for (ResourceConfiguration resource : resourceConfigurations) {
			if (resource.covers(source) && (best == null || resource.file()
					|| !best.file() && resource.path().length() > best.path().length())) {
				best = resource;
			}
		}
		if (best == null) {
			return cpp ? cppCompiler : cCompiler;
		}
		return cpp ? best.cppCompiler() : best.cCompiler();
	}

	/** The file the linker (or the archiver) writes, relative to the build folder, e.g. {@code sample-dll.dll}. */
	public String artifactFileName() {
		return outputPrefix + artifactName + (artifactExtension.isEmpty() ? "" : "." + artifactExtension);
	}
}
