// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.Map;
import java.util.Set;

/**
 * What GNU make does to a recipe line of CDT's generated makefile before the shell sees it (and before make echoes it
 * on the console): {@code $$} becomes {@code $}; {@code $(NAME)}, {@code ${NAME}} and {@code $N} become the value of
 * the variable, which is one of the makefile's own or else an environment variable, or nothing. So a build step
 * written {@code echo $HOME} echoes {@code OME}, as in CDT; {@code echo $$HOME} is how a step reaches the shell's
 * variable. Expansion is one pass from left to right, so its cost is linear in the line's length.
 */
final class MakeRecipe {

	/** Variables of CDT's makefile whose values depend on its other files, which this build does not write. */
	private static final Set<String> MAKEFILE_LISTS = Set.of("OBJS", "USER_OBJS", "LIBS", "OPTIONAL_TOOL_DEPS",
			"MAKECMDGOALS", "MAKEFLAGS", "MFLAGS", "MAKEFILE_LIST", "SECONDARY_FLASH", "SECONDARY_SIZE");

	private MakeRecipe() {
	}

	/**
	 * The line as make passes it to the shell.
	 *
	 * @param variables the makefile's own variables that this build knows (e.g. {@code RM}, {@code BUILD_ARTIFACT})
	 * @param environment the environment make runs in: its variables are make variables too
	 * @param target the rule's target, {@code $@}
	 * @throws IllegalArgumentException naming what make would expand and this build cannot: a make function, or a
	 *         variable of CDT's makefile that lists files
	 */
	static String expand(String line, Map<String, String> variables, Map<String, String> environment, String target) {
		StringBuilder out = new StringBuilder(line.length());
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c != '$') {
				out.append(c);
				i++;
				continue;
			}
			if (i + 1 >= line.length()) {
				i++; // a lone $ at the end expands to nothing
				continue;
			}
			char next = line.charAt(i + 1);
			if (next == '$') {
				out.append('$');
				i += 2;
			} else if (next == '(' || next == '{') {
				char close = next == '(' ? ')' : '}';
				int end = line.indexOf(close, i + 2);
				if (end < 0) {
					throw new IllegalArgumentException("make stops at the unterminated variable reference "
							+ line.substring(i));
				}
				String name = line.substring(i + 2, end);
				if (name.indexOf(' ') >= 0 || name.indexOf('\t') >= 0 || name.indexOf(',') >= 0 || name.indexOf('$') >= 0
						|| name.indexOf(next) >= 0) {
					throw new IllegalArgumentException("make would evaluate " + line.substring(i, end + 1)
							+ " (a make function or a computed name), which the SDK's build does not; write $$ for the"
							+ " shell's $, e.g. $$(command)");
				}
				out.append(value(name, variables, environment, target));
				i = end + 1;
			} else {
				out.append(value(String.valueOf(next), variables, environment, target));
				i += 2;
			}
		}
		return out.toString();
	}

	private static String value(String name, Map<String, String> variables, Map<String, String> environment,
			String target) {
		if (name.equals("@")) {
			return target;
		}
		if (name.length() == 1 && "<^?*+|%".contains(name)) {
			return ""; // the steps' rules have no prerequisites
		}
		if (MAKEFILE_LISTS.contains(name) || name.endsWith("_SRCS") || name.endsWith("_DEPS")) {
			throw new IllegalArgumentException("make would put the value of $(" + name + ") from CDT's generated makefile"
					+ " here, which the SDK's build does not write");
		}
		String value = variables.get(name);
		if (value == null) {
			value = environment.get(name);
		}
		return value == null ? "" : value;
	}
}
