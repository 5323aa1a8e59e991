// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Steam library folder as {@code steamapps/libraryfolders.vdf} lists it.
 *
 * @param path   as written in the file, e.g. {@code D:\SteamLibrary}
 * @param appIds the apps installed in it; empty in the file's older format, which does not list them
 */
record SteamLibrary(String path, Set<String> appIds) {

	SteamLibrary {
		appIds = Set.copyOf(appIds);
	}

	/**
	 * The libraries in a {@code libraryfolders.vdf}: its current format has a block per library with
	 * {@code path} and {@code apps}; the format before 2021 has just the path under a number.
	 */
	static List<SteamLibrary> parse(String vdf) throws IOException {
		List<KeyValues> top = KeyValues.parse(vdf);
		KeyValues root = top.stream().filter(k -> k.key().equalsIgnoreCase("libraryfolders")).findFirst()
				.orElseThrow(() -> new IOException("no \"libraryfolders\" block"));
		List<SteamLibrary> libraries = new ArrayList<>();
		for (KeyValues entry : root.children()) {
			if (!entry.key().matches("\\d+")) {
				continue; // e.g. "contentstatsid"
			}
			if (entry.value().isPresent()) {
				libraries.add(new SteamLibrary(entry.value().get(), Set.of()));
			} else {
				entry.string("path").ifPresent(path -> libraries.add(new SteamLibrary(path,
						entry.child("apps").map(apps -> apps.children().stream().map(KeyValues::key)
								.collect(Collectors.toSet())).orElse(Set.of()))));
			}
		}
		return libraries;
	}
}
