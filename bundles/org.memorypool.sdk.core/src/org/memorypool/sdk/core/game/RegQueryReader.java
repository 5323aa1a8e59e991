package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the registry with Windows' own {@code reg query}, which needs no native code in the JVM. */
public final class RegQueryReader implements RegistryReader {

	/** A value line of {@code reg query}'s output: four spaces, the name, its type, the data. */
	private static final Pattern VALUE_LINE = Pattern.compile("^\\s+(.+?)\\s+(REG_\\w+)\\s+(.*?)\\s*$");
	private static final long TIMEOUT_SECONDS = 10;

	@Override
	public Optional<String> read(String key, String name) {
		try {
			Process process = new ProcessBuilder("reg", "query", key, "/v", name).redirectErrorStream(true).start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), Charset.defaultCharset());
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return Optional.empty();
			}
			return process.exitValue() == 0 ? value(output, name) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/** The data of the string value {@code name} in what {@code reg query} printed. */
	static Optional<String> value(String output, String name) {
		for (String line : output.split("\\R")) {
			Matcher m = VALUE_LINE.matcher(line);
			if (m.matches() && m.group(1).equalsIgnoreCase(name) && m.group(2).matches("REG_(EXPAND_)?SZ")
					&& !m.group(3).isEmpty()) {
				return Optional.of(m.group(3));
			}
		}
		return Optional.empty();
	}
}
