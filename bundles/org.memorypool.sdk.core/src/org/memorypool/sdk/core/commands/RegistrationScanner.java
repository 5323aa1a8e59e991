package org.memorypool.sdk.core.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.memorypool.sdk.core.commands.CSourceTokens.Kind;

/**
 * Finds the script commands a plugin registers, and their opcodes, by reading its sources as xNVSE assigns opcodes:
 * {@code SetOpcodeBase(base)}, then each registration takes the next opcode. Recognized, in text order within a file
 * and after that file's {@code SetOpcodeBase} call: {@code RegisterCommand(&kCommandInfo_X)},
 * {@code RegisterTypedCommand(&kCommandInfo_X, ...)}, {@code RegisterTypedCommandVersion(&kCommandInfo_X, ...)}
 * (through {@code nvse->} or not) and the example plugin's macros {@code REG_CMD(X)}, {@code REG_TYPED_CMD(X, ...)},
 * {@code REG_CMD_VER(X, ...)}, {@code REG_TYPED_CMD_VER(X, ...)} and {@code RegisterScriptCommand(X)}. The base is
 * a number, or a name defined as one ({@code constexpr UInt32 kBase = 0x2000;}, {@code #define BASE 0x2000}) in
 * the sources read. Registrations inside {@code #if} count as well.
 */
public final class RegistrationScanner {

	/** A source larger than this is not read (with a warning): no plugin's source comes near. */
	static final long MAX_FILE_SIZE = 4L * 1024 * 1024;
	/** The most read in all. */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	private static final Set<String> CALLS = Set.of("RegisterCommand", "RegisterTypedCommand",
			"RegisterTypedCommandVersion");
	private static final Set<String> MACROS = Set.of("REG_CMD", "REG_TYPED_CMD", "REG_CMD_VER", "REG_TYPED_CMD_VER",
			"RegisterScriptCommand");
	private static final String INFO_PREFIX = "kCommandInfo_";
	/** The most problems reported of one file: past them more say nothing new. */
	static final int MAX_PROBLEMS_PER_FILE = 20;
	/** The tokens an opcode base's expression may take before it is given up. */
	private static final int MAX_BASE_TOKENS = 32;

	/**
	 * What the sources register, and the problems found on the way: what kept the scanner from telling an opcode
	 * (warnings), a base xNVSE refuses (an error).
	 */
	public record Result(List<CommandRegistration> registrations, List<SourceProblem> problems) {

		public Result {
			registrations = List.copyOf(registrations);
			problems = List.copyOf(problems);
		}
	}

	private RegistrationScanner() {
	}

	/**
	 * The registrations in {@code sources}, file by file in the order given.
	 *
	 * @throws IOException when a source cannot be read
	 */
	public static Result scan(List<Path> sources) throws IOException {
		Map<Path, String> texts = new HashMap<>();
		List<SourceProblem> problems = new ArrayList<>();
		Map<String, String> constants = new HashMap<>();
		long read = 0;
		for (Path source : sources) {
			if (!Files.isRegularFile(source)) {
				continue; // a pipe or a device is no source: reading it could wait forever
			}
			long size = Files.size(source);
			if (size > MAX_FILE_SIZE || read + size > MAX_BYTES) {
				problems.add(new SourceProblem(source, 0, false, "not read for command registrations: larger than "
						+ MAX_FILE_SIZE / (1024 * 1024) + " MB, or past " + MAX_BYTES / (1024 * 1024)
						+ " MB of sources in all; the opcode ledger does not check it"));
				continue;
			}
			read += size;
			String text = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
			texts.put(source, text);
			collectConstants(text, constants);
		}
		List<CommandRegistration> registrations = new ArrayList<>();
		CoSaveUse coSave = new CoSaveUse();
		for (Path source : sources) {
			String text = texts.get(source);
			if (text != null) {
				List<SourceProblem> ofFile = new ArrayList<>();
				scanFile(source, text, constants, registrations, ofFile, coSave);
				problems.addAll(ofFile.subList(0, Math.min(ofFile.size(), MAX_PROBLEMS_PER_FILE)));
			}
		}
		if (coSave.file != null && !coSave.ownBase) {
			problems.add(new SourceProblem(coSave.file, coSave.line, false, "the plugin keeps data in NVSE's co-save, but"
					+ " sets no opcode base other than xNVSE's development base 0x2000: xNVSE files co-save data under the"
					+ " base, and its release builds keep none for such a plugin. Set the range the xNVSE team assigns you"));
		}
		return new Result(registrations, problems);
	}

