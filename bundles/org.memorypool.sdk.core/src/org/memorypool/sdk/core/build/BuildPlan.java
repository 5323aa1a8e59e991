// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The commands CDT's managed build runs for a configuration, in its order, as its generated makefile has them:
 * every source compiled in {@code <project>/<configuration>/}, then one link.
 *
 * <p>
 * The flags come in the order CDT's {@code Tool.getToolCommandFlags} emits them: the order in which the GNU tool
 * definitions in plugin.xml declare the options. For the compilers that is dialect ({@code -std=}), defined
 * symbols ({@code -D}), include paths ({@code -I}), optimization, debugging, warnings, other flags; the makefile
 * generator then appends the dependency options ({@code -MMD -MP -MF -MT}), {@code -o} and the input. For the
 * linkers it is library paths ({@code -L}), linker flags, {@code -shared}; then {@code -o}, the objects, and,
 * last because GNU ld needs them after the objects, other objects and libraries ({@code -l}).
 *
 * @param buildDir {@code <project>/<configuration>}, where every command runs
 * @param skipped project-relative paths of sources CDT would build that this build does not (assembler files)
 */
public record BuildPlan(Path buildDir, List<CompileStep> compileSteps, LinkStep linkStep, List<String> skipped) {

	public BuildPlan {
		compileSteps = List.copyOf(compileSteps);
		skipped = List.copyOf(skipped);
	}

	/**
	 * One compilation, or one assembly.
	 *
	 * @param source the source file
	 * @param object the object file the compiler writes
	 * @param dependencies the {@code .d} file listing the headers the source included; null for an assembler source,
	 *        for which CDT writes none, and with CDT's internal builder, which writes none
	 * @param scansIncludes whether the headers are found by reading {@code #include} lines ({@link IncludeScanner}), as
	 *        CDT's internal builder asks its index, rather than from a {@code .d} file
	 */
	public record CompileStep(Path source, Path object, Path dependencies, ToolCommand command, boolean scansIncludes) {
	}

	/**
	 * The link.
	 *
	 * @param output the file the linker writes, e.g. the DLL
	 * @param inputs the files whose change needs a new link: the objects and other objects
	 */
	public record LinkStep(Path output, List<Path> inputs, ToolCommand command) {

		public LinkStep {
			inputs = List.copyOf(inputs);
		}
	}

	/** The plan for {@code configuration} of the project in {@code projectDir}; reads which sources there are. */
	public static BuildPlan of(BuildConfiguration configuration, Path projectDir) throws IOException {
		Path buildDir = projectDir.resolve(configuration.name());
		List<String> skipped = new ArrayList<>();
		List<String> sources = SourceFiles.find(projectDir, configuration.sourceEntries(), configuration.linkedResources(),
				skipped);
		List<CompileStep> compileSteps = new ArrayList<>();
		List<String> objects = new ArrayList<>();
		List<Path> linkInputs = new ArrayList<>();
		for (String source : sources) {
			// A linked file's object is named after the file it stands for, in the link's folder, as CDT names it.
			Optional<Path> target = configuration.linkedResources().target(source);
			String folder = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
			String fileName = target.map(t -> t.getFileName().toString()).orElse(source.substring(folder.length()));
			String base = folder + fileName.substring(0, fileName.lastIndexOf('.'));
			String object = base + ".o";
			String dependencies = base + ".d";
			Path file = target.orElse(projectDir.resolve(source));
			// The compiler gets the project's own sources relative to the build folder, linked ones by absolute path.
			String input = target.map(Path::toString).orElse("../" + source);
			Language language = Language.ofSource(source);
			compileSteps.add(language == null
					? new CompileStep(file, buildDir.resolve(object), null, assembleCommand(configuration, input, object), false)
					: new CompileStep(file, buildDir.resolve(object),
							configuration.internalBuilder() ? null : buildDir.resolve(dependencies),
							compileCommand(configuration, language, source, input, object, dependencies),
							configuration.internalBuilder()));
			objects.add(configuration.internalBuilder() ? object : "./" + object);
			linkInputs.add(buildDir.resolve(object));
		}
		for (String userObject : configuration.linker().userObjects()) {
			ShellWords.split(userObject).forEach(o -> linkInputs.add(buildDir.resolve(o)));
		}
		Path output = buildDir.resolve(configuration.artifactFileName());
		ToolCommand target = configuration.artifactType() == ArtifactType.STATIC_LIBRARY
				? archiveCommand(configuration, objects)
				: linkCommand(configuration, objects);
		return new BuildPlan(buildDir, compileSteps, new LinkStep(output, linkInputs, target), skipped);
	}

	/** This plan with more files whose change needs a new link, e.g. the static libraries of referenced projects. */
	public BuildPlan withLinkInputs(List<Path> more) {
		List<Path> inputs = new ArrayList<>(linkStep.inputs());
		inputs.addAll(more);
		return new BuildPlan(buildDir, compileSteps, new LinkStep(linkStep.output(), inputs, linkStep.command()), skipped);
	}

