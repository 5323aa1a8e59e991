// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The build environments a project's configurations set (C/C++ Build > Environment), read from
 * {@code .settings/org.eclipse.cdt.core.prefs}, where CDT 12.5 writes, per configuration id,
 * {@code environment/project/<id>/<NAME>/value|operation|delimiter} and {@code environment/project/<id>/append}
 * ({@code false}: replace the native environment).
 */
final class CdtEnvironmentSettings {

	static final String FILE = ".settings/org.eclipse.cdt.core.prefs";
	private static final String PREFIX = "environment/project/";
	/** Preference files are small; a larger one is refused rather than read. */
	private static final long MAX_SIZE = 1024 * 1024;

	/**
	 * One configuration's environment settings.
	 *
	 * @param replaceNative whether the native environment is replaced rather than added to
	 * @param settings the variables, by name
	 */
	record Settings(boolean replaceNative, List<EnvironmentSetting> settings) {

		static final Settings NONE = new Settings(false, List.of());
	}

	private CdtEnvironmentSettings() {
	}

	/**
	 * Every configuration's settings by configuration id; empty when the project has no such file.
	 *
	 * @throws CdtProjectException when the file cannot be read, is too large or is not a preference file
	 */
	static Map<String, Settings> read(Path projectDir) throws CdtProjectException {
		Path file = projectDir.resolve(FILE);
		if (!Files.exists(file)) {
			return Map.of();
		}
		Properties properties = new Properties();
		try {
			if (!Files.isRegularFile(file) || Files.size(file) > MAX_SIZE) {
				throw new CdtProjectException(file + " is not a preference file of at most 1 MB: restore it from version"
						+ " control, or delete it (the configurations then have no environment settings)");
			}
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(in);
			}
		} catch (IOException e) {
			throw new CdtProjectException(file + " cannot be read (" + e + "): check its permissions", e);
		} catch (IllegalArgumentException e) {
			throw new CdtProjectException(file + " is not a well-formed preference file (" + e.getMessage()
					+ "): restore it from version control", e);
		}
		Map<String, Boolean> append = new HashMap<>();
		Map<String, Map<String, Map<String, String>>> fields = new HashMap<>();
		for (String key : properties.stringPropertyNames()) {
			if (!key.startsWith(PREFIX)) {
				continue;
			}
			String[] parts = key.substring(PREFIX.length()).split("/", -1);
			if (parts.length == 2 && parts[1].equals("append")) {
				append.put(parts[0], !properties.getProperty(key).strip().equals("false"));
			} else if (parts.length == 3 && !parts[1].isEmpty()) {
				fields.computeIfAbsent(parts[0], c -> new TreeMap<>()).computeIfAbsent(parts[1], n -> new HashMap<>())
						.put(parts[2], properties.getProperty(key));
			}
		}
		Map<String, Settings> result = new HashMap<>();
		for (String configuration : union(append.keySet(), fields.keySet())) {
			List<EnvironmentSetting> settings = new ArrayList<>();
			fields.getOrDefault(configuration, Map.of()).forEach((name, values) -> settings.add(new EnvironmentSetting(name,
					values.getOrDefault("operation", "replace").strip(), values.getOrDefault("value", ""),
					values.getOrDefault("delimiter", File.pathSeparator))));
			result.put(configuration, new Settings(!append.getOrDefault(configuration, true), settings));
		}
		return result;
	}

	private static List<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new TreeSet<>(a);
		all.addAll(b);
		return new ArrayList<>(all);
	}
}
