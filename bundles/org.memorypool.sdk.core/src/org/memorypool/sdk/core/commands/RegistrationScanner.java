// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.memorypool.sdk.core.commands.CSourceTokens.Kind;

/**
 * Finds the script commands a plugin registers, and their opcodes, by reading its sources as xNVSE assigns opcodes:
 * {@code SetOpcodeBase(base)}, then each registration takes the next opcode. Counted, in text order within the
 * function that calls {@code SetOpcodeBase}: {@code RegisterCommand(&kCommandInfo_X)},
 * {@code RegisterTypedCommand(&kCommandInfo_X, ...)}, {@code RegisterTypedCommandVersion(&kCommandInfo_X, ...)}
 * (through {@code nvse->} or not), the example plugin's macros {@code REG_CMD(X)}, {@code REG_TYPED_CMD(X, ...)},
 * {@code REG_CMD_VER(X, ...)}, {@code REG_TYPED_CMD_VER(X, ...)}, {@code RegisterScriptCommand(X)}, and any
 * function-like macro the sources define whose body registers {@code kCommandInfo_##name}. A {@code CommandInfo}
 * registered by another name ({@code RegisterCommand(&kEmptyCommand)}, or an object-like macro of that) counts as a
 * command of that name, as often as it is registered (placeholders keep retired opcodes taken). The base is a number, or a
 * name defined as one ({@code constexpr UInt32 kBase = 0x2000;}, {@code #define BASE 0x2000}) in the files read.
 * The headers the sources include are read for their macros, constants and registering functions, and those that
 * call {@code SetOpcodeBase} in a function are scanned like sources. Code under {@code #if 0} is skipped; other
 * conditions are not evaluated.
 * <p>
 * What the scanner cannot follow makes the opcodes after it unknown, with a warning, never a guess: a registration
 * outside that function, a call between registrations to a function that registers or that {@code #include}s into its
 * body, an {@code #include} among the registrations, a registered {@code CommandInfo} it cannot name, an {@code #else}
 * among the registrations, a base it cannot evaluate, a file it did not read. The result says whether it saw every
 * registration ({@link Result#complete()}).
 */
public final class RegistrationScanner {

	/** A source larger than this is not read (with a warning): no plugin's source comes near. */
	static final long MAX_FILE_SIZE = 4L * 1024 * 1024;
	/** The most read in all. */
	static final long MAX_BYTES = 64L * 1024 * 1024;
	/** The most problems reported of one file: past them more say nothing new. */
	static final int MAX_PROBLEMS_PER_FILE = 20;

	private static final Set<String> CALLS = Set.of("RegisterCommand", "RegisterTypedCommand",
			"RegisterTypedCommandVersion");
	private static final Set<String> EXAMPLE_MACROS = Set.of("REG_CMD", "REG_TYPED_CMD", "REG_CMD_VER",
			"REG_TYPED_CMD_VER", "RegisterScriptCommand");
	private static final Set<String> CO_SAVE_CALLS = Set.of("SetSaveCallback", "SetLoadCallback");
	private static final String INFO_PREFIX = "kCommandInfo_";
	/** {@code #define NAME [nvse->]RegisterCommand(&variable)} (or RegisterTypedCommand with more arguments), spaces removed. */
	private static final Pattern FIXED_REGISTRATION = Pattern.compile(
			"define([A-Za-z_]\\w*)(?:nvse->)?(?:RegisterCommand|RegisterTypedCommand)\\(&([A-Za-z_]\\w*)(?:,[^()]*)?\\);?");
	/** The tokens an opcode base's expression may take before it is given up. */
	private static final int MAX_BASE_TOKENS = 32;
	private static final long NO_BASE = -1;
	private static final long UNKNOWN = -2;

	/**
	 * What the sources register, and the problems found on the way: what kept the scanner from telling an opcode
	 * (warnings), a base xNVSE refuses (an error).
	 *
	 * @param complete whether the scanner saw every registration: false when something made opcodes unknown
	 */
	public record Result(List<CommandRegistration> registrations, List<SourceProblem> problems, boolean complete,
			Set<Long> bases) {

		public Result {
			registrations = List.copyOf(registrations);
			problems = List.copyOf(problems);
			bases = Set.copyOf(bases);
		}

		Result(List<CommandRegistration> registrations, List<SourceProblem> problems, boolean complete) {
			this(registrations, problems, complete, Set.of());
		}
	}