	private static ToolCommand compileCommand(BuildConfiguration configuration, Language language, String source,
			String input, String object, String dependencies) {
		CompilerSettings settings = configuration.compilerFor(source, language == Language.CPP);
		List<String> parts = new ArrayList<>();
		parts.add(configuration.toolchain().command(language.tool));
		parts.add(settings.dialect());
		settings.defines().forEach(d -> parts.add("-D" + d));
		settings.includePaths().forEach(p -> parts.add("-I" + p));
		parts.add(settings.optimization());
		parts.add(settings.debugging());
		parts.addAll(settings.warnings());
		parts.add(settings.otherFlags());
		if (configuration.internalBuilder()) {
			return internal(parts, "-o", object, input);
		}
		parts.addAll(List.of("-MMD", "-MP", "-MF\"" + dependencies + "\"", "-MT\"" + object + "\""));
		parts.addAll(List.of("-o", quoted(object), quoted(input)));
		return ToolCommand.of(join(parts));
	}

	/**
	 * A command as CDT's internal builder runs it: no makefile, so no dependency files and no quotes; the flags split
	 * into words as a shell would (quotes removed), each path one argument; printed joined by spaces.
	 */
	private static ToolCommand internal(List<String> flags, String... paths) {
		List<String> arguments = new ArrayList<>();
		flags.stream().map(String::strip).filter(f -> !f.isEmpty()).forEach(f -> arguments.addAll(ShellWords.split(f)));
		arguments.addAll(List.of(paths));
		// It prints each argument, quotes removed (case 04: -I<proj>/include from "${workspace_loc:/...}"), followed by a
		// blank.
		return new ToolCommand(String.join(" ", arguments) + " ", arguments);
	}

	/** As CDT's Cross GCC Assembler: the toolchain's gcc, no dependency options. */
	private static ToolCommand assembleCommand(BuildConfiguration configuration, String input, String object) {
		AssemblerSettings settings = configuration.assembler();
		List<String> parts = new ArrayList<>();
		parts.add(configuration.toolchain().command("gcc"));
		parts.add(settings.debugging());
		parts.add(settings.gccFlags());
		settings.includePaths().forEach(p -> parts.add("-I" + p));
		if (configuration.internalBuilder()) {
			return internal(parts, "-o", object, input);
		}
		parts.addAll(List.of("-o", quoted(object), quoted(input)));
		return ToolCommand.of(join(parts));
	}

	/**
	 * As CDT's GNU archiver: {@code ar <flags> <output flag> "lib<name>.a" $(OBJS) $(USER_OBJS) $(LIBS)}, where the output
	 * flag, USER_OBJS and LIBS are empty and keep their blanks.
	 */
	private static ToolCommand archiveCommand(BuildConfiguration configuration, List<String> objects) {
		String archiver = configuration.toolchain().command("ar");
		String flags = configuration.archiver().flags();
		if (configuration.internalBuilder()) {
			List<String> paths = new ArrayList<>(List.of(configuration.artifactFileName()));
			paths.addAll(objects);
			return internal(List.of(archiver, flags), paths.toArray(String[]::new));
		}
		return ToolCommand.of(archiver + " " + flags.strip() + "  " + quoted(configuration.artifactFileName()) + " "
				+ objectsVariable(objects) + "  ");
	}

	private static ToolCommand linkCommand(BuildConfiguration configuration, List<String> objects) {
		LinkerSettings linker = configuration.linker();
		List<String> parts = new ArrayList<>();
		parts.add(configuration.toolchain().command(linker.tool()));
		linker.libraryPaths().forEach(p -> parts.add("-L" + p));
		parts.add(linker.flags());
		parts.add(linker.shared() ? "-shared" : "");
		if (configuration.internalBuilder()) {
			List<String> paths = new ArrayList<>(List.of("-o", configuration.artifactFileName()));
			paths.addAll(objects);
			linker.userObjects().forEach(o -> paths.addAll(ShellWords.split(o)));
			linker.libraries().forEach(l -> paths.add("-l" + l));
			return internal(parts, paths.toArray(String[]::new));
		}
		// CDT's makefile rule: -o "<artifact>" $(OBJS) $(USER_OBJS) $(LIBS) <other objects> <-l libraries>, where OBJS
		// gathers each folder's objects with a blank after each folder's list, and USER_OBJS and LIBS stay empty:
		// the line keeps their blanks.
		List<String> extra = new ArrayList<>(linker.userObjects());
		linker.libraries().forEach(l -> extra.add("-l" + l));
		String tail = join(extra);
		// ${COMMAND} ${FLAGS} -o ...: a program linked without flags keeps both blanks.
		return ToolCommand.of(parts.get(0) + " " + join(parts.subList(1, parts.size())) + " -o "
				+ quoted(configuration.artifactFileName()) + " " + objectsVariable(objects) + "  "
				+ (tail.isEmpty() ? "" : " " + tail));
	}

	/** {@code $(OBJS)} as CDT's subdir.mk files build it: each folder's objects, then a blank, folder after folder. */
	private static String objectsVariable(List<String> objects) {
		StringBuilder variable = new StringBuilder();
		String folder = null;
		for (String object : objects) {
			String objectFolder = object.substring(0, object.lastIndexOf('/') + 1);
			if (folder != null && !objectFolder.equals(folder)) {
				variable.append(' ');
			}
			variable.append(object).append(' ');
			folder = objectFolder;
		}
		return variable.toString();
	}

	private static String quoted(String path) {
		return "\"" + path + "\"";
	}

	/** Joins the non-blank parts with one space, as CDT joins its trimmed flags. */
	private static String join(List<String> parts) {
		return String.join(" ", parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList());
	}
}