	/** Names given a number: {@code NAME = number;}, {@code NAME{number}} and {@code #define NAME number}. */
	private static void collectConstants(String text, Map<String, String> constants) {
		CSourceTokens tokens = new CSourceTokens(text);
		String[] last = new String[3];
		for (Kind kind = tokens.next(); kind != Kind.END; kind = tokens.next()) {
			if (kind == Kind.DEFINE) {
				define(constants, tokens.definedName(), tokens.definedValue());
				continue;
			}
			String token = tokens.token();
			if ((token.equals(";") || token.equals(",") || token.equals("}")) && last[2] != null
					&& last[2].matches("[0-9][0-9A-Fa-fxXuUlL]{0,20}") && last[0] != null
					&& (last[1].equals("=") || last[1].equals("{")) && isIdentifier(last[0])) {
				define(constants, last[0], last[2]);
			}
			last[0] = last[1];
			last[1] = last[2];
			last[2] = token;
		}
	}

	/** A name defined twice with different values has no value the scanner can trust. */
	private static void define(Map<String, String> constants, String name, String value) {
		constants.merge(name, value, (a, b) -> a.equals(b) ? a : "");
	}

	private static boolean isIdentifier(String token) {
		return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_');
	}

	/** Where the sources first set a co-save callback, and whether any sets a base of its own. */
	private static final class CoSaveUse {
		Path file;
		int line;
		boolean ownBase;
	}

	private static final Set<String> CO_SAVE_CALLS = Set.of("SetSaveCallback", "SetLoadCallback");

	private static void scanFile(Path source, String text, Map<String, String> constants,
			List<CommandRegistration> registrations, List<SourceProblem> problems, CoSaveUse coSave) {
		CSourceTokens tokens = new CSourceTokens(text);
		long next = -1; // the next opcode; -1 before any SetOpcodeBase, -2 after one the scanner cannot evaluate
		boolean warnedNoBase = false;
		List<String> window = new ArrayList<>();
		for (Kind kind = tokens.next(); kind != Kind.END; kind = tokens.next()) {
			if (kind == Kind.DEFINE) {
				continue;
			}
			String token = tokens.token();
			int line = tokens.line();
			if (token.equals("SetOpcodeBase") && tokens.next() == Kind.PUNCTUATION && tokens.token().equals("(")) {
				List<String> expression = new ArrayList<>();
				int depth = 1;
				while (tokens.next() != Kind.END && expression.size() <= MAX_BASE_TOKENS) {
					String t = tokens.token();
					depth += t.equals("(") ? 1 : t.equals(")") ? -1 : 0;
					if (depth == 0) {
						break;
					}
					expression.add(t);
				}
				long base = expression.size() == 1 ? value(expression.get(0), constants) : -1;
				if (base < 0) {
					problems.add(new SourceProblem(source, line, false, "the opcode base here is not a number or a"
							+ " name defined as one in the sources: the opcode ledger cannot check the commands"
							+ " registered after it"));
					next = -2;
				} else if (!OpcodeRange.isPluginBase(base)) {
					problems.add(new SourceProblem(source, line, true, "SetOpcodeBase(" + OpcodeRange.hex(base)
							+ "): xNVSE accepts a base from 0x2000 up to below 0x8000 and stops the game otherwise"));
					next = -2;
				} else {
					next = base;
					coSave.ownBase |= base != OpcodeRange.DEVELOPMENT_BASE;
				}
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
			String name = registered(window);
			if (name == null) {
				continue;
			}
			window.clear();
			if (next == -1) {
				if (!warnedNoBase) {
					problems.add(new SourceProblem(source, line, false, "commands are registered here without a"
							+ " SetOpcodeBase call before them in this file: the opcode ledger cannot tell their opcodes;"
							+ " call SetOpcodeBase first, in the same function"));
					warnedNoBase = true;
				}
			} else if (next >= 0) {
				registrations.add(new CommandRegistration(name, (int) Math.min(next, Integer.MAX_VALUE), source, line));
				next++;
			}
		}
	}

	/**
	 * The command a registration ending at the window's last token registers: {@code Call ( [&] info ,|)} or
	 * {@code MACRO ( name ,|)}; null for anything else.
	 */
	private static String registered(List<String> window) {
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
		if (CALLS.contains(function)) {
			return argument.startsWith(INFO_PREFIX) && argument.length() > INFO_PREFIX.length()
					? argument.substring(INFO_PREFIX.length()) : argument;
		}
		return MACROS.contains(function) && !reference ? argument : null;
	}

	/** A C integer literal's value, or the value of a name defined as one; -1 when neither. */
	static long value(String token, Map<String, String> constants) {
		String literal = isIdentifier(token) ? constants.getOrDefault(token, "") : token;
		String digits = literal.replaceAll("[uUlL]+$", "");
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
