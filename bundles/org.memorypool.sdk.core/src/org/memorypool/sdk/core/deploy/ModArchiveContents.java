// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.memorypool.sdk.core.TerminalText;

/**
 * The files of a mod archive (.zip), unpacked into a staging folder and named as they go into the game's {@code Data}
 * folder (or a Mod Organizer 2 mod): what {@code ./sdk package} writes, and what players download. The archive is
 * input the SDK does not control: it is read within fixed bounds, and refused whole when a name would land outside
 * the folder it is unpacked into or could not exist on Windows.
 *
 * <p>As Mod Organizer 2 does, an archive whose root holds a single folder (a {@code Data} folder, or one named after
 * the mod) with {@code NVSE} inside it is unpacked from that folder.
 *
 * @param files    each file's path below the data root, with {@code /} between names, e.g. {@code NVSE/Plugins/A.dll},
 *                 mapped to where it was unpacked in the staging folder
 * @param stripped the single top folder the names were taken from, or empty
 */
public record ModArchiveContents(Map<String, Path> files, String stripped) {

	/** More entries than any plugin mod has; a mod with its textures and meshes has a few thousand. */
	public static final int MAX_ENTRIES = 16_384;
	/** The most unpacked bytes over all files (a zip bomb stops here, not at the disk's end). */
	public static final long MAX_TOTAL_BYTES = 2L << 30;

	/** A name below the Data folder: Windows' MAX_PATH (260) less a short game folder's {@code C:\\Games\\FNV\\Data\\}. */
	static final int MAX_NAME_LENGTH = 240;

	private static final Pattern NOT_ON_WINDOWS = Pattern.compile("[<>:\"|?*\\x00-\\x1f]|[. ]$");
	/** Windows' device names, reserved with any extension (and the superscript digits Windows counts as digits). */
	private static final Pattern DEVICE_NAME = Pattern.compile("(?i)(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|(COM|LPT)[0-9\u00b9\u00b2\u00b3])");

	/** The plugin DLLs: files directly in {@code NVSE/Plugins/}, in any case. */
	public List<String> pluginDlls() {
		return files.keySet().stream().filter(n -> n.toLowerCase(Locale.ROOT).matches("nvse/plugins/[^/]+\\.dll")).sorted().toList();
	}

	/**
	 * Unpacks {@code archive} into {@code staging} (an empty folder the caller deletes afterwards).
	 *
	 * @throws DeployException with one line for the user when the archive cannot be read, is larger than the bounds,
	 *                         holds a name that is unsafe or impossible on Windows, or has no {@code NVSE} folder
	 */
	public static ModArchiveContents unpack(Path archive, Path staging) throws DeployException {
		String shown = TerminalText.escape(archive.getFileName().toString());
		if (!archive.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
			throw new DeployException(shown + " is not a .zip archive: unpack it with its own tool (7-Zip for .7z and .rar)"
					+ " and zip the Data folder's contents, or install it with your mod manager");
		}
		try {
			return unpack(archive, staging, StandardCharsets.UTF_8, shown);
		} catch (ZipException e) {
			// Names written without zip's UTF-8 flag by old tools are in the DOS code page.
			try {
				return unpack(archive, staging, Charset.forName("IBM437"), shown);
			} catch (ZipException again) {
				throw new DeployException(shown + " is not a zip archive that can be read (" + again.getMessage()
						+ "): download or package it again");
			} catch (IOException again) {
				throw new DeployException(shown + " cannot be read (" + again.getMessage() + ")", again);
			}
		} catch (IOException e) {
			throw new DeployException(shown + " cannot be read (" + e.getMessage() + ")", e);
		}
	}

