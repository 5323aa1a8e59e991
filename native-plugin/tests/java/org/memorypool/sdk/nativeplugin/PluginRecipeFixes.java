// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.memorypool.sdk.core.loadability.Finding;
import org.memorypool.sdk.core.loadability.Fix;
import org.memorypool.sdk.core.loadability.Loadability;

/**
 * Applies the check's advice to a {@link PluginRecipe} the way a plugin author would, mechanically: each
 * {@link Fix} kind becomes one edit of the flags, the sources, the .def file or the output name. Where the advice
 * quotes a declaration, that very text goes into the source, so a wrong quotation fails the rebuild. A fix that
 * cannot be applied as worded (a flag the recipe already has, a name the sources do not contain) fails the test.
 */
final class PluginRecipeFixes {

	private static final String EXPORT_PREFIX = "extern \"C\" __declspec(dllexport) ";
	/** Where the advice quotes a declaration: "[extern "C" __declspec(dllexport) ]bool NVSEPlugin_X(...)". */
	private static final Pattern QUOTED = Pattern.compile("(?:extern \"C\" __declspec\\(dllexport\\) )?bool (\\w+)\\([^)]*\\)");

	/** What was applied, for the test's report line, and the recipe after it. */
	record Applied(PluginRecipe recipe, List<String> changes) {
	}

	private PluginRecipeFixes() {
	}

	/**
	 * Applies every finding's fix. A DLL that is no plugin (NOT_AN_NVSE_PLUGIN) gets both entry points exported, as
	 * the advice of its information finding says.
	 */
	static Applied apply(PluginRecipe recipe, Loadability result) {
		PluginRecipe fixed = recipe;
		List<String> changes = new ArrayList<>();
		for (Finding finding : result.findings()) {
			Fix fix = finding.fix();
			fixed = switch (fix) {
			case Fix.AddLinkerFlags add -> {
				for (String flag : add.flags()) {
					assertFalse(recipe.flags().contains(flag), () -> "the advice names " + flag
							+ ", which the DLL was already built with: " + finding.line());
				}
				List<String> flags = new ArrayList<>(fixed.flags());
				add.flags().stream().filter(f -> !flags.contains(f)).forEach(flags::add);
				changes.add("add " + String.join(" ", add.flags()));
				yield fixed.withFlags(flags);
			}
			case Fix.UseCdecl cdecl -> {
				changes.add("declare " + cdecl.entryPoint() + " cdecl");
				yield declare(fixed, cdecl.entryPoint(), quoted(cdecl.advice(), cdecl.entryPoint(), ""), finding);
			}
			case Fix.DeclareExternC externC -> {
				changes.add("declare " + externC.entryPoint() + " extern \"C\"");
				yield declare(fixed, externC.entryPoint(), quoted(externC.advice(), externC.entryPoint(), ""), finding);
			}
			case Fix.ExportEntryPoint export -> {
				changes.add("export " + export.entryPoint());
				yield export(fixed, export.entryPoint(), quoted(export.advice(), export.entryPoint(), ""), finding);
			}
			case Fix.DefineAsFunction function -> {
				changes.add("replace the variable " + function.entryPoint() + " by the function");
				yield export(withoutVariable(fixed, function.entryPoint(), finding), function.entryPoint(),
						quoted(function.advice(), function.entryPoint(), ""), finding);
			}
			case Fix.StopForwarding forwarding -> {
				changes.add("stop forwarding " + forwarding.entryPoint());
				String line = forwarding.entryPoint() + " = " + forwarding.forwarder();
				Map<String, String> files = new LinkedHashMap<>(fixed.files());
				files.replaceAll((file, text) -> file.endsWith(".def") ? text.replace(line, forwarding.entryPoint()) : text);
				assertNotEquals(fixed.files(), files, () -> "no .def line '" + line + "' to change: " + finding.line());
				yield export(fixed.withFiles(files), forwarding.entryPoint(),
						quoted(forwarding.advice(), forwarding.entryPoint(), ""), finding);
			}
			case Fix.RenameExport rename -> {
				changes.add("rename " + rename.exported() + " to " + rename.entryPoint());
				yield rename(fixed, rename.exported(), rename.entryPoint(), finding);
			}
			case Fix.NameAsDll name -> {
				assertNotEquals(fixed.output(), name.fileName(), finding.line());
				assertTrue(name.fileName().toLowerCase(Locale.ROOT).endsWith(".dll"), finding.line());
				changes.add("name it " + name.fileName());
				yield fixed.withOutput(name.fileName());
			}
			case Fix.UseI686Toolchain toolchain -> {
				String compiler = i686(fixed.compiler());
				assertNotEquals(fixed.compiler(), compiler, () -> "already built with " + compiler + ": " + finding.line());
				changes.add("build with " + compiler);
				yield fixed.withCompiler(compiler);
			}
			case Fix.LinkAsDll dll -> {
				assertFalse(fixed.flags().contains("-shared"), () -> "already linked with -shared: " + finding.line());
				changes.add("add -shared");
				List<String> flags = new ArrayList<>(fixed.flags());
				flags.add("-shared");
				yield fixed.withFlags(flags);
			}
			case Fix.RemoveDependency dependency -> {
				changes.add("link " + dependency.dll() + "'s code statically");
				yield linkStatically(fixed, dependency.dll(), finding);
			}
			case Fix.KeepRelocations relocations -> {
				List<String> flags = fixed.flags().stream().filter(f -> !f.contains("--disable-reloc-section")).toList();
				assertNotEquals(fixed.flags(), flags, () -> "no -Wl,--disable-reloc-section to remove: " + finding.line());
				changes.add("remove -Wl,--disable-reloc-section");
				yield fixed.withFlags(flags);
			}
			case Fix.TargetOlderWindows older -> fail("Debian's MinGW-w64 links msvcrt.dll, so no variant should need a"
					+ " newer Windows: " + finding.line());
			case Fix.None none -> {
				if (finding.problem() != Finding.Problem.NO_ENTRY_POINTS) {
					yield fixed;
				}
				changes.add("export both entry points");
				PluginRecipe both = fixed;
				if (none.advice().contains("remove NONAME")) {
					// The advice's second half: the .def's NONAME keeps even dllexport'ed functions nameless.
					Map<String, String> files = new LinkedHashMap<>(both.files());
					files.replaceAll((file, text) -> file.endsWith(".def") ? text.replaceAll("[ \\t]+NONAME\\b", "") : text);
					assertNotEquals(both.files(), files, () -> "no NONAME in a .def file to remove: " + finding.line());
					changes.add("remove NONAME from the .def file");
					both = both.withFiles(files);
				}
				for (String entryPoint : List.of("NVSEPlugin_Query", "NVSEPlugin_Load")) {
					// "export both: extern "C" __declspec(dllexport) bool NVSEPlugin_Query(...) and bool NVSEPlugin_Load(...)"
					both = export(both, entryPoint, quoted(none.advice(), entryPoint, EXPORT_PREFIX), finding);
				}
				yield both;
			}
			};
		}
		return new Applied(fixed, changes);
	}

