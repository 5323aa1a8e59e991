package org.memorypool.sdk.core.build;

/**
 * CDT's Cross GCC toolchain settings.
 *
 * @param prefix put before every tool name, e.g. {@code i686-w64-mingw32-}
 * @param path a folder put in front of {@code PATH} while building; empty for none
 */
public record Toolchain(String prefix, String path) {

	/** The command for a tool, e.g. {@code i686-w64-mingw32-g++} for {@code g++}. */
	public String command(String tool) {
		return prefix + tool;
	}
}
