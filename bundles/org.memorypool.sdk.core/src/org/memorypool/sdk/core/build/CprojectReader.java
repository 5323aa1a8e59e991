// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;


import org.memorypool.sdk.core.TerminalText;

/**
 * Reads a CDT managed-build project ({@code .project} and {@code .cproject}) the way CDT's GNU toolchains (Cross GCC,
 * and MinGW GCC on Windows) understand it: options missing from the file take the defaults of CDT's GNU tool
 * definitions ({@code -O2 -g}; the per-build-type defaults live in the file, written when CDT created each option).
 * What it does not understand it reports in {@link BuildConfiguration#unsupported()} rather than dropping it silently.
 */
public final class CprojectReader {

	private static final String CPP_NATURE = "org.eclipse.cdt.core.ccnature";
	private static final String CROSS_TOOL = "cdt.managedbuild.tool.gnu.cross.";
	private static final String GNU_TOOL = "cdt.managedbuild.tool.gnu.";
	private static final String INTERNAL_BUILDER = "org.eclipse.cdt.build.core.internal.builder";
	private static final String MINGW_BUILDER = "cdt.managedbuild.tool.gnu.builder.mingw.base";
	/** More compiles at once than any machine has cores for only costs memory: a written count is held to this. */
	private static final int MAX_JOBS = 64;
	private static final String PREFIX_OPTION = "cdt.managedbuild.option.gnu.cross.prefix";
	private static final String PATH_OPTION = "cdt.managedbuild.option.gnu.cross.path";
	private static final String ARTEFACT_TYPE = "org.eclipse.cdt.build.core.buildArtefactType";
	/** What every CDT linker's input type lists; anything else is a user's addition. */
	private static final Set<String> STANDARD_ADDITIONAL_INPUTS = Set.of("$(USER_OBJS)", "$(LIBS)");
	private static final String FIX_XML = "fix the file, or restore it from version control";
	/** Far larger than any .project or .cproject Eclipse writes; the parsed tree takes a multiple of it in memory. */
	private static final long MAX_FILE_SIZE = 4L * 1024 * 1024;
	/** Far more exclusion patterns than a project lists; each file is matched against each. */
	private static final int MAX_EXCLUSIONS = 1000;
	/** Deeper than any .project or .cproject Eclipse writes (about ten levels), shallow enough for any stack. */
	private static final int MAX_XML_DEPTH = 100;
	/** The most the project's environment variables may add up to, in characters. */
	private static final long MAX_ENVIRONMENT = 1024 * 1024;
	/** The factory of a project reference's settings, as CDT spells it. */
	private static final String REFERENCE_FACTORY = "org.eclipse.cdt.core.cfg.export.settings.sipplier";

	private CprojectReader() {
	}

	/**
	 * Reads the project in {@code projectDir}.
	 *
	 * @throws CdtProjectException when a file is missing or malformed, or describes something the SDK cannot build
	 */
	public static CdtProject read(Path folder) throws CdtProjectException {
		return read(folder, System::getenv);
	}

	/** As {@link #read(Path)}, with {@code environment} for the environment variables macros name. */
	static CdtProject read(Path folder, Function<String, String> environment) throws CdtProjectException {
		// Absolute, because resolved macros end up in commands that run in the build folder.
		Path projectDir = folder.toAbsolutePath().normalize();
		Path dotProject = projectDir.resolve(".project");
		XmlElement description = parse(dotProject, projectDir
				+ " is not an Eclipse project: give the folder that holds .project and .cproject, or create the project in"
				+ " Eclipse (File > New > C/C++ Project)", "projectDescription");
		String name = childText(description, "name");
		if (name.isEmpty()) {
			throw new CdtProjectException(dotProject + ": the project has no <name>: " + FIX_XML);
		}
		LinkedResources linked = linkedResources(description, projectDir, dotProject);
		XmlElement natures = child(description, "natures");
		boolean cpp = natures != null && elements(natures, "nature").stream()
				.anyMatch(n -> n.text().strip().equals(CPP_NATURE));

		Path cprojectFile = projectDir.resolve(".cproject");
		XmlElement cproject = parse(cprojectFile, "the project has no CDT settings: convert it in Eclipse (File > New >"
				+ " Convert to a C/C++ Project (Adds C/C++ Nature)), or copy its .cproject here", "cproject");
		List<BuildConfiguration> configurations = new ArrayList<>();
		Map<String, CdtEnvironmentSettings.Settings> environments = CdtEnvironmentSettings.read(projectDir);
		XmlElement settings = storageModule(cproject, "org.eclipse.cdt.core.settings");
		for (XmlElement cconfiguration : settings == null ? List.<XmlElement>of() : elements(settings, "cconfiguration")) {
			XmlElement buildSystem = storageModule(cconfiguration, "cdtBuildSystem");
			XmlElement configuration = buildSystem == null ? null : child(buildSystem, "configuration");
			if (configuration == null) {
				throw new CdtProjectException(cprojectFile + ": configuration " + cconfiguration.attribute("id")
						+ " is not a managed build (no cdtBuildSystem storage module): the SDK builds only projects"
						+ " whose makefiles CDT generates; create the project as a Cross GCC Shared Library");
			}
			configurations.add(new ConfigurationReader(cprojectFile, name, cpp, projectDir, cconfiguration, configuration,
					environment,
					environments.getOrDefault(configuration.attribute("id"), CdtEnvironmentSettings.Settings.NONE),
					linked).read());
		}
		if (configurations.isEmpty()) {
			throw new CdtProjectException(cprojectFile + ": no build configurations: " + FIX_XML);
		}
		return new CdtProject(name, configurations);
	}

