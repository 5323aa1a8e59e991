// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.memorypool.sdk.core.HostOs;
import org.memorypool.sdk.core.TerminalText;

/**
 * The configurations a build builds, in CDT's order: those the asked-for configuration references (C/C++ General >
 * Paths and Symbols > References), and those they reference, each once, before it; each checked before any tool runs
 * (its toolchain, its settings, its paths).
 */
final class BuildOrder {

	private BuildOrder() {
	}

	/**
	 * What building {@code configuration} builds, in order: the configurations it references (and those they
	 * reference), each once, then itself, last. Everything is checked before any tool runs.
	 *
	 * @throws BuildException when a configuration cannot be built as CDT would, or a referenced project is not found
	 */
	static List<Target> of(Path folder, BuildConfiguration configuration, BuildListener listener)
			throws BuildException {
		List<Target> targets = new ArrayList<>();
		collect(new Target(folder.toAbsolutePath().normalize(), "", configuration), targets, new ArrayDeque<>(),
				listener);
		return targets;
	}

	/**
	 * One configuration to build, and the configurations it references (CDT builds those first).
	 *
	 * @param projectName empty for the configuration the build was asked for
	 */
	record Target(Path projectDir, String projectName, BuildConfiguration configuration, List<Target> references) {

		Target(Path projectDir, String projectName, BuildConfiguration configuration) {
			this(projectDir, projectName, configuration, new ArrayList<>());
		}

		/** E.g. {@code Lib (Debug)}, for messages. */
		String label() {
			String name = projectName.isEmpty()
					? ProjectNames.read(projectDir.resolve(".project")).orElse(String.valueOf(projectDir.getFileName()))
					: projectName;
			return TerminalText.escape(name) + " (" + TerminalText.escape(configuration.name()) + ")";
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Target t && t.projectDir.equals(projectDir)
					&& t.configuration.name().equals(configuration.name());
		}

		@Override
		public int hashCode() {
			return projectDir.hashCode() * 31 + configuration.name().hashCode();
		}
	}

	/**
	 * Adds {@code target} to {@code order} after the configurations it references, each once, as CDT's builder
	 * builds them ({@code CommonBuilder.buildReferencedConfigs}).
	 *
	 * @throws BuildException when a configuration cannot be built as CDT would, a referenced project is not found, or
	 *                        the references form a circle (CDT logs it and goes on, and a link then fails)
	 */
	private static void collect(Target target, List<Target> order, Deque<Target> open, BuildListener listener)
			throws BuildException {
		open.push(target);
		SiblingProjects siblings = new SiblingProjects(target.projectDir());
		for (ProjectReference reference : target.configuration().references()) {
			Target referenced = referenced(target, reference, siblings);
			if (open.contains(referenced)) {
				List<String> circle = new ArrayList<>();
				open.descendingIterator().forEachRemaining(t -> circle.add(t.label()));
				circle.add(referenced.label());
				throw new BuildException("The project references form a circle (" + String.join(" -> ", circle)
						+ "), so no order builds each configuration after those it links: remove one reference in C/C++"
						+ " General > Paths and Symbols > References");
			}
			int known = order.indexOf(referenced);
			if (known >= 0) {
				target.references().add(order.get(known));
			} else {
				collect(referenced, order, open, listener);
				target.references().add(referenced);
			}
		}
		open.pop();
		// After the references: a missing project explains the macros naming it that cannot be resolved.
		check(target.configuration(), target.projectDir(), listener);
		order.add(target);
	}

	private static Target referenced(Target target, ProjectReference reference, SiblingProjects siblings)
			throws BuildException {
		String which = "The configuration " + target.configuration().name() + " references the project "
				+ reference.project() + " (C/C++ General > Paths and Symbols > References), ";
		Path folder = siblings.find(reference.project());
		if (folder == null) {
			throw new BuildException(which + "which is not beside it in " + target.projectDir().getParent()
					+ ": put the project's folder there, as in the Eclipse workspace, or remove the reference");
		}
		CdtProject project;
		try {
			project = CprojectReader.read(folder);
		} catch (CdtProjectException e) {
			throw new BuildException(which + "which cannot be read: " + e.getMessage(), e);
		}
		// An empty id is the active configuration; without Eclipse's workspace state that is the first one.
		Optional<BuildConfiguration> configuration = reference.configurationId().isEmpty()
				? Optional.of(project.configurations().get(0))
				: project.configurations().stream().filter(c -> c.id().equals(reference.configurationId())).findFirst();
		if (configuration.isEmpty()) {
			throw new BuildException(which + "whose configuration " + reference.configurationId() + " it does not have"
					+ " (it has " + String.join(", ", project.configurationNames()) + "): choose one in the References tab");
		}
		return new Target(folder.toAbsolutePath().normalize(), project.name(), configuration.get());
	}

	/** Refuses a configuration whose outputs would lie outside the project ({@link BuildPaths}). */
	private static void checkPaths(BuildConfiguration configuration, Path projectDir) throws BuildException {
		Optional<String> escape = BuildPaths.problem(configuration, projectDir);
		if (escape.isPresent()) {
			throw new BuildException("The configuration " + TerminalText.escape(configuration.name())
					+ " is not built: " + escape.get());
		}
	}

	/** Refuses what CDT would do and this build cannot, before any tool runs, never dropping it. */
	private static void check(BuildConfiguration configuration, Path projectDir, BuildListener listener)
			throws BuildException {
		checkPaths(configuration, projectDir);
		Optional<String> refusal = configuration.toolchain().refusal(HostOs.current() == HostOs.WINDOWS);
		if (refusal.isPresent()) {
			throw new BuildException("The configuration " + configuration.name() + " is not built: " + refusal.get());
		}
		List<String> unsupported = configuration.unsupported();
		if (!unsupported.isEmpty()) {
			// One reason is the failure's own line; several are listed above it.
			if (unsupported.size() > 1) {
				unsupported.forEach(listener::warning);
			}
			throw new BuildException("The configuration " + configuration.name() + " is not built: "
					+ (unsupported.size() == 1 ? unsupported.get(0)
							: unsupported.size() + " of its settings cannot be built as CDT builds them (each is above); the"
									+ " first: " + unsupported.get(0)));
		}
	}

}