	/** What the first pass learns from every source before opcodes are counted. */
	private static final class Facts {
		final Map<String, String> constants = new HashMap<>();
		/** Macros whose body registers {@code kCommandInfo_##name}: their first argument is the command. */
		final Set<String> registrationMacros = new HashSet<>(EXAMPLE_MACROS);
		/**
		 * Object-like macros whose body registers one fixed {@code CommandInfo}, by the variable it registers (JIP LN's
		 * {@code #define REG_EMPTY RegisterCommand(&kEmptyCommand)}, used as {@code nvse->REG_EMPTY;} to keep a retired
		 * command's opcode taken): each use takes an opcode, as a command named by that variable.
		 */
		final Map<String, String> fixedRegistrationMacros = new HashMap<>();
		/** Macros whose body registers something else: where they are used, opcodes become unknown. */
		final Set<String> opaqueMacros = new HashSet<>();
		/** Functions that register commands without setting the base: a call to one hides registrations. */
		final Set<String> registeringHelpers = new HashSet<>();
		/** Functions with an {@code #include} in their body: what it brings in is not read, so a call may register. */
		final Set<String> includingFunctions = new HashSet<>();
		/** Every {@code #define} of a macro, by name: its distinct texts, spaces removed (more than one: conditional). */
		final Map<String, Set<String>> macroDefinitions = new HashMap<>();
		/** Names given one of the registration functions ({@code auto reg = nvse->RegisterCommand;}): calls of them register. */
		final Set<String> callAliases = new HashSet<>();
		/** What each function's body does, by function name (same-named functions merged). */
		final Map<String, FunctionFacts> functions = new HashMap<>();
	}

	/** What one function's body calls and names, and whether it sets a base. */
	private static final class FunctionFacts {
		final Set<String> callees = new HashSet<>();
		final Set<String> words = new HashSet<>();
		boolean setsBase;
	}

	/** Where the sources first set a co-save callback, and whether any sets a base of its own. */
	private static final class CoSaveUse {
		Path file;
		int line;
		boolean ownBase;
	}

	private RegistrationScanner() {
	}

