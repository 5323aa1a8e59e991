// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.memorypool.sdk.core.commands.OpcodeLedger;
import org.memorypool.sdk.core.commands.OpcodeRange;

/**
 * The text files of a new project, rendered from the templates for a valid {@link ProjectSpec}, by path
 * relative to the project folder. The headers are copied from the runtime by {@link ProjectGenerator}.
 */
final class ProjectFiles {

	static final String MEMORYPOOL_HEADER = "include/MemoryPool.h";
	static final String NVSE_HEADER = "include/nvse_plugin.h";
	/** The CI workflow of {@code ./sdk new --ci}, where GitHub Actions looks for workflows. */
	public static final String WORKFLOW = ".github/workflows/build.yml";

	private ProjectFiles() {
	}

	static Map<String, String> of(ProjectSpec spec) {
		NvseVersion version = NvseVersion.parse(spec.version()).orElseThrow();
		NvseVersion minNvse = NvseVersion.parse(spec.minNvseVersion()).orElseThrow();
		boolean memoryPool = spec.useMemoryPool();
		Set<NvseMessage> handled = handled(spec);

		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", spec.name());
		values.put("displayName", spec.displayName());
		values.put("version", version.toString());
		values.put("versionMajor", Integer.toString(version.major()));
		values.put("versionMinor", Integer.toString(version.minor()));
		values.put("versionBuild", Integer.toString(version.build()));
		values.put("minNvseVersion", minNvse.toString());
		values.put("minNvseMajor", Integer.toString(minNvse.major()));
		values.put("minNvseMinor", Integer.toString(minNvse.minor()));
		values.put("minNvseBuild", Integer.toString(minNvse.build()));
		values.put("author", spec.author());
		values.put("toolchainPrefix", spec.toolchainPrefix());
		values.put("toolchainPath", spec.toolchainPath());
		values.put("messageNames", spec.messages().stream().map(NvseMessage::displayName)
				.collect(Collectors.joining(", ")));
		values.put("messageCases", handled.stream().map(m -> messageCase(m, spec)).collect(Collectors.joining())
				// The template puts the line break after the last case.
				.stripTrailing());
		boolean commands = !spec.commands().isEmpty();
		values.put("commandCount", Integer.toString(spec.commands().size()));
		values.put("opcodeBase", OpcodeRange.hex(spec.opcodeBase()));
		values.put("commandList", spec.commands().stream().map(c -> "  - `" + c.name() + "`" + (c.help().isEmpty() ? ""
				: ": " + c.help())).collect(Collectors.joining("\n")));
		Map<String, Boolean> flags = Map.of("memorypool", memoryPool, "listens", !handled.isEmpty(), "logsMessages",
				!spec.messages().isEmpty(), "hasAuthor", !spec.author().isBlank(), "commands", commands,
				"developmentBase", spec.opcodeBase() == OpcodeRange.DEVELOPMENT_BASE, "cosave", spec.coSave(), "events",
				spec.eventHandler(), "ci", spec.ciWorkflow());

		Map<String, String> xmlValues = new LinkedHashMap<>(values);
		xmlValues.replaceAll((key, value) -> xml(value));

		Map<String, String> files = new LinkedHashMap<>();
		files.put(".project", Template.load("project.xml").render(xmlValues, flags));
		files.put(".cproject", Template.load("cproject.xml").render(xmlValues, flags));
		files.put(".gitignore", Template.load("gitignore").render(values, flags));
		files.put("README.md", Template.load("README.md").render(values, flags));
		files.put("exports.def", Template.load("exports.def").render(values, flags));
		files.put("src/PluginVersion.h", Template.load("PluginVersion.h").render(values, flags));
		files.put("src/version.rc", Template.load("version.rc").render(values, flags));
		for (String source : memoryPool ? new String[] { "main.cpp", "Log.h", "Log.cpp", "MemoryPoolClient.h",
				"MemoryPoolClient.cpp" } : new String[] { "main.cpp", "Log.h", "Log.cpp" }) {
			files.put("src/" + source, Template.load(source).render(values, flags));
		}
		if (spec.coSave()) {
			files.put("src/CoSave.h", Template.load("CoSave.h").render(values, flags));
			files.put("src/CoSave.cpp", Template.load("CoSave.cpp").render(values, flags));
		}
		if (spec.eventHandler()) {
			files.put("src/Events.h", Template.load("Events.h").render(values, flags));
			files.put("src/Events.cpp", Template.load("Events.cpp").render(values, flags));
		}
		if (spec.ciWorkflow()) {
			// GitHub's expressions are written as values: the template's own placeholders use the same braces.
			Map<String, String> workflowValues = new LinkedHashMap<>(values);
			workflowValues.put("githubSdkRepository", "${{ vars.MEMORYPOOL_SDK_REPOSITORY }}");
			workflowValues.put("githubSdkRef", "${{ vars.MEMORYPOOL_SDK_REF }}");
			workflowValues.put("githubCacheKey", "maven-${{ hashFiles('memorypool-sdk/**/pom.xml', 'memorypool-sdk/*.target') }}");
			files.put(WORKFLOW, Template.load("github-workflow.yml").render(workflowValues, flags));
		}
		if (commands) {
			files.put("src/Commands.h", CommandSources.header());
			files.put("src/Commands.cpp", CommandSources.source(spec));
			files.put(OpcodeLedger.FILE_NAME, ledger(spec).text(spec.name()));
		}
		return files;
	}

	/** The ledger of the new commands: each on the opcode its place in RegisterCommands gives it. */
	private static OpcodeLedger ledger(ProjectSpec spec) {
		SortedMap<Integer, String> commands = new TreeMap<>();
		int opcode = spec.opcodeBase();
		for (ScriptCommand command : spec.commands()) {
			commands.put(opcode++, command.name());
		}
		return new OpcodeLedger(Optional.of(OpcodeRange.from(spec.opcodeBase())), commands, new TreeMap<>());
	}

	/** The chosen messages, and PostPostLoad when the MemoryPool client chooses its allocator there. */
	private static Set<NvseMessage> handled(ProjectSpec spec) {
		Set<NvseMessage> handled = EnumSet.noneOf(NvseMessage.class);
		handled.addAll(spec.messages());
		if (spec.useMemoryPool()) {
			handled.add(NvseMessage.POST_POST_LOAD);
		}
		if (spec.coSave()) {
			handled.add(NvseMessage.EXIT_GAME); // the state is freed then
		}
		return handled;
	}

	private static String messageCase(NvseMessage message, ProjectSpec spec) {
		Map<String, String> values = Map.of("constant", message.constant(), "displayName", message.displayName(),
				"description", message.description());
		if (message == NvseMessage.MAIN_GAME_LOOP) {
			return Template.load("message-case-every-frame.cpp").render(values, Map.of());
		}
		return Template.load("message-case.cpp").render(values, Map.of("chosen", spec.messages().contains(message),
				"initMemoryPool", message == NvseMessage.POST_POST_LOAD && spec.useMemoryPool(), "releaseCoSave",
				message == NvseMessage.EXIT_GAME && spec.coSave()));
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
				.replace("'", "&apos;");
	}
}
