// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text file of the core's {@code templates/project/} folder with placeholders:
 * <ul>
 * <li>{@code {{key}}}: a value;</li>
 * <li>{@code {{#flag}}...{{/flag}}} and {@code {{^flag}}...{{/flag}}}: kept when the flag is on, or off; a tag
 * alone on its line takes the line with it;</li>
 * <li>{@code {{id:label}}}: a fresh number, the same for every use of the label within one rendering, different
 * for different labels, as CDT's element ids need.</li>
 * </ul>
 * A placeholder without a value or flag is a programming error.
 */
final class Template {

	private static final Pattern STANDALONE_TAG = Pattern.compile("(?m)^[ \\t]*(\\{\\{[#^/][\\w]+}})[ \\t]*\\n");
	private static final Pattern SECTION = Pattern.compile("(?s)\\{\\{([#^])(\\w+)}}(.*?)\\{\\{/\\2}}");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]+)}}");

	private final String name;
	private final String text;

	private Template(String name, String text) {
		this.name = name;
		this.text = text;
	}

	/** The template {@code templates/project/<name>} of the core bundle. */
	static Template load(String name) {
		String resource = "/templates/project/" + name;
		try (InputStream in = Template.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the core bundle: check its build.properties");
			}
			return new Template(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + resource + " from the core bundle", e);
		}
	}

	String render(Map<String, String> values, Map<String, Boolean> flags) {
		String result = STANDALONE_TAG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
		for (Matcher section = SECTION.matcher(result); section.find(); section = SECTION.matcher(result)) {
			Boolean on = flags.get(section.group(2));
			if (on == null) {
				throw new IllegalArgumentException(name + ": no flag " + section.group(2));
			}
			boolean keep = on == section.group(1).equals("#");
			result = result.substring(0, section.start()) + (keep ? section.group(3) : "")
					+ result.substring(section.end());
		}
		Map<String, String> ids = new HashMap<>();
		Set<String> used = new HashSet<>();
		return PLACEHOLDER.matcher(result).replaceAll(m -> {
			String key = m.group(1);
			String value = key.startsWith("id:") ? ids.computeIfAbsent(key, k -> freshId(used)) : values.get(key);
			if (value == null) {
				throw new IllegalArgumentException(name + ": no value for " + key);
			}
			return Matcher.quoteReplacement(value);
		});
	}

	/** A number like those CDT makes up, unlike any other of this rendering. */
	private static String freshId(Set<String> used) {
		String id;
		do {
			id = Integer.toString(ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE));
		} while (!used.add(id));
		return id;
	}
}