	/**
	 * The {@code .project}'s linked files and folders, their locations resolved through Eclipse's path variables.
	 *
	 * @throws CdtProjectException naming the link whose location cannot be resolved, or whose name leaves the project
	 */
	private static LinkedResources linkedResources(XmlElement description, Path projectDir, Path dotProject)
			throws CdtProjectException {
		XmlElement list = child(description, "linkedResources");
		if (list == null) {
			return LinkedResources.NONE;
		}
		Map<String, String> variables = new HashMap<>();
		XmlElement variableList = child(description, "variableList");
		for (XmlElement variable : variableList == null ? List.<XmlElement>of() : elements(variableList, "variable")) {
			variables.put(childText(variable, "name"), childText(variable, "value"));
		}
		ProjectPathVariables paths = new ProjectPathVariables(projectDir, variables);
		Map<String, Path> links = new HashMap<>();
		for (XmlElement link : elements(list, "link")) {
			String name = childText(link, "name").replace('\\', '/');
			String location = childText(link, "locationURI").isEmpty() ? childText(link, "location")
					: childText(link, "locationURI");
			if (name.isEmpty() || name.startsWith("/") || Arrays.asList(name.split("/")).contains("..")) {
				throw new CdtProjectException(dotProject + ": the linked resource '" + name + "' has no name inside the"
						+ " project: fix it in Eclipse (Properties > Resource > Linked Resources)");
			}
			Path target = paths.resolve(location).orElseThrow(() -> new CdtProjectException(dotProject
					+ ": the linked resource " + name + " points at " + location + ", which cannot be resolved here: define"
					+ " its path variable in the project (Properties > Resource > Linked Resources > Path Variables), or use"
					+ " PROJECT_LOC or PARENT-<n>-PROJECT_LOC"));
			links.put(name, target);
		}
		return new LinkedResources(links);
	}