	/**
	 * The registrations in the sources, file by file in the order given, then in those of the headers that set an
	 * opcode base; every file's macros, constants and registering functions are known to all.
	 *
	 * @throws IOException when a file cannot be read
	 */
	public static Result scan(PluginSources plugin) throws IOException {
		List<Path> sources = plugin.sources();
		Map<Path, String> texts = new HashMap<>();
		List<SourceProblem> problems = new ArrayList<>();
		Facts facts = new Facts();
		List<Path> scanned = new ArrayList<>(sources);
		boolean complete = plugin.headersUnknownOf().isEmpty();
		plugin.headersUnknownOf().stream().limit(MAX_PROBLEMS_PER_FILE).forEach(source -> problems.add(new SourceProblem(
				source, 0, false, "its headers were not all read (more than the SDK reads for one build): the macros and"
						+ " constants they define are unknown, so the opcode ledger check is not complete")));
		long read = 0;
		Set<Path> sourceSet = new HashSet<>(sources);
		Set<Path> files = new LinkedHashSet<>(sources);
		files.addAll(plugin.headers());
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				continue; // a pipe or a device is no source: reading it could wait forever
			}
			long size = Files.size(file);
			if (size > MAX_FILE_SIZE || read + size > MAX_BYTES) {
				complete = false;
				problems.add(new SourceProblem(file, 0, false, "not read for command registrations: larger than "
						+ MAX_FILE_SIZE / (1024 * 1024) + " MB, or past " + MAX_BYTES / (1024 * 1024)
						+ " MB of sources and headers in all; the opcode ledger does not check what it registers"));
				continue;
			}
			read += size;
			String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
			texts.put(file, text);
			if (collectFacts(text, facts) && !sourceSet.contains(file)) {
				scanned.add(file);
			}
		}
		resolveMacros(facts);
		resolveHelpers(facts);
		List<CommandRegistration> registrations = new ArrayList<>();
		CoSaveUse coSave = new CoSaveUse();
		Set<Long> bases = new HashSet<>();
		for (Path source : scanned) {
			String text = texts.get(source);
			if (text != null) {
				List<SourceProblem> ofFile = new ArrayList<>();
				complete &= new FileScan(source, facts, registrations, ofFile, coSave, bases).run(text);
				problems.addAll(ofFile.subList(0, Math.min(ofFile.size(), MAX_PROBLEMS_PER_FILE)));
			}
		}
		if (coSave.file != null && !coSave.ownBase) {
			problems.add(new SourceProblem(coSave.file, coSave.line, false, "the plugin keeps data in NVSE's co-save, but"
					+ " sets no opcode base other than xNVSE's development base 0x2000: xNVSE files co-save data under the"
					+ " base, and its release builds keep none for such a plugin. Set the range the xNVSE team assigns you"));
		}
		return new Result(registrations, problems, complete, bases);
	}

	/**
	 * Records what {@code text} defines and does for the resolution after every file is read: names given a number
	 * ({@code NAME = number;}, {@code NAME{number}}, {@code #define NAME number}; a name also changed elsewhere outside
	 * an {@code #if}, or defined under one, has none), macros, and what each function calls; true when a function in
	 * {@code text} calls {@code SetOpcodeBase}.
	 */
	private static boolean collectFacts(String text, Facts facts) {
		CSourceTokens tokens = new CSourceTokens(text);
		FunctionScopes scopes = new FunctionScopes();
		String[] last = new String[5];
		boolean setsBase = false;
		String assigned = null;
		String template = null;
		for (Kind kind = tokens.next(); kind != Kind.END; kind = tokens.next()) {
			if (kind == Kind.DEFINE) {
				// #ifndef BASE / #define BASE 0x2000: the build's -D may give it another value.
				define(facts.constants, tokens.definedName(), tokens.conditional() ? "" : tokens.definedValue());
				continue;
			}
			if (kind == Kind.MACRO) {
				facts.macroDefinitions.computeIfAbsent(tokens.definedName(), n -> new HashSet<>())
						.add(tokens.definedValue().replaceAll("\\s+", ""));
				continue;
			}
			if (kind == Kind.INCLUDE) {
				if (scopes.current() != 0 && !scopes.currentName().isEmpty()) {
					facts.includingFunctions.add(scopes.currentName());
				}
				continue;
			}
			if (kind == Kind.BRANCH) {
				continue;
			}
			String token = tokens.token();
			scopes.accept(token);
			if ((token.equals(";") || token.equals(",") || token.equals("}")) && last[4] != null
					&& last[4].matches("[0-9][0-9A-Fa-fxXuUlL']{0,20}") && last[2] != null
					&& (last[3].equals("=") || last[3].equals("{")) && isIdentifier(last[2])) {
				define(facts.constants, last[2], last[4]);
			}
			System.arraycopy(last, 1, last, 0, 4);
			last[4] = token;
			String changed = changedName(last);
			// Under an #if the scanner does not evaluate, a change may be debug bookkeeping (ShowOff's ++CurrentOpcode
			// under #if _DEBUG, after the base is set): only unconditional changes take a name's value away.
			if (changed != null && !tokens.conditional()) {
				define(facts.constants, changed, "");
			}
			if (token.equals("=") && isIdentifier(last[3])) {
				assigned = last[3];
			} else if (token.equals(";")) {
				if (assigned != null && CALLS.contains(last[3]) && !CALLS.contains(assigned)) {
					facts.callAliases.add(assigned);
				}
				assigned = null;
			}
			template = token.equals("<") && isIdentifier(last[3]) ? last[3] : template;
			if (scopes.current() != 0 && !scopes.currentName().isEmpty()) {
				FunctionFacts function = facts.functions.computeIfAbsent(scopes.currentName(), n -> new FunctionFacts());
				if (isIdentifier(token)) {
					function.words.add(token);
				}
				String callee = token.equals("(") ? calleeBefore(last[3], template) : null;
				if (callee != null) {
					function.callees.add(callee);
					if (callee.equals("SetOpcodeBase")) {
						function.setsBase = true;
						setsBase = true;
					}
				}
			}
		}
		return setsBase;
	}

	/** The function a call's {@code (} calls: the identifier before it, or the template before {@code <...>}. */
	private static String calleeBefore(String previous, String template) {
		return previous == null ? null : isIdentifier(previous) ? previous : previous.equals(">") ? template : null;
	}

	/**
	 * A name the last tokens change after its definition ({@code x += 1}, {@code ++x}, {@code x = other}): its value
	 * at a later SetOpcodeBase is not the one it was given.
	 */
	private static String changedName(String[] last) {
		if (last[2] != null && isIdentifier(last[2]) && "+-*/%|&^".contains(last[3]) && last[3].length() == 1
				&& last[4].equals("=")) {
			return last[2];
		}
		if (last[2] != null && (last[2].equals("+") || last[2].equals("-")) && last[3].equals(last[2])
				&& isIdentifier(last[4])) {
			return last[4];
		}
		if (last[2] != null && isIdentifier(last[2]) && (last[3].equals("+") || last[3].equals("-"))
				&& last[4].equals(last[3])) {
			return last[2];
		}
		if (last[1] != null && isIdentifier(last[2]) && last[3].equals("=") && !last[4].equals("=")
				&& !"=!<>".contains(last[1]) && !Character.isDigit(last[4].charAt(0))) {
			return last[2];
		}
		return null;
	}

	/**
	 * Sorts the macros, once every file is read, so that their order does not matter: those that register the command
	 * their first parameter names, those that register one fixed CommandInfo, and the other registering ones (opaque).
	 * A macro defined more than once (under #if, say) is opaque if any of its texts registers. The example plugin's
	 * macro names mean what they mean there only when the files read do not define them.
	 */
	private static void resolveMacros(Facts facts) {
		Set<String> seeded = new HashSet<>(EXAMPLE_MACROS);
		seeded.removeAll(facts.macroDefinitions.keySet());
		// Each round sorts every macro with what the last one knew; a macro can only rely on others, so the rounds end.
		for (int round = 0; round <= facts.macroDefinitions.size(); round++) {
			Set<String> registration = new HashSet<>(seeded);
			Map<String, String> fixedMacros = new HashMap<>();
			Set<String> opaque = new HashSet<>();
			facts.macroDefinitions.forEach((name, texts) -> {
				boolean registers = texts.stream().anyMatch(compact -> registers(compact, name, facts));
				String only = texts.size() == 1 ? texts.iterator().next() : null;
				Matcher fixed = only == null ? null : FIXED_REGISTRATION.matcher(only);
				if (!registers) {
					return;
				}
				if (only != null && registersItsFirstParameter(only, name, facts)) {
					registration.add(name);
				} else if (fixed != null && fixed.matches() && fixed.group(1).equals(name)) {
					fixedMacros.put(name, fixed.group(2));
				} else {
					opaque.add(name);
				}
			});
			boolean stable = registration.equals(facts.registrationMacros) && fixedMacros.equals(facts.fixedRegistrationMacros)
					&& opaque.equals(facts.opaqueMacros);
			facts.registrationMacros.clear();
			facts.registrationMacros.addAll(registration);
			facts.fixedRegistrationMacros.clear();
			facts.fixedRegistrationMacros.putAll(fixedMacros);
			facts.opaqueMacros.clear();
			facts.opaqueMacros.addAll(opaque);
			if (stable) {
				return;
			}
		}
	}

	/** Whether a macro's text (spaces removed) registers: a Register...Command call, or a registering macro's use. */
	private static boolean registers(String compact, String name, Facts facts) {
		String body = compact.startsWith("define" + name) ? compact.substring(6 + name.length()) : compact;
		return body.contains("Register") && body.contains("Command") || callsOneOf(body, name, facts.registrationMacros)
				|| callsOneOf(body, name, facts.opaqueMacros) || mentionsOneOf(body, name, facts.fixedRegistrationMacros.keySet())
				|| mentionsOneOf(body, name, facts.opaqueMacros);
	}

	/**
	 * The functions that register commands, set a base or call one that does, each but the one scanning: a call to one
	 * among the registrations hides opcodes. Followed through any number of calls, across files.
	 */
	private static void resolveHelpers(Facts facts) {
		Set<String> registering = new HashSet<>();
		facts.functions.forEach((name, function) -> {
			boolean direct = function.setsBase || function.callees.stream().anyMatch(c -> CALLS.contains(c)
					|| facts.registrationMacros.contains(c)) || function.words.stream().anyMatch(w ->
							facts.fixedRegistrationMacros.containsKey(w) || facts.opaqueMacros.contains(w));
			if (direct) {
				registering.add(name);
			}
		});
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Map.Entry<String, FunctionFacts> function : facts.functions.entrySet()) {
				if (!registering.contains(function.getKey())
						&& function.getValue().callees.stream().anyMatch(registering::contains)) {
					registering.add(function.getKey());
					grew = true;
				}
			}
		}
		facts.registeringHelpers.addAll(registering);
	}

	/**
	 * Whether a {@code #define} registers exactly one command, the one its first parameter names: its body pastes
	 * that parameter onto {@code kCommandInfo_} once, or hands it to one registration macro once, and registers
	 * nothing else. Any other registering macro (several commands, the name elsewhere, object-like) is opaque.
	 */
	private static boolean registersItsFirstParameter(String directive, String name, Facts facts) {
		String compact = directive.replaceAll("\\s+", "");
		int open = compact.indexOf('(');
		int close = compact.indexOf(')');
		if (!compact.startsWith("define" + name + "(") || close < open) {
			return false;
		}
		String first = compact.substring(open + 1, close).split(",")[0];
		String body = compact.substring(close + 1);
		int pastes = count(body, INFO_PREFIX + "##" + first);
		int calls = callsOneOf(body, name, facts.registrationMacros) ? count(body, "(" + first + ")") + count(body, "("
				+ first + ",") : 0;
		int registrations = count(body, "Register") + callCount(body, name, facts.registrationMacros, true);
		return !first.isEmpty() && pastes + calls == 1 && registrations == 1;
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			n++;
		}
		return n;
	}

	/**
	 * How many calls of {@code macros} (other than {@code self}) {@code body} makes: words of them before a
	 * parenthesis; the {@code Register...} functions' own names left out when {@code macrosOnly}.
	 */
	private static int callCount(String body, String self, Set<String> macros, boolean macrosOnly) {
		int n = 0;
		int start = -1;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (Character.isLetterOrDigit(c) || c == '_') {
				start = start < 0 ? i : start;
			} else {
				if (c == '(' && start >= 0) {
					String word = body.substring(start, i);
					n += !word.equals(self) && macros.contains(word) && !(macrosOnly && word.startsWith("Register")) ? 1 : 0;
				}
				start = -1;
			}
		}
		return n;
	}

	/** Whether {@code body} names one of {@code names} other than {@code self} as a whole word. */
	private static boolean mentionsOneOf(String body, String self, Set<String> names) {
		for (String word : body.split("[^A-Za-z0-9_]+")) {
			if (!word.equals(self) && names.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code body} calls one of {@code macros} other than {@code self}. */
	private static boolean callsOneOf(String body, String self, Set<String> macros) {
		return callCount(body, self, macros, false) > 0;
	}

	/** A name defined twice with different values has no value the scanner can trust. */
	private static void define(Map<String, String> constants, String name, String value) {
		constants.merge(name, value, (a, b) -> a.equals(b) ? a : "");
	}

	private static boolean isIdentifier(String token) {
		return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_');
	}

	/** The second pass over one source: its registration sequences. */
	private static final class FileScan {
		private final Path source;
		private final Facts facts;
		private final List<CommandRegistration> registrations;
		private final List<SourceProblem> problems;
		private final CoSaveUse coSave;
		private final Set<Long> bases;
		private final FunctionScopes scopes = new FunctionScopes();
		/** After if, else, for, while, do or switch at the body's level, until the statement's end: may not run. */
		private boolean guardedStatement;
		/** A registration function named this many tokens ago and not yet read as a registration; -1: none. */
		private int unreadCall = -1;
		private int unreadCallLine;
		private final Set<String> warned = new HashSet<>();
		private final Set<String> registeredNames = new HashSet<>();
		/** The identifier before the last {@code <}: a call {@code Name<T>(...)} calls it. */
		private String template;
		/** The next opcode: NO_BASE before any SetOpcodeBase, UNKNOWN after something the scanner cannot follow. */
		private long next = NO_BASE;
		private int baseFunction;
		private boolean complete = true;

		FileScan(Path source, Facts facts, List<CommandRegistration> registrations, List<SourceProblem> problems,
				CoSaveUse coSave, Set<Long> bases) {
			this.bases = bases;
			this.source = source;
			this.facts = facts;
			this.registrations = registrations;
			this.problems = problems;
			this.coSave = coSave;
		}

		/** Scans {@code text}; false when it made some opcode unknown. */
		boolean run(String text) {
			CSourceTokens tokens = new CSourceTokens(text);
			List<String> window = new ArrayList<>();
			for (Kind kind = tokens.next(); kind != Kind.END; kind = tokens.next()) {
				if (kind == Kind.DEFINE || kind == Kind.MACRO) {
					continue;
				}
				int line = tokens.line();
				if (kind == Kind.INCLUDE) {
					if (next >= 0 && scopes.current() != 0 && scopes.current() == baseFunction) {
						unknownFromHere(line, tokens.token() + " among the registrations: the SDK does not read what an"
								+ " #include brings into a function (an X-macro list, say), so it cannot tell the opcodes from"
								+ " here on; write each registration in the function itself");
					}
					continue;
				}
				if (kind == Kind.BRANCH) {
					if (next >= 0) {
						unknownFromHere(line, tokens.token() + " among the registrations: the SDK does not evaluate the"
								+ " preprocessor and cannot tell which branch is built; keep registrations unconditional");
					}
					continue;
				}
				String token = tokens.token();
				scopes.accept(token);
				conditional = tokens.conditional();
				trackStatement(token, line);
				if (token.equals("SetOpcodeBase") && scopes.current() != 0 && tokens.next() == Kind.PUNCTUATION
						&& tokens.token().equals("(")) {
					scopes.accept("(");
					setBase(tokens, line);
					window.clear();
					continue;
				}
				if (CO_SAVE_CALLS.contains(token) && coSave.file == null) {
					coSave.file = source;
					coSave.line = line;
				}
				window.add(token);
				if (window.size() > 5) {
					window.remove(0);
				}
				int n = window.size();
				if (n >= 2 && !window.get(n - 1).equals("(") && facts.registrationMacros.contains(window.get(n - 2))
						&& scopes.current() == baseFunction && next >= 0) {
					unknownFromHere(line, window.get(n - 2) + " is handed on, not called (an X-macro list, say): the SDK does"
							+ " not expand macros, so it cannot tell the opcodes from here on; write each registration in the"
							+ " function that calls SetOpcodeBase");
				}
				template = token.equals("<") && n >= 2 && isIdentifier(window.get(n - 2)) ? window.get(n - 2) : template;
				if (n >= 2 && window.get(n - 1).equals("(") && scopes.current() != 0
						&& calleeBefore(window.get(n - 2), template) != null) {
					String callee = calleeBefore(window.get(n - 2), template);
					if (scopes.current() == baseFunction && next >= 0 && facts.registeringHelpers.contains(callee)
							&& !CALLS.contains(callee) && !callee.equals(scopes.currentName())) {
						unknownFromHere(line, "calls " + callee + ", which registers commands or sets an opcode base: the SDK"
								+ " does not follow calls, so it cannot tell the opcodes from here on; keep every registration in"
								+ " the function that calls SetOpcodeBase");
					} else if (scopes.current() == baseFunction && next >= 0 && facts.includingFunctions.contains(callee)) {
						unknownFromHere(line, "calls " + callee + ", whose body #includes a file the SDK does not read into it,"
								+ " so it cannot tell whether it registers commands, nor the opcodes from here on; write each"
								+ " registration in the function that calls SetOpcodeBase");
					}
				}
				String fixedInfo = facts.fixedRegistrationMacros.get(token);
				if (fixedInfo != null && scopes.current() != 0) {
					registrationHere(line, commandName(fixedInfo), !fixedInfo.startsWith(INFO_PREFIX), null);
				}
				// Object-like ones too: each use takes an opcode.
				if (facts.opaqueMacros.contains(token) && scopes.current() != 0) {
					registrationHere(line, null, false, token + " registers a command the SDK cannot name (its body does not"
							+ " register kCommandInfo_##name)");
				}
				if ((CALLS.contains(token) || facts.callAliases.contains(token)) && next >= 0 && scopes.current() != 0
						&& scopes.current() == baseFunction) {
					unreadCall = 0;
					unreadCallLine = line;
				} else if (unreadCall >= 0 && ++unreadCall > 4) {
					unreadCall = -1;
					registrationHere(unreadCallLine, null, false, "a registration the SDK cannot read (write"
							+ " nvse->RegisterCommand(&kCommandInfo_Name) as generated code does)");
				}
				Registered registered = registered(window);
				if (registered != null) {
					unreadCall = -1;
					boolean version = window.contains("RegisterTypedCommandVersion");
					window.clear();
					registrationHere(line, registered.named() ? registered.name() : null, version || registered.variable(),
							"a CommandInfo the SDK cannot name (" + registered.name() + ") is registered; write"
									+ " &kCommandInfo_Name");
				}
			}
			return complete;
		}

		/** Whether the last token was under an #if the scanner did not evaluate. */
		private boolean conditional;

		/** Statements that may not run, or jump: what follows them in the sequence is not certain. */
		private void trackStatement(String token, int line) {
			if (scopes.current() == 0 || scopes.current() != baseFunction || scopes.nested()) {
				return;
			}
			switch (token) {
			case "if", "else", "for", "while", "do", "switch" -> guardedStatement = true;
			case ";", "{", "}" -> {
				if (!scopes.inParentheses()) {
					guardedStatement = false;
				}
			}
			case "goto" -> {
				if (next >= 0) {
					unknownFromHere(line, "goto among the registrations: the SDK does not follow jumps, so it cannot"
							+ " tell the opcodes from here on");
				}
			}
			default -> {
			}
			}
		}

		private void setBase(CSourceTokens tokens, int line) {
			List<String> expression = new ArrayList<>();
			int depth = 1;
			while (tokens.next() != Kind.END && expression.size() <= MAX_BASE_TOKENS) {
				String t = tokens.token();
				scopes.accept(t);
				depth += t.equals("(") ? 1 : t.equals(")") ? -1 : 0;
				if (depth == 0) {
					break;
				}
				expression.add(t);
			}
			long base = expression.size() == 1 ? value(expression.get(0), facts.constants) : -1;
			baseFunction = scopes.current();
			if (base < 0) {
				complete = false;
				problems.add(new SourceProblem(source, line, false, "the opcode base here is not a number or a name"
						+ " defined as one in the sources: the SDK cannot tell the opcodes of the commands registered after it"));
				next = UNKNOWN;
			} else if (!OpcodeRange.isPluginBase(base)) {
				problems.add(new SourceProblem(source, line, true, "SetOpcodeBase(" + OpcodeRange.hex(base)
						+ "): xNVSE accepts a base from 0x2000 up to below 0x8000 and stops the game otherwise"));
				next = UNKNOWN;
				complete = false;
			} else if (tokens.conditional() || scopes.nested() || guardedStatement) {
				complete = false;
				problems.add(new SourceProblem(source, line, false, "the opcode base is set under #if or inside a block:"
						+ " the SDK cannot tell whether this call runs, nor the opcodes after it"));
				next = UNKNOWN;
			} else {
				next = base;
				bases.add(base);
				coSave.ownBase |= base != OpcodeRange.DEVELOPMENT_BASE;
			}
		}

		/**
		 * A registration at {@code line}: of {@code name}, or of a command the scanner cannot name (null, then
		 * {@code unnamed} says why the opcodes after it are unknown); {@code repeatable} when registering the name
		 * again is meant: RegisterTypedCommandVersion's further versions, and a CommandInfo named by its own variable
		 * (a placeholder that keeps retired opcodes taken, registered once for each).
		 */
		private void registrationHere(int line, String name, boolean repeatable, String unnamed) {
			if (scopes.current() == 0 || next == NO_BASE || scopes.current() != baseFunction) {
				complete = false;
				if (warned.add("outside")) {
					problems.add(new SourceProblem(source, line, false, "commands are registered here, outside the"
							+ " function that calls SetOpcodeBase (or before it): the SDK cannot tell their opcodes; register"
							+ " every command in one function, after SetOpcodeBase"));
				}
				return;
			}
			if (next == UNKNOWN) {
				return;
			}
			if (name == null) {
				unknownFromHere(line, unnamed);
				return;
			}
			if (conditional) {
				unknownFromHere(line, "a command is registered under #if, #ifdef or #ifndef: the SDK does not evaluate"
						+ " the preprocessor and cannot tell whether it is built; keep registrations unconditional");
				return;
			}
			if (scopes.nested() || guardedStatement) {
				unknownFromHere(line, "a command is registered inside a block or under if, else, for, while or switch:"
						+ " the SDK cannot tell whether, or how often, it runs; keep registrations in the function's body,"
						+ " one statement each");
				return;
			}
			if (!registeredNames.add(name) && !repeatable && warned.add("twice " + name)) {
				problems.add(new SourceProblem(source, line, false, name + " is registered a second time: it takes"
						+ " another opcode (right only for RegisterTypedCommandVersion's versions)"));
			}
			registrations.add(new CommandRegistration(name, (int) Math.min(next, Integer.MAX_VALUE), source, line));
			next++;
		}

		private void unknownFromHere(int line, String why) {
			complete = false;
			if (next != UNKNOWN || warned.add(why)) {
				problems.add(new SourceProblem(source, line, false, why));
			}
			next = next == NO_BASE ? NO_BASE : UNKNOWN;
		}

		/**
		 * The command a registration ending at the window's last token registers: {@code Call ( [&] info ,|)} or
		 * {@code MACRO ( name ,|)}; null for anything else.
		 */
		private Registered registered(List<String> window) {
			int n = window.size();
			if (n < 4 || !(window.get(n - 1).equals(",") || window.get(n - 1).equals(")"))) {
				return null;
			}
			String argument = window.get(n - 2);
			boolean reference = window.get(n - 3).equals("&");
			int call = reference ? n - 5 : n - 4;
			if (call < 0 || !window.get(call + 1).equals("(") || !isIdentifier(argument)) {
				return null;
			}
			String function = window.get(call);
			if (CALLS.contains(function) || facts.callAliases.contains(function)) {
				boolean prefixed = argument.startsWith(INFO_PREFIX) && argument.length() > INFO_PREFIX.length();
				// &variable names one CommandInfo for good; a pointer variable may point anywhere.
				return new Registered(prefixed ? commandName(argument) : argument, prefixed || reference, !prefixed);
			}
			return facts.registrationMacros.contains(function) && !reference ? new Registered(argument, true, false) : null;
		}
	}

	/**
	 * What a registration registers.
	 *
	 * @param name     the command's name, or what the call passes when the scanner cannot name it
	 * @param named    whether {@code name} names the command
	 * @param variable whether the name is a {@code CommandInfo}'s own variable rather than xNVSE's
	 *                 {@code kCommandInfo_Name} convention
	 */
	private record Registered(String name, boolean named, boolean variable) {
	}

	/** The command a registered CommandInfo variable stands for: {@code kCommandInfo_X} is X, any other its own name. */
	private static String commandName(String variable) {
		return variable.startsWith(INFO_PREFIX) && variable.length() > INFO_PREFIX.length()
				? variable.substring(INFO_PREFIX.length()) : variable;
	}

	/** A C integer literal's value (digit separators allowed), or the value of a name defined as one; -1 when neither. */
	static long value(String token, Map<String, String> constants) {
		String literal = isIdentifier(token) ? constants.getOrDefault(token, "") : token;
		String digits = literal.replace("'", "").replaceAll("[uUlL]+$", "");
		try {
			if (digits.startsWith("0x") || digits.startsWith("0X")) {
				return Long.parseLong(digits.substring(2), 16);
			}
			if (digits.length() > 1 && digits.startsWith("0")) {
				return Long.parseLong(digits.substring(1), 8);
			}
			return Long.parseLong(digits);
		} catch (NumberFormatException e) {
			return -1;
		}
	}
}
