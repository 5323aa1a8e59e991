// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The environment a configuration's tools and build steps run in: the SDK's own environment changed as the
 * configuration's C/C++ Build > Environment says, as CDT passes it to {@code make} and its tools.
 *
 * @param replaceNative whether the project replaces the native environment rather than adding to it (CDT's "Replace
 *        native environment with specified one")
 * @param variables the variables the project sets, values resolved (a prepend or append already joined to the
 *        native value)
 * @param removed the variables the project removes
 */
public record BuildEnvironment(boolean replaceNative, Map<String, String> variables, Set<String> removed) {

	/** No changes: the native environment as it is. */
	public static final BuildEnvironment NATIVE = new BuildEnvironment(false, Map.of(), Set.of());

	public BuildEnvironment {
		variables = Map.copyOf(variables);
		removed = Set.copyOf(removed);
	}

	/** The environment for the tools, given the native one (e.g. {@code System.getenv()}). */
	public Map<String, String> apply(Map<String, String> nativeEnvironment) {
		Map<String, String> environment = replaceNative ? new HashMap<>() : new HashMap<>(nativeEnvironment);
		environment.putAll(variables);
		environment.keySet().removeAll(removed);
		return environment;
	}
}
