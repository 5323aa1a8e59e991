// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.memorypool.sdk.core.commands.OpcodeRange;

/**
 * What a new NVSE plugin project should be: the choices of the wizard or of {@code ./sdk new}. Building one
 * checks nothing but nulls; {@link ProjectValidator} says what is wrong with it.
 *
 * @param name the Eclipse project name, also the folder, the DLL ({@code <name>.dll}) and the log file name
 * @param parentDir where the project folder is created
 * @param displayName the plugin's name in NVSE's plugin list ({@code PluginInfo.name})
 * @param version the plugin's version, {@code x.y.z}
 * @param author written into the sources' header comment and the README; may be empty
 * @param minNvseVersion the oldest NVSE the plugin accepts, {@code x.y.z}
 * @param messages the NVSE messages the plugin handles
 * @param useMemoryPool whether the plugin gets its memory from the MemoryPool runtime when it is installed
 * @param toolchainPrefix CDT's Cross GCC prefix, e.g. {@code i686-w64-mingw32-}
 * @param toolchainPath CDT's Cross GCC path, a folder holding the tools; empty for PATH
 * @param opcodeBase the first opcode of the plugin's script commands ({@code SetOpcodeBase}): 0x2000 for development,
 *        else the range the xNVSE team assigned
 * @param commands the script commands, which take opcodes from the base in this order; empty for none
 * @param coSave whether the plugin keeps per-save state in NVSE's co-save (an example with versioned records)
 * @param eventHandler whether the plugin sets a native event handler through NVSE's event manager (an example)
 * @param ciWorkflow whether the project gets a GitHub Actions workflow that builds it with {@code ./sdk build}, gates
 *        on {@code ./sdk inspect}'s exit status and keeps {@code ./sdk package}'s archive
 */
