package org.memorypool.sdk.core.build;

import java.util.List;

/**
 * CDT's Cross GCC Assembler settings ({@code gnu.both.asm.option.*}): it assembles {@code .s} and {@code .S} sources
 * with the toolchain's {@code gcc}, as {@code <prefix>gcc <flags> -I... -o "<object>" "../<source>"}, and writes no
 * dependency file.
 *
 * @param flags        the assembler flags, {@code -c} unless the project sets them
 * @param includePaths folders for {@code -I}, as written after macro resolution
 */
public record AssemblerSettings(String flags, List<String> includePaths) {

	/** CDT's default: the flags {@code -c}, no include paths. */
	public static final AssemblerSettings DEFAULT = new AssemblerSettings("-c", List.of());

	public AssemblerSettings {
		includePaths = List.copyOf(includePaths);
	}
}
