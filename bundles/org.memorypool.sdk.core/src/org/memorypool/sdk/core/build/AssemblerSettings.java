// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CDT's Cross GCC Assembler settings ({@code gnu.asm.option.debugging.level}, {@code gnu.both.asm.option.*}): it
 * assembles {@code .s} and {@code .S} sources with the toolchain's {@code gcc}, as
 * {@code <prefix>gcc <debugging> <flags> -I... -o "<object>" "../<source>"}, and writes no dependency file.
 *
 * @param debugging    {@code -g} or empty; CDT 12.5's wizard writes the option with {@code -g} as Debug's default
 * @param flags        the assembler flags as written, {@code -c} unless the project sets them
 * @param includePaths folders for {@code -I}, as written after macro resolution
 */
public record AssemblerSettings(String debugging, String flags, List<String> includePaths) {

	/** CDT's default: no debugging flag, the flags {@code -c}, no include paths. */
	public static final AssemblerSettings DEFAULT = new AssemblerSettings("", "-c", List.of());

	/** Assembler-only flags, which gcc must be told to pass on ({@code -Wa,}): CDT's {@code GnuAsmFlagsCommandGenerator}. */
	private static final Pattern AS_FLAG = Pattern.compile("(?<=^|\\s)-[aDKLR]\\S*");
	private static final Pattern DO_NOT_LINK = Pattern.compile("(^|\\s)-c($|\\s)");

	public AssemblerSettings {
		includePaths = List.copyOf(includePaths);
	}

	/**
	 * The flags as CDT passes them to {@code gcc}: flags without {@code -c} are taken as GNU {@code as} flags, so CDT
	 * puts {@code -c} first and {@code -Wa,} before each of {@code -a.. -D.. -K.. -L.. -R..}.
	 */
	public String gccFlags() {
		if (DO_NOT_LINK.matcher(flags).find()) {
			return flags;
		}
		return "-c " + AS_FLAG.matcher(flags).replaceAll("-Wa,$0");
	}
}