	private static XmlElement parse(Path file, String whenMissing, String rootName) throws CdtProjectException {
		if (!Files.exists(file)) {
			throw new CdtProjectException(file + " is missing: " + whenMissing);
		}
		try {
			if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_SIZE) {
				throw new CdtProjectException(file + " is not a project file (a folder, a device, a pipe, or larger than 4 MB):"
						+ " " + FIX_XML);
			}
		} catch (IOException e) {
			throw new CdtProjectException(file + " cannot be read (" + e + "): check its permissions", e);
		}
		XmlElement root;
		try (InputStream in = Files.newInputStream(file)) {
			root = XmlElement.read(in, MAX_XML_DEPTH);
		} catch (XmlElement.MalformedException e) {
			throw new CdtProjectException(file + (e.line > 0 ? ":" + e.line : "") + ": not well-formed XML (" + e.getMessage()
					+ "): " + FIX_XML, e);
		} catch (IOException e) {
			throw new CdtProjectException(file + " cannot be read (" + e + "): check its permissions", e);
		}
		if (!root.tagName().equals(rootName)) {
			throw new CdtProjectException(file + ": the root element is <" + root.tagName() + ">, not <" + rootName
					+ ">: this is not the file Eclipse writes; " + FIX_XML);
		}
		return root;
	}

	private static List<XmlElement> elements(XmlElement parent, String tagName) {
		return parent.children(tagName);
	}

	private static XmlElement child(XmlElement parent, String tagName) {
		List<XmlElement> children = elements(parent, tagName);
		return children.isEmpty() ? null : children.get(0);
	}

	private static String childText(XmlElement parent, String tagName) {
		XmlElement child = child(parent, tagName);
		return child == null ? "" : child.text().strip();
	}

	private static XmlElement storageModule(XmlElement parent, String moduleId) {
		return elements(parent, "storageModule").stream().filter(m -> m.attribute("moduleId").equals(moduleId))
				.findFirst().orElse(null);
	}

	/** Reads one {@code <configuration>}, collecting notes about what it ignores. */
	private static final class ConfigurationReader {

		private final Path cprojectFile;
		private final String projectName;
		private final boolean cppNature;
		private final XmlElement configuration;
		private final String name;
		private final List<String> notes = new ArrayList<>();
		private final CdtMacros macros;
		private final LinkedResources linked;
		private final CdtEnvironmentSettings.Settings environmentSettings;
		private final Path projectDir;
		private final XmlElement cconfiguration;
		/** The configuration's {@code <folderInfo>} and {@code <fileInfo>} elements with a resource path. */
		private final List<XmlElement> resources = new ArrayList<>();

		/**
		 * @param cconfiguration the {@code <cconfiguration>}, whose storage modules hold the build variables and the
		 *                       references
		 * @param configuration  its managed build's {@code <configuration>}
		 */
		ConfigurationReader(Path cprojectFile, String projectName, boolean cppNature, Path projectDir,
				XmlElement cconfiguration, XmlElement configuration, Function<String, String> environment,
				CdtEnvironmentSettings.Settings environmentSettings, LinkedResources linked) {
			this.linked = linked;
			this.cconfiguration = cconfiguration;
			this.cprojectFile = cprojectFile;
			this.projectName = projectName;
			this.cppNature = cppNature;
			this.configuration = configuration;
			this.name = configuration.attribute("name");
			this.environmentSettings = environmentSettings;
			this.projectDir = projectDir;
			Map<String, EnvironmentSetting> byName = new HashMap<>();
			environmentSettings.settings().forEach(s -> byName.put(s.name(), s));
			this.macros = new CdtMacros(projectName, name, projectDir, buildVariables(), environment, byName,
					environmentSettings.replaceNative(), notes);
		}

		/**
		 * The build environment with every value resolved; an operation CDT does not define is a note.
		 */
		private BuildEnvironment buildEnvironment() {
			Map<String, String> variables = new HashMap<>();
			Set<String> removed = new HashSet<>();
			for (EnvironmentSetting setting : environmentSettings.settings()) {
				String where = "the environment variable " + TerminalText.escape(setting.name());
				if (setting.name().isEmpty() || setting.name().indexOf('=') >= 0 || setting.name().indexOf('\0') >= 0
						|| setting.value().indexOf('\0') >= 0) {
					notes.add(where + " cannot be given to a program (its name is empty or holds '=' or a NUL character, or"
							+ " its value holds a NUL character): fix it in C/C++ Build > Environment");
					continue;
				}
				switch (setting.operation()) {
				case "remove" -> removed.add(setting.name());
				case "replace", "prepend", "append" ->
					variables.put(setting.name(), macros.environmentValue(setting.name(), where).orElse(""));
				default -> notes.add(where + " has the operation \"" + setting.operation() + "\", which CDT does not"
						+ " define (replace, remove, prepend, append): fix it in C/C++ Build > Environment");
				}
			}
			long size = variables.entrySet().stream().mapToLong(e -> e.getKey().length() + e.getValue().length() + 2).sum();
			if (size > MAX_ENVIRONMENT) {
				// Every program the build starts gets it; Linux gives a program about 2 MB of arguments and environment.
				notes.add("the configuration's environment variables add up to " + size / 1024 + " KB, more than a program"
						+ " can be given: fix them in C/C++ Build > Environment (values made of other values, repeated?)");
				variables.clear();
			}
			return new BuildEnvironment(environmentSettings.replaceNative(), variables, removed);
		}

		/**
		 * The configurations this one references, from the {@code org.eclipse.cdt.core.externalSettings} storage module
		 * of its {@code <cconfiguration>}: {@code containerId} is {@code <project>;<configuration id>}.
		 */
		private List<ProjectReference> references() {
			List<ProjectReference> references = new ArrayList<>();
			XmlElement external = storageModule(cconfiguration, "org.eclipse.cdt.core.externalSettings");
			for (XmlElement container : external == null ? List.<XmlElement>of() : elements(external, "externalSettings")) {
				String factory = container.attribute("factoryId");
				String id = container.attribute("containerId");
				int delimiter = id.indexOf(';');
				if (!factory.equals(REFERENCE_FACTORY)) {
					notes.add("the external settings " + id + " of " + factory + " are not understood and are ignored");
				} else if (delimiter > 0) {
					references.add(new ProjectReference(id.substring(0, delimiter), id.substring(delimiter + 1)));
				} else {
					notes.add("the project reference \"" + id + "\" names no project: fix it in C/C++ General > Paths and"
							+ " Symbols > References");
				}
			}
			return references;
		}

		/**
		 * The configuration's build variables (C/C++ Build > Build Variables), which CDT keeps in the
		 * {@code <macros>} of the configuration's {@code org.eclipse.cdt.core.settings} storage module, as
		 * {@code <stringMacro name=".." type="VALUE_TEXT|VALUE_PATH_DIR|..." value=".."/>}.
		 */
		private Map<String, String> buildVariables() {
			Map<String, String> variables = new HashMap<>();
			XmlElement settings = storageModule(cconfiguration, "org.eclipse.cdt.core.settings");
			XmlElement macros = settings == null ? null : child(settings, "macros");
			for (XmlElement macro : macros == null ? List.<XmlElement>of() : elements(macros, "stringMacro")) {
				if (!macro.attribute("name").isEmpty()) {
					variables.put(macro.attribute("name"), macro.attribute("value"));
				}
			}
			return variables;
		}

		BuildConfiguration read() throws CdtProjectException {
			if (name.isEmpty()) {
				throw new CdtProjectException(cprojectFile + ": configuration " + configuration.attribute("id")
						+ " has no name: " + FIX_XML);
			}
			Map<String, String> buildProperties = buildProperties();
			ArtifactType artifactType = artifactType(buildProperties);
			XmlElement folderInfo = rootFolderInfo();
			XmlElement toolChain = child(folderInfo, "toolChain");
			if (toolChain == null) {
				throw new CdtProjectException(
						cprojectFile + ": configuration " + name + " has no <toolChain>: " + FIX_XML);
			}
			String toolChainKind = toolChain.attribute("superClass");
			Map<String, XmlElement> tools = new HashMap<>();
			String prefix = "";
			String path = "";
			for (XmlElement element : elements(toolChain, null)) {
				switch (element.tagName()) {
				case "option" -> {
					String superClass = element.attribute("superClass");
					if (superClass.equals(PREFIX_OPTION)) {
						prefix = macros.resolve(stringValue(element, ""), "the toolchain prefix");
					} else if (superClass.equals(PATH_OPTION)) {
						path = macros.resolve(stringValue(element, ""), "the toolchain path");
					} else {
						unknownOption(element, "the toolchain");
					}
				}
				case "tool" -> tools.put(toolKind(element), element);
				case "builder" -> checkBuilder(element);
				case "targetPlatform" -> {
					// Only says which binary parser the IDE uses; nothing for building.
				}
				default -> notes.add("the toolchain's <" + element.tagName() + "> is not understood and is ignored");
			}
			}
			if (toolChainKind.startsWith(Toolchain.CROSS_GCC)) {
				// Cross GCC's macro supplier (CrossBuildMacroSupplier): the prefix option, its default "" when unset.
				macros.gnuToolPrefix(prefix);
			}
			Language linkerLanguage = cppNature ? Language.CPP : Language.C;
			XmlElement linkerTool = tools.get(linkerLanguage.tool + " linker");
			// The archiver makes a static library; the linker everything else.
			XmlElement targetTool = artifactType == ArtifactType.STATIC_LIBRARY ? tools.get("archiver") : linkerTool;
			String artifactName = macros.resolve(attribute(configuration, "artifactName", "${ProjName}"), "the artifact name");
			String artifactExtension = attribute(configuration, "artifactExtension", defaultExtension(toolChainKind, artifactType));
			String outputPrefix = outputPrefix(targetTool, artifactType);
			// Steps may name the artifact (${BuildArtifactFileName}), so they are resolved once it is known.
			macros.artifactFileName(outputPrefix + artifactName + (artifactExtension.isEmpty() ? "" : "." + artifactExtension));
			BuildSteps steps = new BuildSteps(
					macros.resolve(configuration.attribute("prebuildStep").strip(), "the pre-build step"),
					macros.resolve(configuration.attribute("postbuildStep").strip(), "the post-build step"),
					// CDT resolves no build macro in a step's description: make sees it as written (recorded).
					configuration.attribute("preannouncebuildStep").strip(),
					configuration.attribute("postannouncebuildStep").strip());
			checkSteps(steps, internalBuilder(child(toolChain, "builder")));
			return new BuildConfiguration(configuration.attribute("id"), name, artifactType,
					new Toolchain(prefix, path, toolChainKind), artifactName, artifactExtension, outputPrefix, sourceEntries(),
					compiler(chain(tools.get("gcc compiler")), Language.C),
					compiler(chain(tools.get("g++ compiler")), Language.CPP),
					linker(linkerTool, linkerLanguage, artifactType), archiver(tools.get("archiver")),
					assembler(tools.get("assembler")), resourceConfigurations(tools), linked,
					internalBuilder(child(toolChain, "builder")), steps, parallelJobs(child(toolChain, "builder")),
					buildEnvironment(), references(), notes.stream().distinct().toList());
		}

		/** Notes what CDT's builder would do with a step and the SDK's build cannot, before anything runs. */
		private void checkSteps(BuildSteps steps, boolean internalBuilder) {
			for (String which : List.of("pre-build", "post-build")) {
				String step = which.equals("pre-build") ? steps.preBuild() : steps.postBuild();
				if (internalBuilder) {
					BuildSteps.internalBuilderProblem(step, which).ifPresent(notes::add);
					continue;
				}
				try {
					MakeRecipe.expand(step, Map.of(), Map.of(), which);
				} catch (IllegalArgumentException e) {
					notes.add("the " + which + " step: " + e.getMessage());
				}
			}
		}

		/**
		 * The artifact extension a toolchain gives when the configuration names none: CDT's MinGW GCC configurations
		 * (cdt.managedbuild.config.gnu.mingw.base) make {@code .exe}, {@code .dll} and {@code .a}; Cross GCC and Linux
		 * GCC none, {@code .so} and {@code .a}.
		 */
		private static String defaultExtension(String toolChainKind, ArtifactType artifactType) {
			boolean mingw = Toolchain.isMingwGcc(toolChainKind);
			return switch (artifactType) {
			case SHARED_LIBRARY -> mingw ? "dll" : "so";
			case STATIC_LIBRARY -> "a";
			case EXECUTABLE -> mingw ? "exe" : "";
			};
		}

		private Map<String, String> buildProperties() {
			Map<String, String> properties = new HashMap<>();
			for (String property : configuration.attribute("buildProperties").split(",")) {
				int equals = property.indexOf('=');
				if (equals > 0) {
					properties.put(property.substring(0, equals).strip(), property.substring(equals + 1).strip());
				}
			}
			return properties;
		}

		private ArtifactType artifactType(Map<String, String> buildProperties) throws CdtProjectException {
			String type = configuration.attribute("buildArtefactType");
			if (type.isEmpty()) {
				type = buildProperties.getOrDefault(ARTEFACT_TYPE, "");
			}
			String parent = configuration.attribute("parent");
			if (type.endsWith(".sharedLib") || type.isEmpty() && parent.contains(".so.")) {
				return ArtifactType.SHARED_LIBRARY;
			}
			if (type.endsWith(".exe") || type.isEmpty() && parent.contains(".exe.")) {
				return ArtifactType.EXECUTABLE;
			}
			if (type.endsWith(".staticLib") || type.isEmpty() && parent.contains(".lib.")) {
				return ArtifactType.STATIC_LIBRARY;
			}
			throw new CdtProjectException(cprojectFile + ": configuration " + name + " builds "
					+ (type.isEmpty() ? "an unknown kind of artifact (parent " + parent + ")" : type)
					+ ": the SDK builds shared libraries (DLLs), static libraries and executables only; create the project"
					+ " as a Cross GCC Shared Library");
		}

		private XmlElement rootFolderInfo() throws CdtProjectException {
			XmlElement root = null;
			for (XmlElement element : elements(configuration, null)) {
				String tag = element.tagName();
				if (tag.equals("folderInfo") && element.attribute("resourcePath").isEmpty() && root == null) {
					root = element;
				} else if (tag.equals("folderInfo") || tag.equals("fileInfo")) {
					resources.add(element);
				} else if (!tag.equals("sourceEntries")) {
					notes.add("<" + tag + "> in the configuration is not understood and is ignored");
				}
			}
			if (root == null) {
				throw new CdtProjectException(
						cprojectFile + ": configuration " + name + " has no project-wide <folderInfo>: " + FIX_XML);
			}
			return root;
		}

		/**
		 * The builder's parallel build as CDT writes it: {@code parallelBuildOn="true"} with
		 * {@code parallelizationNumber} a job count, or "optimal" (or none, or not positive: one job per processor).
		 */
		private static int parallelJobs(XmlElement builder) {
			if (builder == null || !builder.attribute("parallelBuildOn").equals("true")) {
				return 1;
			}
			try {
				int jobs = Integer.parseInt(builder.attribute("parallelizationNumber").strip());
				if (jobs > 0) {
					return Math.min(jobs, MAX_JOBS);
				}
			} catch (NumberFormatException e) {
				// "optimal", or absent
			}
			return Runtime.getRuntime().availableProcessors();
		}

		/**
		 * Whether the builder is CDT's internal one (C/C++ Build > Builder type: Internal builder), or MinGW GCC's, which
		 * CDT 12.5's plugin.xml derives from it: MinGW projects build with the internal builder unless switched.
		 */
		private static boolean internalBuilder(XmlElement builder) {
			String superClass = builder == null ? "" : builder.attribute("superClass");
			return superClass.startsWith(INTERNAL_BUILDER) || superClass.startsWith(MINGW_BUILDER);
		}

		private void checkBuilder(XmlElement builder) {
			if (builder.attribute("managedBuildOn").equals("false")) {
				notes.add("'Generate Makefiles automatically' is off: CDT would run your own makefile, this build runs"
						+ " the commands CDT would generate from the settings");
			}
			String buildPath = builder.attribute("buildPath");
			if (buildPath.isEmpty()) {
				return;
			}
			// A path that cannot be resolved (a copied project's, naming its old name) CDT 12.5 ignores: it built such a
			// project in <project>/<configuration> (recorded with refs before its name was fixed).
			Optional<String> resolved = macros.tryResolve(buildPath);
			if (resolved.isPresent() && !samePath(resolved.get(), projectDir.resolve(name))) {
				notes.add("the build folder " + TerminalText.escape(buildPath) + " is not supported (the SDK builds in the"
						+ " project's folder for the configuration, " + projectDir.resolve(name) + "): set C/C++ Build >"
						+ " Builder Settings > Build directory to ${workspace_loc:/${ProjName}}/${ConfigName}");
			}
		}

		private static boolean samePath(String path, Path expected) {
			try {
				return expected.getFileSystem().getPath(path).toAbsolutePath().normalize()
						.equals(expected.toAbsolutePath().normalize());
			} catch (InvalidPathException e) {
				return false;
			}
		}

		/** The role of a tool, e.g. {@code g++ compiler}, or its superClass id when it is not one this build runs. */
		private String toolKind(XmlElement tool) {
			String superClass = tool.attribute("superClass");
			String role = role(superClass);
			switch (role) {
			case "c.compiler":
				return "gcc compiler";
			case "cpp.compiler":
				return "g++ compiler";
			case "c.linker":
				return "gcc linker";
			case "cpp.linker":
				return "g++ linker";
			case "assembler":
				return "assembler";
			case "archiver":
				return "archiver";
			default:
				notes.add("the tool " + tool.attribute("name") + " (" + superClass
						+ ") is not part of CDT's Cross GCC toolchain; its settings are ignored");
				return superClass;
			}
		}

		/**
		 * A GNU tool's role from its id: Cross GCC's ({@code cdt.managedbuild.tool.gnu.cross.cpp.compiler}) and the other
		 * GNU toolchains' ({@code cdt.managedbuild.tool.gnu.cpp.compiler.mingw.so.release}) share the {@code gnu.*}
		 * options, so their settings read alike; empty for any other tool.
		 */
		private static String role(String superClass) {
			String rest = superClass.startsWith(CROSS_TOOL) ? superClass.substring(CROSS_TOOL.length())
					: superClass.startsWith(GNU_TOOL) ? superClass.substring(GNU_TOOL.length()) : "";
			for (String role : List.of("cpp.compiler", "c.compiler", "cpp.linker", "c.linker", "archiver", "assembler")) {
				if (rest.equals(role) || rest.startsWith(role + ".")) {
					return role;
				}
			}
			return "";
		}

		private ArchiverSettings archiver(XmlElement tool) {
			if (tool == null) {
				return ArchiverSettings.DEFAULT;
			}
			String toolName = tool.attribute("name");
			Map<String, XmlElement> options = options(tool, "gnu.both.lib.option.", Set.of("flags"), toolName);
			return new ArchiverSettings(
					macros.resolve(stringValue(options.get("flags"), ArchiverSettings.DEFAULT.flags()), toolName + " flags"));
		}

		private AssemblerSettings assembler(XmlElement tool) {
			if (tool == null) {
				return AssemblerSettings.DEFAULT;
			}
			String toolName = tool.attribute("name");
			Map<String, XmlElement> options = options(tool, "gnu.",
					Set.of("asm.option.debugging.level", "both.asm.option.flags", "both.asm.option.include.paths"), toolName);
			XmlElement debugging = options.get("asm.option.debugging.level");
			String level = debugging == null ? null : value(debugging);
			String debuggingFlag = "";
			if ("gnu.asm.debugging.level.default".equals(level)) {
				debuggingFlag = "-g";
			} else if (level != null && !level.equals("gnu.asm.debugging.level.none")) {
				notes.add(toolName + ": the value " + level + " of \"" + debugging.attribute("name")
						+ "\" is not one CDT defines");
			}
			return new AssemblerSettings(debuggingFlag,
					macros.resolve(stringValue(options.get("both.asm.option.flags"), AssemblerSettings.DEFAULT.flags()),
							toolName + " flags"),
					listValues(options.get("both.asm.option.include.paths"), toolName + " include paths"));
		}

		/**
		 * The settings of each folder and file that has its own: a {@code <fileInfo>}'s tools, or a
		 * {@code <folderInfo>}'s toolchain's, inherit the options of the project's tools and of the folders around
		 * them, and override them option by option, as CDT's tool superClass chain does.
		 */
		private List<ResourceConfiguration> resourceConfigurations(Map<String, XmlElement> projectTools) {
			List<XmlElement> byDepth = new ArrayList<>(resources);
			byDepth.sort(Comparator.comparingInt(e -> e.attribute("resourcePath").length()));
			List<ResourceConfiguration> result = new ArrayList<>();
			Map<XmlElement, Map<String, XmlElement>> toolsOf = new HashMap<>();
			for (XmlElement resource : byDepth) {
				String path = resource.attribute("resourcePath").replace('\\', '/');
				boolean file = resource.tagName().equals("fileInfo");
				XmlElement toolHolder = file ? resource : child(resource, "toolChain");
				Map<String, XmlElement> own = new HashMap<>();
				for (XmlElement tool : toolHolder == null ? List.<XmlElement>of() : elements(toolHolder, "tool")) {
					String role = role(tool.attribute("superClass"));
					if (role.equals("c.compiler") || role.equals("cpp.compiler")) {
						own.put(role, tool);
					}
				}
				toolsOf.put(resource, own);
				List<XmlElement> cChain = new ArrayList<>(chain(projectTools.get("gcc compiler")));
				List<XmlElement> cppChain = new ArrayList<>(chain(projectTools.get("g++ compiler")));
				for (XmlElement outer : byDepth) {
					String outerPath = outer.attribute("resourcePath").replace('\\', '/');
					if (outer != resource && outer.tagName().equals("folderInfo") && path.startsWith(outerPath + "/")) {
						cChain.addAll(chain(toolsOf.get(outer).get("c.compiler")));
						cppChain.addAll(chain(toolsOf.get(outer).get("cpp.compiler")));
					}
				}
				cChain.addAll(chain(own.get("c.compiler")));
				cppChain.addAll(chain(own.get("cpp.compiler")));
				result.add(new ResourceConfiguration(path, file, compiler(cChain, Language.C),
						compiler(cppChain, Language.CPP)));
			}
			return result;
		}

		/** The tool, if there is one, as a chain of one. */
		private static List<XmlElement> chain(XmlElement tool) {
			return tool == null ? List.of() : List.of(tool);
		}

		/** A compiler's settings from its tools, the project's first: a later tool's option replaces an earlier one's. */
		private CompilerSettings compiler(List<XmlElement> tools, Language language) {
			String toolName = tools.isEmpty() ? language.tool : tools.get(tools.size() - 1).attribute("name");
			Set<String> known = new HashSet<>(language.warnings().keySet());
			known.addAll(List.of("dialect.std", language.definesOption, "include.paths", "optimization.level",
					"debugging.level", language.otherFlagsOption));
			Map<String, XmlElement> options = new HashMap<>();
			for (XmlElement tool : tools) {
				options.putAll(options(tool, language.compilerOptionPrefix, known, toolName));
			}

			String dialect = enumValue(options.get("dialect.std"), language::dialectFlag, "", toolName);
			// An option the file does not hold takes the default of CDT's GNU definition, whatever the build type: its
			// per-build-type defaults are written into the file when CDT creates the option (recorded: absent/).
			String optimization = enumValue(options.get("optimization.level"), language::optimizationFlag, "-O2", toolName);
			String debugging = enumValue(options.get("debugging.level"), language::debuggingFlag, "-g", toolName);
			List<String> warnings = new ArrayList<>();
			language.warnings().forEach((option, flag) -> {
				XmlElement element = options.get(option);
				String value = element == null ? null : value(element);
				if (value == null ? Language.warningDefault(option) : Boolean.parseBoolean(value)) {
					warnings.add(flag);
				}
			});
			return new CompilerSettings(dialect,
					listValues(options.get(language.definesOption), toolName + " defined symbols"),
					listValues(options.get("include.paths"), toolName + " include paths"), optimization, debugging,
					warnings, macros.resolve(stringValue(options.get(language.otherFlagsOption),
							Language.DEFAULT_OTHER_FLAGS), toolName + " other flags"));
		}

		private LinkerSettings linker(XmlElement tool, Language language, ArtifactType artifactType) {
			String toolName = tool == null ? language.tool + " linker" : tool.attribute("name");
			Map<String, XmlElement> options = options(tool, language.linkerOptionPrefix,
					Set.of("shared", language.linkerFlagsOption, "libs", "paths", "userobjs"), toolName);
			XmlElement shared = options.get("shared");
			String sharedValue = shared == null ? null : value(shared);
			return new LinkerSettings(language.tool, listValues(options.get("paths"), toolName + " library paths"),
					macros.resolve(stringValue(options.get(language.linkerFlagsOption), ""), toolName + " flags"),
					sharedValue == null ? artifactType == ArtifactType.SHARED_LIBRARY
							: Boolean.parseBoolean(sharedValue),
					listValues(options.get("userobjs"), toolName + " other objects"),
					listValues(options.get("libs"), toolName + " libraries"));
		}

		/**
		 * The options of a tool that this reader understands, by id after {@code prefix}; notes for the others.
		 * Also checks the tool's input types for additions it does not understand.
		 */
		private Map<String, XmlElement> options(XmlElement tool, String prefix, Set<String> known, String toolName) {
			Map<String, XmlElement> options = new HashMap<>();
			if (tool == null) {
				return options;
			}
			for (XmlElement element : elements(tool, null)) {
				switch (element.tagName()) {
				case "option" -> {
					String superClass = baseOptionId(element.attribute("superClass"));
					String id = superClass.startsWith(prefix) ? superClass.substring(prefix.length()) : "";
					if (known.contains(id)) {
						options.put(id, element);
					} else {
						unknownOption(element, toolName);
					}
				}
				case "inputType" -> {
					for (XmlElement input : elements(element, null)) {
						String paths = input.attribute("paths");
						if (!input.tagName().equals("additionalInput") || !STANDARD_ADDITIONAL_INPUTS.contains(paths)) {
							notes.add(toolName + ": the additional input " + paths + " is not understood and is ignored");
						}
					}
				}
				case "outputType" -> {
					// Only the linker's output prefix matters; read by outputPrefix().
				}
				default -> notes.add(toolName + ": <" + element.tagName() + "> is not understood and is ignored");
				}
			}
			return options;
		}

		/**
		 * The option CDT's GNU definitions derive {@code id} from: Linux GCC's and MinGW GCC's configurations write their
		 * own ids ({@code gnu.cpp.compiler.mingw.exe.release.option.optimization.level}), each of which is, in CDT 12.5's
		 * plugin.xml, a subclass of the shared one ({@code gnu.cpp.compiler.option.optimization.level}) with another
		 * default only; the value in the file says the rest.
		 */
		static String baseOptionId(String id) {
			int option = id.indexOf(".option.");
			if (option < 0) {
				return id;
			}
			String owner = id.substring(0, option);
			for (String base : List.of("gnu.cpp.compiler", "gnu.c.compiler", "gnu.cpp.link", "gnu.c.link", "gnu.both.asm",
					"gnu.both.lib")) {
				if (owner.startsWith(base)) {
					return base + id.substring(option);
				}
			}
			return id;
		}

		/** Notes an option this reader does not understand, unless its value cannot change the command line. */
		private void unknownOption(XmlElement option, String toolName) {
			String value = value(option);
			List<String> list = listValues(option, toolName);
			boolean noEffect = (value == null || value.isEmpty() || value.equals("false")) && list.isEmpty();
			if (!noEffect) {
				notes.add(toolName + ": the option \"" + option.attribute("name") + "\" ("
						+ option.attribute("superClass") + (value == null ? "" : " = " + value)
						+ ") is not supported by the SDK's build and is ignored");
			}
		}

		private String enumValue(XmlElement option, UnaryOperator<String> flagOf, String defaultFlag, String toolName) {
			String value = option == null ? null : value(option);
			if (value == null) {
				return defaultFlag;
			}
			String flag = flagOf.apply(value);
			if (flag == null) {
				notes.add(toolName + ": the value " + value + " of \"" + option.attribute("name")
						+ "\" is not one CDT defines; using " + (defaultFlag.isEmpty() ? "none" : defaultFlag));
				return defaultFlag;
			}
			return flag;
		}

		private String outputPrefix(XmlElement targetTool, ArtifactType artifactType) {
			XmlElement outputType = targetTool == null ? null : child(targetTool, "outputType");
			if (outputType != null && outputType.hasAttribute("outputPrefix")) {
				return outputType.attribute("outputPrefix");
			}
			// CDT's GNU linkers name shared libraries lib<name>.so, its archiver lib<name>.a, unless the output type says
			// otherwise.
			return artifactType == ArtifactType.EXECUTABLE ? "" : "lib";
		}

		private List<SourceEntry> sourceEntries() {
			XmlElement sourceEntries = child(configuration, "sourceEntries");
			if (sourceEntries == null) {
				return List.of(new SourceEntry("", List.of()));
			}
			List<SourceEntry> entries = new ArrayList<>();
			for (XmlElement entry : elements(sourceEntries, "entry")) {
				if (!entry.attribute("kind").equals("sourcePath")) {
					notes.add("the source entry " + entry.attribute("name") + " of kind " + entry.attribute("kind")
							+ " is not understood and is ignored");
					continue;
				}
				String folder = entry.attribute("name");
				String own = "/" + projectName;
				if (folder.equals(own) || folder.startsWith(own + "/")) {
					folder = folder.substring(own.length());
				}
				folder = stripSlashes(folder);
				String excluding = entry.attribute("excluding");
				List<String> exclusions = excluding.isEmpty() ? List.of() : List.of(excluding.split("\\|"));
				if (exclusions.size() > MAX_EXCLUSIONS) {
					// Each file is matched against each pattern: the count bounds the build's cost.
					notes.add("the source entry " + TerminalText.escape(folder) + " excludes " + exclusions.size()
							+ " patterns, more than the " + MAX_EXCLUSIONS + " a build matches: exclude folders or use"
							+ " wildcards (C/C++ General > Paths and Symbols > Source Location)");
					exclusions = List.of();
				}
				entries.add(new SourceEntry(folder, exclusions));
			}
			return entries;
		}

		/** The path without its leading and trailing slashes, in one pass (no regular expression over file content). */
		private static String stripSlashes(String path) {
			int start = 0;
			int end = path.length();
			while (start < end && path.charAt(start) == '/') {
				start++;
			}
			while (end > start && path.charAt(end - 1) == '/') {
				end--;
			}
			return path.substring(start, end);
		}

		private List<String> listValues(XmlElement option, String where) {
			List<String> values = new ArrayList<>();
			if (option != null) {
				for (XmlElement value : elements(option, "listOptionValue")) {
					// Built-in values come from the compiler's own discovery; CDT does not pass them on.
					if (!value.attribute("builtIn").equals("true") && !value.attribute("value").isEmpty()) {
						values.add(macros.resolve(value.attribute("value"), where));
					}
				}
			}
			return values;
		}

		/** An option's value, else the default the {@code .cproject} gives it, else null for CDT's default. */
		private static String value(XmlElement option) {
			if (option.hasAttribute("value")) {
				return option.attribute("value");
			}
			return option.hasAttribute("defaultValue") ? option.attribute("defaultValue") : null;
		}

		private static String stringValue(XmlElement option, String defaultValue) {
			String value = option == null ? null : value(option);
			return value == null ? defaultValue : value;
		}

		private static String attribute(XmlElement element, String name, String defaultValue) {
			return element.hasAttribute(name) ? element.attribute(name) : defaultValue;
		}
	}
}
