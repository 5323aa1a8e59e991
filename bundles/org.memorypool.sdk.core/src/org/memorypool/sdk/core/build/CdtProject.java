// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.List;
import java.util.Optional;

/**
 * A CDT managed-build project as its {@code .project} and {@code .cproject} describe it.
 *
 * @param name the Eclipse project name, {@code ${ProjName}} in CDT's macros
 * @param configurations in the order of the {@code .cproject}; the first is the one CDT builds by default
 */
public record CdtProject(String name, List<BuildConfiguration> configurations) {

	public CdtProject {
		configurations = List.copyOf(configurations);
	}

	public Optional<BuildConfiguration> configuration(String configurationName) {
		return configurations.stream().filter(c -> c.name().equals(configurationName)).findFirst();
	}

	/** The configuration names, e.g. {@code [Debug, Release]}, for messages that list the choices. */
	public List<String> configurationNames() {
		return configurations.stream().map(BuildConfiguration::name).toList();
	}
}