	private static ModArchiveContents unpack(Path archive, Path staging, Charset names, String shown)
			throws IOException, DeployException {
		try (ZipFile zip = new ZipFile(archive.toFile(), names)) {
			if (zip.size() > MAX_ENTRIES) {
				throw new DeployException(shown + " holds " + zip.size() + " entries, more than the " + MAX_ENTRIES
						+ " a plugin mod has: install it with your mod manager");
			}
			List<ZipEntry> entries = new ArrayList<>();
			List<String> checkedNames = new ArrayList<>();
			Map<String, String> byLowerCase = new HashMap<>();
			for (ZipEntry entry : Collections.list(zip.entries())) {
				String name = checkedName(entry.getName(), shown);
				if (name.isEmpty()) {
					continue;
				}
				String earlier = byLowerCase.put(name.toLowerCase(Locale.ROOT), name);
				if (earlier != null && !entry.isDirectory()) {
					throw new DeployException(shown + " holds both " + TerminalText.escape(earlier) + " and "
							+ TerminalText.escape(name) + ", which are one file on Windows: package it again");
				}
				if (!entry.isDirectory()) {
					entries.add(entry);
					checkedNames.add(name);
				}
			}
			long declared = entries.stream().mapToLong(e -> Math.max(0, e.getSize())).sum();
			if (declared > MAX_TOTAL_BYTES) {
				throw tooLarge(shown);
			}
			List<String> fileNames = sameFolderSpelling(checkedNames);
			Set<String> folders = new java.util.HashSet<>();
			for (String name : fileNames) {
				for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
					folders.add(name.substring(0, slash).toLowerCase(Locale.ROOT));
				}
			}
			for (String name : fileNames) {
				if (folders.contains(name.toLowerCase(Locale.ROOT))) {
					throw new DeployException(shown + " holds " + TerminalText.escape(name) + " both as a file and as a folder"
							+ " of other files: package it again");
				}
			}
			String top = dataRoot(fileNames, shown);
			Map<String, Path> files = new TreeMap<>();
			long total = 0;
			int index = 0;
			for (int i = 0; i < entries.size(); i++) {
				ZipEntry entry = entries.get(i);
				String name = fileNames.get(i).substring(top.isEmpty() ? 0 : top.length() + 1);
				// Its own name, so that the checks' messages name the file the player gets.
				Path staged = Files.createDirectories(staging.resolve(String.format("%05d", index++)))
						.resolve(name.substring(name.lastIndexOf('/') + 1));
				try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(staged)) {
					total += copyChecked(in, out, MAX_TOTAL_BYTES - total, entry, shown);
				}
				files.put(name, staged);
			}
			return new ModArchiveContents(Collections.unmodifiableMap(files), top);
		}
	}

	/** The folder of the names that is the game's Data folder: the root, or its single top folder. */
	private static String dataRoot(List<String> names, String shown) throws DeployException {
		if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith("nvse/"))) {
			return "";
		}
		List<String> tops = names.stream().filter(n -> n.contains("/")).map(n -> n.substring(0, n.indexOf('/'))).distinct().toList();
		if (tops.size() == 1 && names.stream().allMatch(n -> n.startsWith(tops.get(0) + "/"))
				&& names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith(tops.get(0).toLowerCase(Locale.ROOT) + "/nvse/"))) {
			return tops.get(0);
		}
		throw new DeployException(shown + " has no NVSE folder at its root (nor in a single top folder), so it is not an"
				+ " NVSE plugin mod laid out as the game's Data folder: package it with ./sdk package");
	}

	/** The entry's name with {@code /} separators and no {@code .} or empty parts; empty for the root itself. */
	private static String checkedName(String raw, String shown) throws DeployException {
		String name = raw.replace('\\', '/');
		if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
			throw unsafe(shown, raw, "is an absolute path");
		}
		List<String> parts = new ArrayList<>();
		for (String part : name.split("/")) {
			if (part.isEmpty() || part.equals(".")) {
				continue;
			}
			if (part.equals("..")) {
				throw unsafe(shown, raw, "climbs out of the folder it is unpacked into");
			}
			if (!windowsCanHold(part)) {
				throw unsafe(shown, raw, "is not a name Windows can hold");
			}
			parts.add(part);
		}
		String joined = String.join("/", parts);
		if (joined.length() > MAX_NAME_LENGTH) {
			throw unsafe(shown, raw.length() > 80 ? raw.substring(0, 80) + "..." : raw, "is longer than Windows' paths allow");
		}
		return joined;
	}

	/**
	 * Whether Windows can hold {@code part} as a file or folder name: none of its forbidden characters, no trailing dot
	 * or space, not a device name (whatever follows the first dot, spaces before it ignored), at most 255 characters.
	 */
	public static boolean windowsCanHold(String part) {
		int dot = part.indexOf('.');
		String base = (dot < 0 ? part : part.substring(0, dot)).stripTrailing();
		return !part.isEmpty() && !part.equals(".") && !part.equals("..") && part.length() <= 255
				&& !NOT_ON_WINDOWS.matcher(part).find() && !DEVICE_NAME.matcher(base).matches();
	}

	/**
	 * The names with each folder spelled as its first name in the archive spells it: Windows sees {@code NVSE/Plugins}
	 * and {@code nvse/plugins} as one folder, a case-sensitive disk would make two.
	 */
	private static List<String> sameFolderSpelling(List<String> names) {
		Map<String, String> spelling = new HashMap<>();
		List<String> result = new ArrayList<>(names.size());
		for (String name : names) {
			StringBuilder canonical = new StringBuilder();
			int start = 0;
			for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
				String folder = canonical + name.substring(start, slash);
				String known = spelling.computeIfAbsent(folder.toLowerCase(Locale.ROOT), k -> folder);
				canonical.setLength(0);
				canonical.append(known).append('/');
				start = slash + 1;
			}
			result.add(canonical + name.substring(start));
		}
		return result;
	}


	private static DeployException unsafe(String shown, String raw, String why) {
		return new DeployException(shown + " holds the entry " + TerminalText.escape(raw) + ", which " + why
				+ ": nothing was installed; do not install this archive");
	}

	/** Copies an entry, at most {@code limit} bytes, and checks its size and CRC-32 against what the archive says. */
	private static long copyChecked(InputStream in, OutputStream out, long limit, ZipEntry entry, String shown)
			throws IOException, DeployException {
		byte[] buffer = new byte[64 * 1024];
		CRC32 crc = new CRC32();
		long copied = 0;
		for (int n; (n = in.read(buffer)) > 0;) {
			copied += n;
			if (copied > limit) {
				throw tooLarge(shown);
			}
			crc.update(buffer, 0, n);
			out.write(buffer, 0, n);
		}
		if (entry.getSize() >= 0 && entry.getSize() != copied || entry.getCrc() >= 0 && entry.getCrc() != crc.getValue()) {
			throw new DeployException(shown + " is damaged (" + TerminalText.escape(entry.getName()) + " fails its checksum):"
					+ " download it again, or package it again");
		}
		return copied;
	}

	private static DeployException tooLarge(String shown) {
		return new DeployException(shown + " unpacks to more than " + (MAX_TOTAL_BYTES >> 30) + " GiB, more than a plugin"
				+ " mod holds: it is damaged or not a plugin mod");
	}
}
