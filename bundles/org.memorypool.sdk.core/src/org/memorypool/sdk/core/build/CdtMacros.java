// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.memorypool.sdk.core.TerminalText;

/**
 * Resolves CDT's build macros as its managed build does: the built-ins {@code ${ProjName}}, {@code ${ConfigName}},
 * {@code ${ProjDirPath}}, {@code ${BuildArtifactFileName}} (once the artifact is known), Cross GCC's
 * {@code ${gnu_tool_prefix}}; {@code ${workspace_loc:/<project>/...}} of this project and of projects in the same folder
 * (where a workspace of sibling projects keeps them); the configuration's own build variables (C/C++ Build > Build
 * Variables); {@code ${env_var:X}} (the native environment) and environment variables by name (the configuration's
 * build environment, C/C++ Build > Environment, then the native one). Values are resolved recursively; a variable that
 * refers to itself, or anything else that cannot be resolved here, is left as written and reported.
 */
final class CdtMacros {

	/** How deep variables may refer to variables: far deeper than any real project's chain. */
	private static final int MAX_DEPTH = 128;
	/**
	 * Macros written inside macros, as ${workspace_loc:/${ProjName}}: real projects nest two or three; deeper ones are
	 * text. Each closed level copies its text into the one around it, so this bounds that copying.
	 */
	private static final int MAX_NESTING = 16;
	/** Longer than any path or flag list a project needs; a value past it is refused, not built. */
	private static final int MAX_LENGTH = 64 * 1024;
	/** What all of a configuration's values may expand to together: many values each under the limit add up too. */
	private static final long MAX_TOTAL = 4L * 1024 * 1024;

	private final String projectName;
	private final String configurationName;
	private final Path projectDir;
	private final Map<String, String> buildVariables;
	private final Function<String, String> environment;
	private final Map<String, EnvironmentSetting> projectEnvironment;
	private final boolean replaceNative;
	private final List<String> notes;
	private final SiblingProjects siblings;
	/** The toolchain's prefix, e.g. {@code i686-w64-mingw32-}; null when the toolchain does not define the macro. */
	private String gnuToolPrefix;
	/** The artifact's file name, e.g. {@code MyPlugin.dll}; null until it is known. */
	private String artifactFileName;
	/** Variables resolved so far: each is resolved once, so that variables made of variables cost linear time. */
	private final Map<String, String> resolved = new HashMap<>();
	/** Characters the macros have added to values so far, against {@link #MAX_TOTAL}. */
	private long expanded;
	private boolean overBudget;

	/**
	 * @param buildVariables the configuration's build variables by name, values as written
	 * @param environment    the native environment variables, e.g. {@code System::getenv}
	 * @param projectEnvironment the variables the configuration's build environment sets, by name: they come after
	 *                       the build variables and before the native environment, as in CDT
	 * @param replaceNative  whether that build environment replaces the native one, which then gives no values by name
	 * @param notes          where notes about macros that cannot be resolved go
	 */
	CdtMacros(String projectName, String configurationName, Path projectDir, Map<String, String> buildVariables,
			Function<String, String> environment, Map<String, EnvironmentSetting> projectEnvironment,
			boolean replaceNative, List<String> notes) {
		this.projectName = projectName;
		this.configurationName = configurationName;
		this.projectDir = projectDir;
		this.buildVariables = Map.copyOf(buildVariables);
		this.environment = environment;
		this.projectEnvironment = Map.copyOf(projectEnvironment);
		this.replaceNative = replaceNative;
		this.notes = notes;
		this.siblings = new SiblingProjects(projectDir);
	}

	/**
	 * Defines {@code ${gnu_tool_prefix}} (CDT's IGnuToolFactory.GNU_TOOL_PREFIX_VARIABLE), which Cross GCC's toolchain
	 * gives the value of its prefix option, e.g. {@code i686-w64-mingw32-}: build steps use it to run the toolchain's
	 * other tools, such as windres.
	 */
	void gnuToolPrefix(String prefix) {
		this.gnuToolPrefix = prefix;
	}

	/** Defines {@code ${BuildArtifactFileName}}: the artifact's prefix, name and extension, e.g. {@code MyPlugin.dll}. */
	void artifactFileName(String fileName) {
		this.artifactFileName = fileName;
	}

