// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.api.ApiFunction;
import org.memorypool.sdk.core.api.ApiHeaderParser;
import org.memorypool.sdk.core.api.ApiModel;
import org.memorypool.sdk.core.api.ApiParameter;
import org.memorypool.sdk.core.api.ApiParseException;

/** {@code ./sdk api [--header <file>]}: the MemoryPool API as MemoryPool.h declares and documents it. */
final class ApiCommand implements Command {

	/** Where ./sdk says the SDK's own MemoryPool.h is, used when no --header is given. */
	static final String DEFAULT_HEADER_PROPERTY = "memorypool.header";

	@Override
	public String name() {
		return "api";
	}

	@Override
	public String usage() {
		return "api [--header <MemoryPool.h>]";
	}

	@Override
	public String summary() {
		return "print every MemoryPool function with its signature and documentation";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		Path header = header(args);
		ApiModel model;
		try {
			model = ApiHeaderParser.parse(header);
		} catch (ApiParseException e) {
			out.println(TerminalText.escapeLine(e.getMessage()));
			return 1;
		} catch (NoSuchFileException e) {
			out.println(TerminalText.escape(header.toString()) + ": no such file");
			return 1;
		} catch (IOException e) {
			out.println("Cannot read " + TerminalText.escape(header.toString()) + ": "
					+ TerminalText.escapeLine(String.valueOf(e.getMessage())));
			return 1;
		}
		boolean first = true;
		for (ApiFunction function : model.functions()) {
			if (!first) {
				out.println();
			}
			first = false;
			print(function, out);
		}
		return 0;
	}

	private static Path header(List<String> args) throws UsageException {
		if (args.isEmpty()) {
			String header = System.getProperty(DEFAULT_HEADER_PROPERTY);
			if (header == null) {
				throw new UsageException("no header given and none configured: pass --header <MemoryPool.h>");
			}
			return Path.of(header);
		}
		if (args.size() != 2 || !args.get(0).equals("--header")) {
			throw new UsageException("the only option is --header <MemoryPool.h>");
		}
		return Path.of(args.get(1));
	}

	/** A header may come from anywhere (--header): its text is escaped before it reaches the terminal. */
	private static void print(ApiFunction function, PrintStream out) {
		out.println(TerminalText.escapeLine(function.signature()));
		line(out, "", function.summary());
		for (ApiParameter parameter : function.parameters()) {
			line(out, parameter.name() + ": ", parameter.doc());
		}
		line(out, "returns: ", function.returns());
		line(out, "ownership: ", function.ownership());
		line(out, "thread safety: ", function.threadSafety());
		line(out, "since: ", function.since());
	}

	private static void line(PrintStream out, String label, String text) {
		if (!text.isEmpty()) {
			out.println("    " + TerminalText.escapeLine(label + text));
		}
	}
}