	/**
	 * The declaration the advice quotes for {@code entryPoint}; {@code prefix} when the quotation lacks one because
	 * the advice says it once for two declarations.
	 */
	private static String quoted(String advice, String entryPoint, String prefix) {
		Matcher matcher = QUOTED.matcher(advice);
		while (matcher.find()) {
			if (matcher.group(1).equals(entryPoint)) {
				String declaration = matcher.group();
				return declaration.startsWith("extern") ? declaration : prefix + declaration;
			}
		}
		return fail("the advice quotes no declaration of " + entryPoint + ": " + advice);
	}

	/** Replaces the declaration of {@code entryPoint} in the sources (up to its closing parenthesis) by {@code declaration}. */
	private static PluginRecipe declare(PluginRecipe recipe, String entryPoint, String declaration, Finding finding) {
		Optional<PluginRecipe> declared = redeclare(recipe, entryPoint, declaration);
		return declared.orElseGet(() -> fail("no source declares " + entryPoint + " to apply: " + finding.line()));
	}

	/** Redeclares {@code entryPoint} where a source defines it; otherwise appends a definition to the first source. */
	private static PluginRecipe export(PluginRecipe recipe, String entryPoint, String declaration, Finding finding) {
		Optional<PluginRecipe> declared = redeclare(recipe, entryPoint, declaration);
		if (declared.isPresent()) {
			return declared.get();
		}
		List<String> sources = recipe.sources();
		assertFalse(sources.isEmpty(), () -> "no source to define " + entryPoint + " in: " + finding.line());
		String file = sources.get(0);
		String text = recipe.files().get(file);
		if (!text.contains("nvse_plugin.h")) {
			text = "#include \"nvse_plugin.h\"\n" + text;
		}
		String body = entryPoint.equals("NVSEPlugin_Query")
				? "{\n\t(void)nvse;\n\tinfo->infoVersion = PLUGIN_INFO_VERSION;\n\tinfo->name = \"MatrixFixed\";\n"
						+ "\tinfo->version = 1;\n\treturn true;\n}\n"
				: "{\n\treturn nvse != 0;\n}\n";
		text = text + "\n" + forLanguage(file, declaration) + "\n" + body;
		return recipe.withFiles(withFile(recipe.files(), file, text));
	}