	/**
	 * The value the configuration's build environment gives {@code name}: its own value, or joined before or after the
	 * native one; empty when it removes the variable or does not set it.
	 */
	Optional<String> environmentValue(String name, String where) {
		return environmentValue(name, where, new ArrayDeque<>());
	}

	private Optional<String> environmentValue(String name, String where, Deque<String> resolving) {
		EnvironmentSetting setting = projectEnvironment.get(name);
		if (setting == null) {
			return replaceNative ? Optional.empty() : Optional.ofNullable(environment.apply(name));
		}
		if ("env:".concat(name).equals(resolving.peek())) {
			// PATH=/tools:${PATH}: in CDT a variable's own name in its value is the value it had before.
			String before = replaceNative ? null : environment.apply(name);
			return Optional.of(before == null ? "" : before);
		}
		if (resolving.contains("env:" + name) || resolving.size() >= MAX_DEPTH) {
			notes.add(where + ": the environment variables refer to each other in a circle ("
					+ String.join(" -> ", (Iterable<String>) resolving::descendingIterator).replace("env:", "") + " -> "
					+ name + "): fix them in C/C++ Build > Environment");
			return Optional.of("${" + name + "}");
		}
		resolving.push("env:" + name);
		try {
			String value = this.resolved.get("env:" + name);
			if (value == null) {
				value = resolve(setting.value(), where, resolving);
				this.resolved.put("env:" + name, value);
			}
			String nativeValue = replaceNative ? null : environment.apply(name);
			return switch (setting.operation()) {
			case "remove" -> Optional.empty();
			case "prepend" -> Optional.of(nativeValue == null || nativeValue.isEmpty() ? value
					: value + setting.delimiter() + nativeValue);
			case "append" -> Optional.of(nativeValue == null || nativeValue.isEmpty() ? value
					: nativeValue + setting.delimiter() + value);
			default -> Optional.of(value);
			};
		} finally {
			resolving.pop();
		}
	}

	/** The value with every macro resolved, or empty (and no note) when one cannot be. */
	Optional<String> tryResolve(String value) {
		int before = notes.size();
		String resolved = resolve(value, "");
		if (notes.size() > before) {
			notes.subList(before, notes.size()).clear();
			return Optional.empty();
		}
		return Optional.of(resolved);
	}

	/** The value with every macro it can resolve resolved; {@code where} names the setting for the notes. */
	String resolve(String value, String where) {
		if (overBudget) {
			return value;
		}
		String result = resolve(value, where, new ArrayDeque<>());
		expanded += Math.max(0, result.length() - value.length());
		if (expanded > MAX_TOTAL) {
			overBudget = true;
			notes.add(where + ": the project's macros expand to more than " + MAX_TOTAL / (1024 * 1024) + " MB in all (many"
					+ " values built from large variables): fix its build variables and environment");
			return value;
		}
		return result;
	}

