// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.util.List;
import java.util.Objects;

/**
 * A script command a generated plugin registers with NVSE. Its opcode is not part of it: commands take the opcodes
 * from the project's base in the order they are listed, and the project's opcode ledger records them.
 *
 * @param name       the name scripts call, a C identifier
 * @param alias      a short name scripts may call instead; empty for none
 * @param help       one line NVSE shows in its documentation; may be empty
 * @param parameters in order; optional ones after the required ones
 * @param returns    what {@code *result} holds
 */
public record ScriptCommand(String name, String alias, String help, List<CommandParameter> parameters,
		CommandReturn returns) {

	public ScriptCommand {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(alias, "alias");
		Objects.requireNonNull(help, "help");
		Objects.requireNonNull(returns, "returns");
		parameters = List.copyOf(parameters);
	}

	/**
	 * The two commands a new project has unless told otherwise, one of each shape: {@code <Name>GetVersion} (no
	 * parameters, returns the plugin's packed version) and {@code <Name>AddNumbers} (two floats, returns their sum).
	 */
	public static List<ScriptCommand> examples(String projectName) {
		return List.of(new ScriptCommand(projectName + "GetVersion", "", "Returns the plugin's version, packed as NVSE packs"
				+ " versions", List.of(), CommandReturn.NUMBER),
				new ScriptCommand(projectName + "AddNumbers", "", "Returns the sum of two numbers",
						List.of(new CommandParameter("a", ParameterType.FLOAT, false),
								new CommandParameter("b", ParameterType.FLOAT, false)),
						CommandReturn.NUMBER));
	}

	/** Whether this is the example {@code <projectName>GetVersion}, whose body the generator writes in full. */
	boolean isGetVersionExample(String projectName) {
		return name.equals(projectName + "GetVersion") && parameters.isEmpty() && returns == CommandReturn.NUMBER;
	}

	/** Whether this is the example {@code <projectName>AddNumbers}. */
	boolean isAddNumbersExample(String projectName) {
		return name.equals(projectName + "AddNumbers") && parameters.size() == 2
				&& parameters.stream().allMatch(p -> p.type() == ParameterType.FLOAT && !p.optional())
				&& returns == CommandReturn.NUMBER;
	}
}