	/** The sources without the definition of a variable named {@code entryPoint} ("... NVSEPlugin_Query = 0;"). */
	private static PluginRecipe withoutVariable(PluginRecipe recipe, String entryPoint, Finding finding) {
		Pattern variable = Pattern.compile("(?m)^[^\\n]*?\\b" + Pattern.quote(entryPoint) + "\\s*=[^;\\n]*;[ \\t]*\\n?");
		Map<String, String> files = new LinkedHashMap<>(recipe.files());
		files.replaceAll((file, text) -> recipe.sources().contains(file) ? variable.matcher(text).replaceAll("") : text);
		assertNotEquals(recipe.files(), files, () -> "no variable " + entryPoint + " to replace: " + finding.line());
		return recipe.withFiles(files);
	}

	private static Optional<PluginRecipe> redeclare(PluginRecipe recipe, String entryPoint, String declaration) {
		// The line that declares it, from its start to the parameter list's end: "extern "C" ... bool Name(...)".
		Pattern declared = Pattern.compile("(?m)^[^\\n]*?\\b" + Pattern.quote(entryPoint) + "\\s*\\([^)]*\\)");
		for (String file : recipe.sources()) {
			String text = recipe.files().get(file);
			Matcher matcher = declared.matcher(text);
			if (matcher.find()) {
				int start = matcher.start();
				int end = matcher.end();
				assertFalse(matcher.find(), () -> file + " declares " + entryPoint + " more than once");
				String changed = text.substring(0, start) + forLanguage(file, declaration) + text.substring(end);
				return Optional.of(recipe.withFiles(withFile(recipe.files(), file, changed)));
			}
		}
		return Optional.empty();
	}

	/** The advice is written for C++: a C source cannot say extern "C", so a C author leaves it out. */
	private static String forLanguage(String file, String declaration) {
		return file.endsWith(".c") ? declaration.replace("extern \"C\" ", "") : declaration;
	}

	/** Renames {@code exported} wherever it is a whole identifier: in the sources and in the .def file. */
	private static PluginRecipe rename(PluginRecipe recipe, String exported, String entryPoint, Finding finding) {
		Pattern name = Pattern.compile("(?<![A-Za-z0-9_@])" + Pattern.quote(exported) + "(?![A-Za-z0-9_@])");
		Map<String, String> files = new LinkedHashMap<>(recipe.files());
		boolean renamed = false;
		for (Map.Entry<String, String> file : files.entrySet()) {
			String text = name.matcher(file.getValue()).replaceAll(Matcher.quoteReplacement(entryPoint));
			renamed |= !text.equals(file.getValue());
			file.setValue(text);
		}
		assertTrue(renamed, () -> "no source or .def names " + exported + ": " + finding.line());
		return recipe.withFiles(files);
	}

	/** "Link its code statically": the library's source joins the plugin's inputs, and the DLL goes. */
	private static PluginRecipe linkStatically(PluginRecipe recipe, String dll, Finding finding) {
		List<PluginRecipe.Library> libraries = new ArrayList<>(recipe.libraries());
		PluginRecipe.Library library = libraries.stream().filter(l -> l.dll().equalsIgnoreCase(dll)).findFirst()
				.orElseGet(() -> fail("the recipe links no " + dll + ": " + finding.line()));
		libraries.remove(library);
		List<String> inputs = new ArrayList<>(recipe.inputs());
		inputs.add(library.source());
		// Without a delay-loaded DLL, the linker writes no delay-import directory either.
		boolean delayLoads = libraries.stream().anyMatch(l -> l.delayDef().isPresent());
		return recipe.withLibraries(libraries).withInputs(inputs).withMsvcDelayImports(recipe.msvcDelayImports() && delayLoads);
	}

	/** The i686 MinGW-w64 compiler for the same language: gcc or g++. */
	private static String i686(String compiler) {
		return compiler.endsWith("g++") ? "i686-w64-mingw32-g++" : PluginRecipe.I686_GCC;
	}

	private static Map<String, String> withFile(Map<String, String> files, String file, String text) {
		Map<String, String> changed = new LinkedHashMap<>(files);
		changed.put(file, text);
		return changed;
	}
}