	/**
	 * One pass from left to right with a stack of open macros, so that nested ones ({@code ${workspace_loc:/${ProjName}}})
	 * resolve from the inside out and the cost stays linear in the value's length.
	 */
	private String resolve(String value, String where, Deque<String> resolving) {
		Deque<StringBuilder> open = new ArrayDeque<>();
		open.push(new StringBuilder(value.length()));
		boolean noted = false;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '$' && i + 1 < value.length() && value.charAt(i + 1) == '{' && open.size() <= MAX_NESTING) {
				// Deeper nesting is text: each level copies what it holds into the one around it.
				open.push(new StringBuilder());
				i++;
			} else if (c == '}' && open.size() > 1) {
				String name = open.pop().toString();
				String macro = "${" + name + "}";
				Optional<String> resolved = lookUp(name, where, resolving);
				if (resolved.isEmpty() && !noted) {
					noted = true; // one note a value: the first macro it cannot resolve
					notes.add(where + ": " + unresolved(name, macro));
				}
				open.peek().append(resolved.orElse(macro));
				if (open.peek().length() > MAX_LENGTH) {
					notes.add(where + ": the value expands to more than " + MAX_LENGTH / 1024 + " KB (build variables made of"
							+ " variables, doubled at each step?): fix it in C/C++ Build > Build Variables or Environment");
					return value.length() > 200 ? value.substring(0, 200) + "..." : value;
				}
			} else {
				open.peek().append(c);
			}
		}
		// A macro never closed stays as written: the levels joined from the outermost in, each copied once.
		StringBuilder result = new StringBuilder();
		for (java.util.Iterator<StringBuilder> level = open.descendingIterator(); level.hasNext();) {
			result.append(level.next());
			if (level.hasNext()) {
				result.append("${");
			}
		}
		return result.toString();
	}

	/** Why a macro cannot be resolved and what to do, by its kind. */
	private static String unresolved(String name, String macro) {
		String shown = TerminalText.escape(macro.length() > 200 ? macro.substring(0, 200) + "..." : macro);
		String variable = name.startsWith("env_var:") ? name.substring("env_var:".length()) : name;
		if (!variable.isEmpty() && variable.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c))) {
			return "the macro " + shown + " names the environment variable " + TerminalText.escape(variable) + ", which is"
					+ " not set (CDT would put nothing there): set it before building, or define it in the project (C/C++"
					+ " Build > Environment or Build Variables)";
		}
		if (name.startsWith("workspace_loc:")) {
			return "the macro " + shown + " names a project that is not beside this one: put that project's folder next"
					+ " to this project's, as in the Eclipse workspace, or use a path inside the project, e.g."
					+ " ${workspace_loc:/${ProjName}/include}";
		}
		return "the macro " + shown + " cannot be resolved without an Eclipse workspace (use a path inside the project, e.g."
				+ " ${workspace_loc:/${ProjName}/include}, a project beside it, a build variable, or an absolute path)";
	}

	private Optional<String> lookUp(String name, String where, Deque<String> resolving) {
		switch (name) {
		case "ProjName":
			return Optional.of(projectName);
		case "ConfigName":
			return Optional.of(configurationName);
		case "ProjDirPath":
			return Optional.of(projectDir.toString());
		case "gnu_tool_prefix":
			if (gnuToolPrefix != null) {
				return Optional.of(gnuToolPrefix);
			}
			break;
		case "BuildArtifactFileName":
			if (artifactFileName != null) {
				return Optional.of(artifactFileName);
			}
			break;
		default:
			break;
		}
		if (name.startsWith("workspace_loc:")) {
			return location(name.substring("workspace_loc:".length()));
		}
		if (name.startsWith("env_var:")) {
			return Optional.ofNullable(environment.apply(name.substring("env_var:".length())));
		}
		String variable = buildVariables.get(name);
		if (variable != null) {
			if (resolving.contains(name)) {
				notes.add(where + ": the build variable " + name + " refers to itself (" + String.join(" -> ", (Iterable<String>) resolving::descendingIterator)
						+ " -> " + name + "): fix it in C/C++ Build > Build Variables");
				return Optional.of("${" + name + "}");
			}
			if (resolving.size() >= MAX_DEPTH) {
				notes.add(where + ": the build variables refer to each other more than " + MAX_DEPTH + " deep (at " + name
						+ "): fix them in C/C++ Build > Build Variables");
				return Optional.of("${" + name + "}");
			}
			resolving.push(name);
			try {
				String known = this.resolved.get(name);
				if (known == null) {
					known = resolve(variable, where, resolving);
					this.resolved.put(name, known);
				}
				return Optional.of(known);
			} finally {
				resolving.pop();
			}
		}
		return environmentValue(name, where, resolving);
	}

	/** The folder a workspace path names, in this project or a project beside it; empty if neither has it. */
	private Optional<String> location(String workspacePath) {
		String path = workspacePath.startsWith("/") ? workspacePath.substring(1) : workspacePath;
		int slash = path.indexOf('/');
		String project = slash < 0 ? path : path.substring(0, slash);
		String rest = slash < 0 ? "" : path.substring(slash + 1);
		Path root = project.equals(projectName) ? projectDir : siblings.find(project);
		if (root == null) {
			return Optional.empty();
		}
		return Optional.of(rest.isEmpty() ? root.toString() : root.resolve(rest).toString());
	}
}
