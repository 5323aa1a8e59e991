// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.memorypool.sdk.core.TerminalText;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The Epic Games Store's install manifests: one JSON file per installed game, {@code <Manifests>/<guid>.item}, whose
 * top-level {@code CatalogItemId}, {@code AppName}, {@code DisplayName} and {@code InstallLocation} name the game and
 * its folder (the launcher's folder is {@code AppDataPath} under
 * {@code HKLM\SOFTWARE\WOW6432Node\Epic Games\EpicGamesLauncher}, by default {@code %ProgramData%\Epic\EpicGamesLauncher\Data}).
 * Read with Gson's streaming reader, strictly; each file up to 4 MB, at most 1000 files.
 */
final class EpicManifests {

	/** The Epic Games Store's catalog item of Fallout: New Vegas (as Wabbajack's game registry lists it). */
	static final String CATALOG_ITEM_ID = "dabb52e328834da7bbe99691e374cb84";
	private static final long MAX_SIZE = 4L * 1024 * 1024;
	private static final int MAX_FILES = 1000;

	private EpicManifests() {
	}

	/**
	 * The install folders of the manifests that name Fallout: New Vegas (by its catalog item, or a display name with
	 * "New Vegas"); a file that cannot be read as a manifest is skipped with a note.
	 */
	static List<Path> gameFolders(Path manifests, List<String> notes) {
		List<Path> folders = new ArrayList<>();
		if (!Files.isDirectory(manifests)) {
			return folders;
		}
		int files = 0;
		try (DirectoryStream<Path> items = Files.newDirectoryStream(manifests, "*.item")) {
			for (Path item : items) {
				if (++files > MAX_FILES) {
					notes.add(manifests + " holds more than " + MAX_FILES + " manifests: the rest were not read");
					break;
				}
				try {
					Map<String, String> values = topLevelStrings(item);
					String display = values.getOrDefault("DisplayName", "");
					boolean newVegas = CATALOG_ITEM_ID.equals(values.get("CatalogItemId"))
							|| CATALOG_ITEM_ID.equals(values.get("AppName"))
							|| display.toLowerCase(Locale.ROOT).contains("new vegas");
					String location = values.getOrDefault("InstallLocation", "");
					if (newVegas) {
						path(item, location).ifPresentOrElse(folders::add, () -> notes.add(item + " names the install folder \""
								+ TerminalText.escape(location) + "\", which is not a folder name here: skipped"));
					}
				} catch (IOException | RuntimeException e) {
					// Gson reports malformed JSON as MalformedJsonException (an IOException) or IllegalStateException.
					notes.add(item + " is not a manifest the Epic Games launcher writes ("
							+ TerminalText.escapeLine(String.valueOf(e.getMessage())) + "): skipped");
				}
			}
		} catch (IOException e) {
			notes.add(manifests + " cannot be listed (" + TerminalText.escapeLine(String.valueOf(e.getMessage()))
					+ "): skipped");
		}
		return folders;
	}

	private static Optional<Path> path(Path item, String location) {
		if (location.isBlank() || location.chars().anyMatch(c -> c < 0x20)) {
			return Optional.empty();
		}
		try {
			return Optional.of(item.getFileSystem().getPath(location.strip()));
		} catch (java.nio.file.InvalidPathException e) {
			return Optional.empty();
		}
	}

	/** The manifest's top-level members whose values are strings; other values are skipped, nested ones too. */
	static Map<String, String> topLevelStrings(Path item) throws IOException {
		if (!Files.isRegularFile(item) || Files.size(item) > MAX_SIZE) {
			throw new IOException("not a file of at most 4 MB");
		}
		Map<String, String> values = new HashMap<>();
		String text = new String(Files.readAllBytes(item), StandardCharsets.UTF_8);
		// A byte order mark, which some editors add, is not JSON.
		try (JsonReader json = new JsonReader(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
			json.setStrictness(Strictness.STRICT);
			json.beginObject();
			while (json.hasNext()) {
				String name = json.nextName();
				if (json.peek() == JsonToken.STRING) {
					values.putIfAbsent(name, json.nextString());
				} else {
					json.skipValue();
				}
			}
			json.endObject();
		}
		return values;
	}
}