public record ProjectSpec(String name, Path parentDir, String displayName, String version, String author,
		String minNvseVersion, Set<NvseMessage> messages, boolean useMemoryPool, String toolchainPrefix,
		String toolchainPath, int opcodeBase, List<ScriptCommand> commands, boolean coSave,
		boolean eventHandler, boolean ciWorkflow) {

	public static final String DEFAULT_VERSION = "1.0.0";
	public static final String DEFAULT_MIN_NVSE_VERSION = "6.1.0";
	public static final String DEFAULT_TOOLCHAIN_PREFIX = "i686-w64-mingw32-";

	public ProjectSpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(parentDir, "parentDir");
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(author, "author");
		Objects.requireNonNull(minNvseVersion, "minNvseVersion");
		Objects.requireNonNull(toolchainPrefix, "toolchainPrefix");
		Objects.requireNonNull(toolchainPath, "toolchainPath");
		// An EnumSet keeps the messages in type order, whatever order they were chosen in.
		EnumSet<NvseMessage> copy = EnumSet.noneOf(NvseMessage.class);
		copy.addAll(messages);
		messages = Collections.unmodifiableSet(copy);
		commands = List.copyOf(commands);
	}

	/**
	 * A plugin named {@code name} with the SDK's defaults: MemoryPool, the default messages, MinGW-w64 on PATH, the two
	 * example commands on the development opcode base.
	 */
	public static ProjectSpec defaults(String name, Path parentDir) {
		return new ProjectSpec(name, parentDir, name, DEFAULT_VERSION, "", DEFAULT_MIN_NVSE_VERSION,
				NvseMessage.defaults(), true, DEFAULT_TOOLCHAIN_PREFIX, "", OpcodeRange.DEVELOPMENT_BASE,
				ScriptCommand.examples(name), false, false, false);
	}

	/** A spec without the CI workflow, as the IDE's wizard makes it. */
	public ProjectSpec(String name, Path parentDir, String displayName, String version, String author,
			String minNvseVersion, Set<NvseMessage> messages, boolean useMemoryPool, String toolchainPrefix,
			String toolchainPath, int opcodeBase, List<ScriptCommand> commands, boolean coSave, boolean eventHandler) {
		this(name, parentDir, displayName, version, author, minNvseVersion, messages, useMemoryPool, toolchainPrefix,
				toolchainPath, opcodeBase, commands, coSave, eventHandler, false);
	}

	/** The folder the project is created in: {@code parentDir/name}. */
	public Path projectDir() {
		return parentDir.resolve(name);
	}

	public ProjectSpec withDisplayName(String newDisplayName) {
		return new ProjectSpec(name, parentDir, newDisplayName, version, author, minNvseVersion, messages,
				useMemoryPool, toolchainPrefix, toolchainPath, opcodeBase, commands, coSave, eventHandler, ciWorkflow);
	}

	public ProjectSpec withVersion(String newVersion) {
		return new ProjectSpec(name, parentDir, displayName, newVersion, author, minNvseVersion, messages,
				useMemoryPool, toolchainPrefix, toolchainPath, opcodeBase, commands, coSave, eventHandler, ciWorkflow);
	}

	public ProjectSpec withAuthor(String newAuthor) {
		return new ProjectSpec(name, parentDir, displayName, version, newAuthor, minNvseVersion, messages,
				useMemoryPool, toolchainPrefix, toolchainPath, opcodeBase, commands, coSave, eventHandler, ciWorkflow);
	}

	public ProjectSpec withMinNvseVersion(String newMinNvseVersion) {
		return new ProjectSpec(name, parentDir, displayName, version, author, newMinNvseVersion, messages,
				useMemoryPool, toolchainPrefix, toolchainPath, opcodeBase, commands, coSave, eventHandler, ciWorkflow);
	}

	public ProjectSpec withMessages(Set<NvseMessage> newMessages) {
		return new ProjectSpec(name, parentDir, displayName, version, author, minNvseVersion, newMessages,
				useMemoryPool, toolchainPrefix, toolchainPath, opcodeBase, commands, coSave, eventHandler, ciWorkflow);
	}

	public ProjectSpec withUseMemoryPool(boolean newUseMemoryPool) {
		return new ProjectSpec(name, parentDir, displayName, version, author, minNvseVersion, messages,
				newUseMemoryPool, toolchainPrefix, toolchainPath, opcodeBase, commands, coSave, eventHandler, ciWorkflow);
	}

	public ProjectSpec withToolchain(String newPrefix, String newPath) {
		return new ProjectSpec(name, parentDir, displayName, version, author, minNvseVersion, messages,
				useMemoryPool, newPrefix, newPath, opcodeBase, commands, coSave, eventHandler, ciWorkflow);
	}

	public ProjectSpec withOpcodeBase(int newOpcodeBase) {
		return new ProjectSpec(name, parentDir, displayName, version, author, minNvseVersion, messages, useMemoryPool,
				toolchainPrefix, toolchainPath, newOpcodeBase, commands, coSave, eventHandler, ciWorkflow);
	}

	public ProjectSpec withCommands(List<ScriptCommand> newCommands) {
		return new ProjectSpec(name, parentDir, displayName, version, author, minNvseVersion, messages, useMemoryPool,
				toolchainPrefix, toolchainPath, opcodeBase, newCommands, coSave, eventHandler, ciWorkflow);
	}

	public ProjectSpec withCoSave(boolean newCoSave) {
		return new ProjectSpec(name, parentDir, displayName, version, author, minNvseVersion, messages, useMemoryPool,
				toolchainPrefix, toolchainPath, opcodeBase, commands, newCoSave, eventHandler, ciWorkflow);
	}

	public ProjectSpec withEventHandler(boolean newEventHandler) {
		return new ProjectSpec(name, parentDir, displayName, version, author, minNvseVersion, messages, useMemoryPool,
				toolchainPrefix, toolchainPath, opcodeBase, commands, coSave, newEventHandler, ciWorkflow);
	}

	public ProjectSpec withCiWorkflow(boolean newCiWorkflow) {
		return new ProjectSpec(name, parentDir, displayName, version, author, minNvseVersion, messages, useMemoryPool,
				toolchainPrefix, toolchainPath, opcodeBase, commands, coSave, eventHandler, newCiWorkflow);
	}
}
