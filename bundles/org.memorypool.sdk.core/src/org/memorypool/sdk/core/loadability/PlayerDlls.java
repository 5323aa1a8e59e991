// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.loadability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which DLLs a player's machine has, and where each comes from: the data file {@value #RESOURCE} beside this class,
 * which names its sources. Names are compared as Windows compares them, without regard to case.
 */
public final class PlayerDlls {

	static final String RESOURCE = "player-dlls.txt";

	/** Where a DLL comes from on a player's machine. */
	public enum Source {
		/** Every Windows the game runs on. */
		WINDOWS,
		/** Windows 8 and later only. */
		WINDOWS_8,
		/** Windows 8.1 and later only. */
		WINDOWS_8_1,
		/** Windows 10 and later only (older ones with an update). */
		WINDOWS_10,
		/** The DirectX runtime that the game's installers run. */
		GAME_RUNTIME,
		/** A file in the game folder that every player with NVSE has. */
		GAME_FOLDER,
		/** A Visual C++ runtime: a separate package some players have. */
		REDISTRIBUTABLE,
		/** MinGW-w64 GCC's runtime: only on developers' machines. */
		MINGW,
		/** Nothing the SDK knows installs it. */
		UNKNOWN
	}

	/**
	 * What the data file says of one DLL.
	 *
	 * @param detail for {@link Source#MINGW} the linker flag that links it statically, for {@link Source#REDISTRIBUTABLE}
	 *               and {@link Source#GAME_FOLDER} what installs it; otherwise empty
	 */
	public record Entry(Source source, String detail) {
	}

	private static final Entry UNKNOWN = new Entry(Source.UNKNOWN, "");
	private static PlayerDlls standard;

	private final Map<String, Entry> byName;
	private final List<Map.Entry<String, Entry>> byPrefix;

	private PlayerDlls(Map<String, Entry> byName, List<Map.Entry<String, Entry>> byPrefix) {
		this.byName = byName;
		this.byPrefix = byPrefix;
	}

	/** The list that ships with the SDK. */
	public static synchronized PlayerDlls standard() {
		if (standard == null) {
			try (InputStream in = PlayerDlls.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException(RESOURCE + " is missing from the SDK's core bundle");
				}
				standard = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + RESOURCE + " from the SDK's core bundle", e);
			}
		}
		return standard;
	}

	/** Reads the format of {@value #RESOURCE}: {@code [section]} lines, then one name (and a detail after a tab) a line. */
	static PlayerDlls parse(BufferedReader reader) throws IOException {
		Map<String, Entry> byName = new HashMap<>();
		List<Map.Entry<String, Entry>> byPrefix = new ArrayList<>();
		Source section = null;
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			String text = line.strip();
			if (text.isEmpty() || text.startsWith("#")) {
				continue;
			}
			if (text.startsWith("[") && text.endsWith("]")) {
				section = section(text.substring(1, text.length() - 1), number);
				continue;
			}
			if (section == null) {
				throw new IllegalStateException(RESOURCE + ":" + number + ": a name before the first [section]");
			}
			int tab = text.indexOf('\t');
			String name = (tab < 0 ? text : text.substring(0, tab)).strip().toLowerCase(Locale.ROOT);
			Entry entry = new Entry(section, tab < 0 ? "" : text.substring(tab + 1).strip());
			if (name.endsWith("*")) {
				byPrefix.add(Map.entry(name.substring(0, name.length() - 1), entry));
			} else if (byName.put(name, entry) != null) {
				throw new IllegalStateException(RESOURCE + ":" + number + ": " + name + " is listed twice");
			}
		}
		return new PlayerDlls(Map.copyOf(byName), List.copyOf(byPrefix));
	}

	private static Source section(String name, int number) {
		return switch (name) {
		case "windows" -> Source.WINDOWS;
		case "windows-8" -> Source.WINDOWS_8;
		case "windows-8.1" -> Source.WINDOWS_8_1;
		case "windows-10" -> Source.WINDOWS_10;
		case "game" -> Source.GAME_RUNTIME;
		case "game-folder" -> Source.GAME_FOLDER;
		case "redistributable" -> Source.REDISTRIBUTABLE;
		case "mingw" -> Source.MINGW;
		default -> throw new IllegalStateException(RESOURCE + ":" + number + ": unknown section [" + name + "]");
		};
	}

	/** Where {@code dll} (a name from an import table, any case) comes from; {@link Source#UNKNOWN} when not listed. */
	public Entry lookUp(String dll) {
		String name = dll.toLowerCase(Locale.ROOT);
		Entry entry = byName.get(name);
		if (entry != null) {
			return entry;
		}
		for (Map.Entry<String, Entry> prefix : byPrefix) {
			if (name.startsWith(prefix.getKey())) {
				return prefix.getValue();
			}
		}
		return UNKNOWN;
	}
}
