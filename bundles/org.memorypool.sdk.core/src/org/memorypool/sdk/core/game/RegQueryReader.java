// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reads the registry with Windows' own {@code reg query}, which needs no native code in the JVM. */
public final class RegQueryReader implements RegistryReader {

	private static final long TIMEOUT_SECONDS = 10;
	/** {@code reg query /v} prints one value: more is not its output. */
	private static final int MAX_OUTPUT = 64 * 1024;

	@Override
	public Optional<String> read(String key, String name) {
		try {
			Process process = new ProcessBuilder("reg", "query", key, "/v", name).redirectErrorStream(true).start();
			process.getOutputStream().close();
			// Read on another thread, so that a reg that never ends cannot hold this one past the timeout.
			CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
				try {
					return process.getInputStream().readNBytes(MAX_OUTPUT);
				} catch (IOException e) {
					return new byte[0];
				}
			}, Thread::startVirtualThread);
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return Optional.empty();
			}
			byte[] bytes = output.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			return process.exitValue() == 0 ? value(new String(bytes, Charset.defaultCharset()), name) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		} catch (ExecutionException | TimeoutException e) {
			return Optional.empty();
		}
	}

	/**
	 * The data of the string value {@code name} in what {@code reg query} printed: a value line is blanks, the name,
	 * blanks, its type ({@code REG_SZ} or {@code REG_EXPAND_SZ} for strings), blanks, the data. Read without regular
	 * expressions, in one pass over each line.
	 */
	static Optional<String> value(String output, String name) {
		for (String line : output.lines().toList()) {
			int i = skipBlanks(line, 0);
			if (i == 0 || !line.regionMatches(true, i, name, 0, name.length())) {
				continue;
			}
			int typeStart = skipBlanks(line, i + name.length());
			if (typeStart == i + name.length()) {
				continue; // the name goes on: another value
			}
			int typeEnd = typeStart;
			while (typeEnd < line.length() && !Character.isWhitespace(line.charAt(typeEnd))) {
				typeEnd++;
			}
			String type = line.substring(typeStart, typeEnd);
			String data = line.substring(skipBlanks(line, typeEnd)).stripTrailing();
			if ((type.equals("REG_SZ") || type.equals("REG_EXPAND_SZ")) && !data.isEmpty()) {
				return Optional.of(data);
			}
		}
		return Optional.empty();
	}

	private static int skipBlanks(String line, int from) {
		int i = from;
		while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
			i++;
		}
		return i;
	}
}
