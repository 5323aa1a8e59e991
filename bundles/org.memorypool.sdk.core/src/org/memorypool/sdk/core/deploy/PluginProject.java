// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.memorypool.sdk.core.HostOs;
import org.memorypool.sdk.core.build.BuildConfiguration;
import org.memorypool.sdk.core.build.BuildPlan;
import org.memorypool.sdk.core.build.CdtProject;
import org.memorypool.sdk.core.build.CdtProjectException;
import org.memorypool.sdk.core.build.CprojectReader;
import org.memorypool.sdk.core.build.IncludedHeaders;
import org.memorypool.sdk.core.loadability.Loadability;
import org.memorypool.sdk.core.loadability.LoadabilityCheck;

/**
 * What {@code ./sdk deploy} and the IDE's Deploy to Game agree on about a plugin project: which configuration is
 * deployed by default, where the journal of its last deploy lives, and whether it uses MemoryPool.
 */
public final class PluginProject {

	/**
	 * Where this user's deploy journals live, one per project: outside the project, since a journal in a project someone
	 * else wrote (a clone, a download) would tell undo what to delete. {@code memorypool.state} (a system property)
	 * overrides it, for tests.
	 */
	public static Path stateFolder() {
		String override = System.getProperty("memorypool.state");
		if (override != null && !override.isBlank()) {
			return Path.of(override);
		}
		String localAppData = System.getenv("LOCALAPPDATA");
		if (HostOs.current() == HostOs.WINDOWS && localAppData != null && !localAppData.isBlank()) {
			return Path.of(localAppData, "MemoryPoolSDK");
		}
		String xdg = System.getenv("XDG_STATE_HOME");
		Path state = xdg != null && xdg.startsWith("/") ? Path.of(xdg) : HostOs.userHome().resolve(".local/state");
		return state.resolve("memorypool-sdk");
	}
	/** The configuration deployed unless another is chosen: the optimized one, as players run it. */
	public static final String DEFAULT_CONFIGURATION = "Release";
	/** A plugin uses MemoryPool when one of its sources includes the runtime's header. */
	public static final String MEMORYPOOL_HEADER = "MemoryPool.h";

	private PluginProject() {
	}

	/**
	 * The journal of the last deploy of the project in {@code projectDir}: in {@link #stateFolder()}, named by the
	 * SHA-256 of the project's absolute path.
	 */
	public static Path journal(Path projectDir) {
		return stateFolder().resolve("deploys").resolve(pathKey(projectDir) + ".properties");
	}

	/** A file name for state kept about {@code path}: the first 16 bytes of the SHA-256 of its absolute path, in hex. */
	static String pathKey(Path path) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(path.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}

	/** A deployer that records into, and undoes from, the project's journal. */
	public static Deployer deployer(Path projectDir) {
		return new Deployer(journal(projectDir));
	}

	/**
	 * The configuration named {@code name}.
	 *
	 * @throws DeployException naming the configurations the project has, when it has none of that name
	 */
	public static BuildConfiguration configuration(CdtProject project, String name) throws DeployException {
		return project.configuration(name).orElseThrow(() -> new DeployException("the project " + project.name()
				+ " has no configuration '" + name + "': choose one of " + String.join(", ", project.configurationNames())));
	}

	/**
	 * Whether a source of the built {@code configuration} included {@value #MEMORYPOOL_HEADER}, as gcc's {@code .d}
	 * files say (so includes through other headers count). Call it after building.
	 *
	 * @throws DeployException when a {@code .d} file cannot be read
	 */
	public static boolean usesMemoryPool(Path projectDir, BuildConfiguration configuration) throws DeployException {
		try {
			return IncludedHeaders.anyIncludes(BuildPlan.of(configuration, projectDir), MEMORYPOOL_HEADER);
		} catch (IOException e) {
			throw new DeployException("the build's .d files cannot be read (" + e.getMessage() + "): build the project again", e);
		}
	}

	/**
	 * The loadability of every configuration's artifact that exists, in the order of the {@code .cproject}: for a build
	 * the SDK did not run (CDT's managed build), whose artifact is checked afterwards.
	 *
	 * @return for each existing artifact, its configuration's name and the check's result
	 * @throws CdtProjectException when the project's files cannot be read
	 * @throws IOException         when an artifact exists but cannot be read
	 */
	public static Map<String, Loadability> checkArtifacts(Path projectDir) throws CdtProjectException, IOException {
		Map<String, Loadability> checked = new LinkedHashMap<>();
		for (BuildConfiguration configuration : CprojectReader.read(projectDir).configurations()) {
			Path artifact = projectDir.resolve(configuration.name()).resolve(configuration.artifactFileName()).normalize();
			if (artifact.startsWith(projectDir) && Files.isRegularFile(artifact)) {
				checked.put(configuration.name(), LoadabilityCheck.forPlayers().check(artifact));
			}
		}
		return checked;
	}

	/** The line that says what {@link #usesMemoryPool} decided, and so what is deployed. */
	public static String describeUse(boolean usesMemoryPool) {
		return usesMemoryPool ? "The plugin uses MemoryPool (a source includes MemoryPool.h): its runtime is deployed too"
				: "The plugin does not use MemoryPool (no source includes MemoryPool.h): only the plugin is deployed";
	}
}
