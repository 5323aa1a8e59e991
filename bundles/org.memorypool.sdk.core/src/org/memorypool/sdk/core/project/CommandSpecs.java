// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Script commands written on one line, as {@code ./sdk new --commands} takes them, separated by {@code ;}:
 * {@code Name[/Alias][(type name[?], ...)][:number|form|string][=help text]}, e.g.
 * {@code MyPluginScale/MPScale(float value, integer times?):number=Scales a value}. A {@code ?} makes a parameter
 * optional; types are {@link ParameterType}'s names, ignoring case.
 */
public final class CommandSpecs {

	private CommandSpecs() {
	}

	/**
	 * The commands of a {@code ;}-separated list; {@code none} or blank for none.
	 *
	 * @throws ProjectException saying which command is not written as above and how to write it
	 */
	public static List<ScriptCommand> parse(String list) throws ProjectException {
		List<ScriptCommand> commands = new ArrayList<>();
		if (list.isBlank() || list.strip().equalsIgnoreCase("none")) {
			return commands;
		}
		for (String text : list.split(";")) {
			if (!text.isBlank()) {
				commands.add(parseOne(text.strip()));
			}
		}
		if (commands.isEmpty()) {
			throw new ProjectException("No command in '" + list + "': write each as Name[/Alias][(type name[?], ...)]"
					+ "[:number|form|string][=help], separated by ';', or none for a plugin without commands");
		}
		return commands;
	}

	static ScriptCommand parseOne(String written) throws ProjectException {
		String text = written;
		String help = "";
		int equals = text.indexOf('=');
		if (equals >= 0) {
			help = text.substring(equals + 1).strip();
			text = text.substring(0, equals).strip();
		}
		CommandReturn returns = CommandReturn.NUMBER;
		int close = text.lastIndexOf(')');
		int colon = text.indexOf(':', Math.max(close, 0));
		if (colon >= 0) {
			String name = text.substring(colon + 1).strip();
			returns = CommandReturn.byDisplayName(name).orElseThrow(() -> problem(written, "the return type '" + name
					+ "' is not number, form or string"));
			text = text.substring(0, colon).strip();
		}
		List<CommandParameter> parameters = new ArrayList<>();
		int open = text.indexOf('(');
		if (open >= 0) {
			if (!text.endsWith(")")) {
				throw problem(written, "the parameter list has no closing ')'");
			}
			String inside = text.substring(open + 1, text.length() - 1).strip();
			if (!inside.isEmpty()) {
				for (String parameter : inside.split(",")) {
					parameters.add(parameter(written, parameter.strip()));
				}
			}
			text = text.substring(0, open).strip();
		}
		String alias = "";
		int slash = text.indexOf('/');
		if (slash >= 0) {
			alias = text.substring(slash + 1).strip();
			text = text.substring(0, slash).strip();
		}
		return new ScriptCommand(text, alias, help, parameters, returns);
	}

	/**
	 * Parameters written as in a command's parentheses: {@code type name[?], ...}; blank for none.
	 *
	 * @throws ProjectException saying which parameter is not written so
	 */
	public static List<CommandParameter> parameters(String list) throws ProjectException {
		List<CommandParameter> parameters = new ArrayList<>();
		if (!list.isBlank()) {
			for (String parameter : list.split(",")) {
				parameters.add(parameter("(" + list.strip() + ")", parameter.strip()));
			}
		}
		return parameters;
	}

	/** Parameters as {@link #parameters} reads them, e.g. {@code float a, integer b?}. */
	public static String written(List<CommandParameter> parameters) {
		return parameters.stream().map(p -> p.type() + " " + p.name() + (p.optional() ? "?" : ""))
				.collect(Collectors.joining(", "));
	}

	private static CommandParameter parameter(String command, String text) throws ProjectException {
		boolean optional = text.endsWith("?");
		String[] words = (optional ? text.substring(0, text.length() - 1) : text).strip().split("\\s+");
		if (words.length != 2) {
			throw problem(command, "the parameter '" + text + "' is not 'type name', e.g. 'float amount' or"
					+ " 'integer count?'");
		}
		Optional<ParameterType> type = ParameterType.byDisplayName(words[0]);
		if (type.isEmpty()) {
			throw problem(command, "the parameter type '" + words[0] + "' is none of "
					+ Arrays.stream(ParameterType.values()).map(ParameterType::toString).collect(Collectors.joining(", ")));
		}
		return new CommandParameter(words[1], type.get(), optional);
	}

	private static ProjectException problem(String command, String what) {
		return new ProjectException("The command '" + command + "' cannot be read: " + what + ". Write each as"
				+ " Name[/Alias][(type name[?], ...)][:number|form|string][=help], e.g. MyPluginScale(float value,"
				+ " integer times?):number=Scales a value");
	}
}
