// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The jemalloc options build-jemalloc.sh bakes into the runtime's jemalloc.dll: jemalloc/malloc.conf. */
final class JemallocOptions {

	static final Path FILE = NativePlugin.DIR.resolve("jemalloc/malloc.conf");

	private JemallocOptions() {
	}

	/** Each option as "name:value", in the file's order; '#' starts a comment, as in build-jemalloc.sh. */
	static List<String> baked() {
		try {
			List<String> options = new ArrayList<>();
			for (String line : Files.readAllLines(FILE)) {
				int comment = line.indexOf('#');
				String option = (comment < 0 ? line : line.substring(0, comment)).strip();
				if (!option.isEmpty()) {
					options.add(option);
				}
			}
			return options;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
