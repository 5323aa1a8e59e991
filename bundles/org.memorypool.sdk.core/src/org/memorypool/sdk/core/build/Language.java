// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * C or C++, with what CDT's GNU tool definitions ({@code org.eclipse.cdt.managedbuilder.gnu.ui/plugin.xml}) say
 * about each language's compiler and linker options: their ids, the enumerated values' flags and the defaults.
 */
enum Language {

	C("gcc", "gnu.c.compiler.option.", "gnu.c.optimization.level.", "gnu.c.debugging.level.",
			"gnu.c.compiler.dialect.", "preprocessor.def.symbols", "misc.other", "gnu.c.link.option.", "ldflags",
			Map.of("default", "", "c90", "-std=c90", "c99", "-std=c99", "c11", "-std=c11", "c17", "-std=c17", "c23",
					"-std=c23"),
			List.of("syntax:-fsyntax-only", "pedantic:-pedantic", "pedantic.error:-pedantic-errors", "nowarn:-w",
					"allwarn:-Wall", "extrawarn:-Wextra", "toerrors:-Werror", "wconversion:-Wconversion",
					"wcastalign:-Wcast-align", "wcastqual:-Wcast-qual", "wdisabledopt:-Wdisabled-optimization",
					"wlogicalop:-Wlogical-op", "wmissingdecl:-Wmissing-declarations",
					"wmissingincdir:-Wmissing-include-dirs", "wredundantdecl:-Wredundant-decls", "wshadow:-Wshadow",
					"wsignconv:-Wsign-conversion", "wswitchdef:-Wswitch-default", "wundef:-Wundef",
					"wwritestrings:-Wwrite-strings", "wfloatequal:-Wfloat-equal")),
	CPP("g++", "gnu.cpp.compiler.option.", "gnu.cpp.compiler.optimization.level.",
			"gnu.cpp.compiler.debugging.level.", "gnu.cpp.compiler.dialect.", "preprocessor.def", "other.other",
			"gnu.cpp.link.option.", "flags",
			// CDT's ids are older than the flags: its "c++11" passes -std=c++0x and its "c++2a" -std=c++20.
			Map.of("default", "", "c++98", "-std=c++98", "c++11", "-std=c++0x", "c++1y", "-std=c++1y", "c++17",
					"-std=c++17", "c++2a", "-std=c++20", "c++23", "-std=c++23", "c++26", "-std=c++26"),
			List.of("syntax:-fsyntax-only", "pedantic:-pedantic", "pedantic.error:-pedantic-errors", "nowarn:-w",
					"allwarn:-Wall", "extrawarn:-Wextra", "toerrors:-Werror", "wconversion:-Wconversion",
					"wcastalign:-Wcast-align", "wcastqual:-Wcast-qual", "wctordtorprivacy:-Wctor-dtor-privacy",
					"wdisabledopt:-Wdisabled-optimization", "wlogicalop:-Wlogical-op",
					"wmissingdecl:-Wmissing-declarations", "wmissingincdir:-Wmissing-include-dirs",
					"wnoexccept:-Wnoexcept", "woldstylecast:-Wold-style-cast", "woverloadedvirtual:-Woverloaded-virtual",
					"wredundantdecl:-Wredundant-decls", "wshadow:-Wshadow", "wsignconv:-Wsign-conversion",
					"wsignpromo:-Wsign-promo", "wstrictnullsent:-Wstrict-null-sentinel", "wswitchdef:-Wswitch-default",
					"wundef:-Wundef", "weffcpp:-Weffc++", "wfloatequal:-Wfloat-equal"));

	/** The compiler's other flags when the {@code .cproject} does not set them. */
	static final String DEFAULT_OTHER_FLAGS = "-c -fmessage-length=0";

	private static final Map<String, String> OPTIMIZATION = Map.of("none", "-O0", "optimize", "-O1", "more", "-O2",
			"most", "-O3", "debug", "-Og", "size", "-Os", "size.more", "-Oz");
	private static final Map<String, String> DEBUGGING = Map.of("none", "", "minimal", "-g1", "default", "-g", "max",
			"-g3");

	final String tool;
	final String compilerOptionPrefix;
	final String optimizationValuePrefix;
	final String debuggingValuePrefix;
	final String dialectValuePrefix;
	final String definesOption;
	final String otherFlagsOption;
	final String linkerOptionPrefix;
	final String linkerFlagsOption;
	private final Map<String, String> dialects;
	private final SequencedMap<String, String> warnings = new LinkedHashMap<>();

	Language(String tool, String compilerOptionPrefix, String optimizationValuePrefix, String debuggingValuePrefix,
			String dialectValuePrefix, String definesOption, String otherFlagsOption, String linkerOptionPrefix,
			String linkerFlagsOption, Map<String, String> dialects, List<String> warningSwitches) {
		this.tool = tool;
		this.compilerOptionPrefix = compilerOptionPrefix;
		this.optimizationValuePrefix = optimizationValuePrefix;
		this.debuggingValuePrefix = debuggingValuePrefix;
		this.dialectValuePrefix = dialectValuePrefix;
		this.definesOption = definesOption;
		this.otherFlagsOption = otherFlagsOption;
		this.linkerOptionPrefix = linkerOptionPrefix;
		this.linkerFlagsOption = linkerFlagsOption;
		this.dialects = dialects;
		warningSwitches.forEach(this::addWarning);
	}

	private void addWarning(String suffixAndFlag) {
		int colon = suffixAndFlag.indexOf(':');
		warnings.put("warnings." + suffixAndFlag.substring(0, colon), suffixAndFlag.substring(colon + 1));
	}

	/**
	 * The warning switches (option id after {@link #compilerOptionPrefix}) with their flags, in plugin.xml's order,
	 * which is the order CDT puts them on the command line.
	 */
	SequencedMap<String, String> warnings() {
		return warnings;
	}

	/** {@code -Wall} is on unless switched off; every other warning is off unless switched on. */
	static boolean warningDefault(String option) {
		return option.equals("warnings.allwarn");
	}

	/** The flag of an optimization level value id, or null for an id CDT does not define. */
	String optimizationFlag(String valueId) {
		return enumFlag(valueId, optimizationValuePrefix, OPTIMIZATION);
	}

	String debuggingFlag(String valueId) {
		return enumFlag(valueId, debuggingValuePrefix, DEBUGGING);
	}

	String dialectFlag(String valueId) {
		return enumFlag(valueId, dialectValuePrefix, dialects);
	}

	private static String enumFlag(String valueId, String prefix, Map<String, String> flags) {
		return valueId.startsWith(prefix) ? flags.get(valueId.substring(prefix.length())) : null;
	}

	/** The language CDT compiles a file in, by its extension; null for files CDT's compilers do not take. */
	static Language ofSource(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String extension = dot < 0 ? "" : fileName.substring(dot + 1);
		return switch (extension) {
		case "c" -> C;
		// The C++ compiler's input type: sources="c,C,cc,cxx,cpp,cp,CPP,ccm,cxxm,c++m"; .c goes to the C compiler.
		case "C", "cc", "cxx", "cpp", "cp", "CPP" -> CPP;
		default -> null;
		};
	}
}
