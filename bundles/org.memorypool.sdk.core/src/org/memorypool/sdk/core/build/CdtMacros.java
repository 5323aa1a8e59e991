package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
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
 * {@code ${ProjDirPath}}; {@code ${workspace_loc:/<project>/...}} of this project and of projects in the same folder
 * (where a workspace of sibling projects keeps them); the configuration's own build variables (C/C++ Build > Build
 * Variables); {@code ${env_var:X}} and environment variables by name. Values are resolved recursively; a variable that
 * refers to itself, or anything else that cannot be resolved here, is left as written and reported.
 */
final class CdtMacros {

	/** How deep variables may refer to variables: CDT's own limit is of this order; a deeper chain is a cycle. */
	private static final int MAX_DEPTH = 32;
	/** Folders beside the project looked at for {@code workspace_loc} of another project. */
	private static final int MAX_SIBLINGS = 2000;

	private final String projectName;
	private final String configurationName;
	private final Path projectDir;
	private final Map<String, String> buildVariables;
	private final Function<String, String> environment;
	private final List<String> notes;
	private Map<String, Path> siblings;

	/**
	 * @param buildVariables the configuration's build variables by name, values as written
	 * @param environment    the environment variables, e.g. {@code System::getenv}
	 * @param notes          where notes about macros that cannot be resolved go
	 */
	CdtMacros(String projectName, String configurationName, Path projectDir, Map<String, String> buildVariables,
			Function<String, String> environment, List<String> notes) {
		this.projectName = projectName;
		this.configurationName = configurationName;
		this.projectDir = projectDir;
		this.buildVariables = Map.copyOf(buildVariables);
		this.environment = environment;
		this.notes = notes;
	}

	/** The value with every macro it can resolve resolved; {@code where} names the setting for the notes. */
	String resolve(String value, String where) {
		return resolve(value, where, new ArrayDeque<>());
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
			if (c == '$' && i + 1 < value.length() && value.charAt(i + 1) == '{' && open.size() <= MAX_DEPTH) {
				// Deeper nesting is text: each level copies what it holds into the one around it.
				open.push(new StringBuilder());
				i++;
			} else if (c == '}' && open.size() > 1) {
				String name = open.pop().toString();
				String macro = "${" + name + "}";
				Optional<String> resolved = lookUp(name, where, resolving);
				if (resolved.isEmpty() && !noted) {
					noted = true; // one note a value: the first macro it cannot resolve
					notes.add(where + ": the macro " + TerminalText.escape(macro.length() > 200 ? macro.substring(0, 200) + "..." : macro)
							+ " cannot be resolved without an Eclipse workspace; it is passed on as written (use a path inside"
							+ " the project, e.g. ${workspace_loc:/${ProjName}/include}, a project beside it, a build variable, or"
							+ " an absolute path)");
				}
				open.peek().append(resolved.orElse(macro));
			} else {
				open.peek().append(c);
			}
		}
		// A macro never closed stays as written.
		StringBuilder result = new StringBuilder();
		while (open.size() > 1) {
			String unclosed = open.pop().toString();
			open.peek().append("${").append(unclosed);
		}
		return result.append(open.pop()).toString();
	}

	private Optional<String> lookUp(String name, String where, Deque<String> resolving) {
		switch (name) {
		case "ProjName":
			return Optional.of(projectName);
		case "ConfigName":
			return Optional.of(configurationName);
		case "ProjDirPath":
			return Optional.of(projectDir.toString());
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
			if (resolving.contains(name) || resolving.size() >= MAX_DEPTH) {
				notes.add(where + ": the build variable " + name + " refers to itself (" + String.join(" -> ", (Iterable<String>) resolving::descendingIterator)
						+ " -> " + name + "): fix it in C/C++ Build > Build Variables");
				return Optional.of("${" + name + "}");
			}
			resolving.push(name);
			try {
				return Optional.of(resolve(variable, where, resolving));
			} finally {
				resolving.pop();
			}
		}
		return Optional.ofNullable(environment.apply(name));
	}

	/** The folder a workspace path names, in this project or a project beside it; empty if neither has it. */
	private Optional<String> location(String workspacePath) {
		String path = workspacePath.startsWith("/") ? workspacePath.substring(1) : workspacePath;
		int slash = path.indexOf('/');
		String project = slash < 0 ? path : path.substring(0, slash);
		String rest = slash < 0 ? "" : path.substring(slash + 1);
		Path root = project.equals(projectName) ? projectDir : siblings().get(project);
		if (root == null) {
			return Optional.empty();
		}
		return Optional.of(rest.isEmpty() ? root.toString() : root.resolve(rest).toString());
	}

	/** The projects in the folder that holds this one, by the name their .project gives. */
	private Map<String, Path> siblings() {
		if (siblings == null) {
			siblings = new HashMap<>();
			Path parent = projectDir.getParent();
			if (parent != null) {
				int looked = 0;
				try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, Files::isDirectory)) {
					for (Path folder : folders) {
						if (++looked > MAX_SIBLINGS) {
							break;
						}
						ProjectNames.read(folder.resolve(".project")).ifPresent(name -> siblings.putIfAbsent(name, folder));
					}
				} catch (IOException e) {
					// An unreadable parent folder has no sibling projects to offer.
				}
			}
		}
		return siblings;
	}
}
