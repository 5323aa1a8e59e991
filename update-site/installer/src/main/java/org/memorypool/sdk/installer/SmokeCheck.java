// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Checks a running IDE the way its user would notice trouble: every SDK bundle resolves and starts, the
 * framework knows every extension the SDK's plugin.xml files declare, and the error log stays empty.
 */
public final class SmokeCheck {

	private static final Pattern BUNDLE_LINE = Pattern.compile("^(\\d+)\\s+([A-Z]+)\\s+(\\S+?)_(\\d\\S*)$");
	private static final Pattern EXTENSION_POINT = Pattern.compile("<extension\\s+[^>]*point\\s*=\\s*\"([^\"]+)\"");
	private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

	private final IdeInstallation ide;
	private final RunningIde running;
	private final Path workspace;
	private final List<String> report = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();

	public SmokeCheck(IdeInstallation ide, RunningIde running, Path workspace) {
		this.ide = ide;
		this.running = running;
		this.workspace = workspace;
	}

	/** Runs every check on the bundles whose symbolic name starts with {@code prefix}; returns the problems found. */
	public List<String> run(String prefix) throws IOException {
		List<String> installed = ide.bundleNames(prefix);
		if (installed.isEmpty()) {
			problems.add("No bundle " + prefix + "* is installed in " + ide.home().resolve("plugins"));
			return problems;
		}
		Map<String, String[]> states = bundleStates(prefix);
		for (String name : installed) {
			String[] idAndState = states.get(name);
			if (idAndState == null) {
				problems.add(name + " is in plugins/ but the framework does not know it (not in bundles.info?)");
			} else if (idAndState[1].equals("INSTALLED")) {
				problems.add(name + " did not resolve:\n" + running.command("diag " + idAndState[0], COMMAND_TIMEOUT));
			} else if (!idAndState[1].equals("ACTIVE")) {
				String answer = running.command("start " + idAndState[0], COMMAND_TIMEOUT);
				if (!answer.isBlank()) {
					problems.add(name + " did not start: " + answer);
				}
			}
		}
		states = bundleStates(prefix);
		for (String name : installed) {
			String[] idAndState = states.get(name);
			if (idAndState != null) {
				report.add(name + " " + idAndState[1]);
				if (!idAndState[1].equals("ACTIVE")) {
					problems.add(name + " is " + idAndState[1] + ", not ACTIVE");
				}
			}
		}
		for (String name : installed) {
			checkExtensions(name);
		}
		checkErrorLog();
		return problems;
	}

	/** What the checks saw, one line each, for people reading the output. */
	public List<String> report() {
		return List.copyOf(report);
	}

	/** Symbolic name to {id, state}, from the console's {@code ss}. */
	private Map<String, String[]> bundleStates(String prefix) throws IOException {
		Map<String, String[]> states = new LinkedHashMap<>();
		for (String line : running.command("ss " + prefix, COMMAND_TIMEOUT).lines().toList()) {
			Matcher m = BUNDLE_LINE.matcher(line.strip());
			if (m.matches()) {
				states.put(m.group(3), new String[] { m.group(1), m.group(2) });
			}
		}
		return states;
	}

	/** Each extension point the bundle's plugin.xml contributes to must be in the framework's extension registry. */
	private void checkExtensions(String name) throws IOException {
		List<String> declared = declaredExtensionPoints(ide.bundle(name).orElseThrow());
		if (declared.isEmpty()) {
			return;
		}
		String registered = running.command("ns -v " + name, COMMAND_TIMEOUT);
		for (String point : declared) {
			if (!registered.contains("PointId: " + point + " ")) {
				problems.add(name + " declares an extension of " + point + " that the running IDE does not have");
			}
		}
		report.add(name + " contributes to " + String.join(", ", declared));
	}

	private static List<String> declaredExtensionPoints(Path bundle) throws IOException {
		String pluginXml;
		if (Files.isDirectory(bundle)) {
			Path file = bundle.resolve("plugin.xml");
			pluginXml = Files.exists(file) ? Files.readString(file) : "";
		} else {
			try (ZipFile jar = new ZipFile(bundle.toFile())) {
				var entry = jar.getEntry("plugin.xml");
				pluginXml = entry == null ? "" : new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		List<String> points = new ArrayList<>();
		Matcher m = EXTENSION_POINT.matcher(pluginXml);
		while (m.find()) {
			if (!points.contains(m.group(1))) {
				points.add(m.group(1));
			}
		}
		return points;
	}

	/** Eclipse logs every error to {@code .metadata/.log} as an entry of severity 4. */
	private void checkErrorLog() throws IOException {
		Path log = workspace.resolve(".metadata/.log");
		if (!Files.exists(log)) {
			report.add("error log: empty");
			return;
		}
		String text = Files.readString(log);
		List<String> errors = text.lines().filter(l -> l.matches("!ENTRY \\S+ 4 .*")).toList();
		report.add("error log: " + errors.size() + " error(s)");
		if (!errors.isEmpty()) {
			problems.add("The IDE logged " + errors.size() + " error(s) in " + log + ":\n" + text);
		}
	}
}
