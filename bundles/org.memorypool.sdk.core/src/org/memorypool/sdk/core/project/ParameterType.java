// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.project;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The script-command parameter types a generated command can take: {@code kParamType_<constant>} of
 * {@code nvse_plugin.h}, with the C variable {@code ExtractArgsEx} fills for it (xNVSE's {@code kClassifyParamExtract}:
 * strings into a buffer, integers as {@code int}, actor values as {@code UInt32}, axes as a byte, forms and references
 * as {@code TESForm*}).
 */
public enum ParameterType {

	STRING("String", 0x00, "char", "[NVSE_MAX_STRING_ARG] = \"\""),
	INTEGER("Integer", 0x01, "int", " = 0"),
	FLOAT("Float", 0x02, "float", " = 0"),
	DOUBLE("Double", 0x2C, "double", " = 0"),
	ACTOR_VALUE("ActorValue", 0x05, "UInt32", " = 0"),
	AXIS("Axis", 0x08, "UInt8", " = 0"),
	OBJECT_REF("ObjectRef", 0x04, "TESForm*", " = nullptr"),
	ACTOR("Actor", 0x06, "TESForm*", " = nullptr"),
	ANY_FORM("AnyForm", 0x3D, "TESForm*", " = nullptr"),
	OBJECT_ID("ObjectID", 0x03, "TESForm*", " = nullptr"),
	INV_OBJ_OR_FORM_LIST("InvObjOrFormList", 0x32, "TESForm*", " = nullptr"),
	FORM_LIST("FormList", 0x25, "TESForm*", " = nullptr"),
	ACTOR_BASE("ActorBase", 0x19, "TESForm*", " = nullptr"),
	QUEST("Quest", 0x0E, "TESForm*", " = nullptr"),
	GLOBAL("Global", 0x13, "TESForm*", " = nullptr"),
	FACTION("Faction", 0x11, "TESForm*", " = nullptr"),
	PERK("Perk", 0x27, "TESForm*", " = nullptr"),
	MESSAGE("Message", 0x31, "TESForm*", " = nullptr"),
	CELL("Cell", 0x09, "TESForm*", " = nullptr"),
	WORLD_SPACE("WorldSpace", 0x1B, "TESForm*", " = nullptr");

	private final String constant;
	private final int value;
	private final String cType;
	private final String initializer;

	ParameterType(String constant, int value, String cType, String initializer) {
		this.constant = constant;
		this.value = value;
		this.cType = cType;
		this.initializer = initializer;
	}

	/** xNVSE's name without {@code kParamType_}, e.g. {@code Float}; also how the command line and wizard name it. */
	public String displayName() {
		return constant;
	}

	/** The value of {@code kParamType_<displayName>}. */
	public int value() {
		return value;
	}

	/** The C constant, e.g. {@code kParamType_Float}. */
	String constant() {
		return "kParamType_" + constant;
	}

	/** The declaration of the variable {@code ExtractArgsEx} fills, e.g. {@code float amount = 0;}. */
	String declaration(String variable) {
		return cType + " " + variable + initializer + ";";
	}

	/** What {@code ExtractArgsEx} is passed for it: the buffer itself for a string, else its address. */
	String argument(String variable) {
		return this == STRING ? variable : "&" + variable;
	}

	/** Whether the value is a number that can be logged with {@code %g} (after a cast to double). */
	boolean isNumber() {
		return this == INTEGER || this == FLOAT || this == DOUBLE || this == ACTOR_VALUE;
	}

	/** The type with this display name, ignoring case. */
	public static Optional<ParameterType> byDisplayName(String name) {
		return Arrays.stream(values()).filter(t -> t.constant.equalsIgnoreCase(name.strip())).findFirst();
	}

	@Override
	public String toString() {
		return constant.toLowerCase(Locale.ROOT);
	}
}
