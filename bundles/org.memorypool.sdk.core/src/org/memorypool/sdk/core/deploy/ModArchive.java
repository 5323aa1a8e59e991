// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.memorypool.sdk.core.TerminalText;
import org.memorypool.sdk.core.loadability.Finding;
import org.memorypool.sdk.core.loadability.Loadability;
import org.memorypool.sdk.core.loadability.LoadabilityCheck;
import org.memorypool.sdk.core.loadability.Verdict;
import org.memorypool.sdk.core.pe.PeFormatException;
import org.memorypool.sdk.core.pe.PeReader;
import org.memorypool.sdk.core.pe.PeVersion;

/**
 * The zip an author gives players: {@code NVSE/Plugins/<Name>.dll} at the archive's root, as NVSE plugins ship (Mod
 * Organizer 2 and Vortex install such an archive as it is; by hand it is unpacked into the game's {@code Data} folder),
 * and {@code <Name>-README.txt} beside {@code NVSE/} saying how to install it and what it needs. The MemoryPool runtime
 * is never inside: players install it once, as its own mod, for every plugin that uses it.
 */
public final class ModArchive {

	/** Where NVSE loads plugins from, relative to the game's {@code Data} folder (the archive's root). */
	public static final String PLUGINS_FOLDER = "NVSE/Plugins/";

	private ModArchive() {
	}

	/** The archive's file name, e.g. {@code MyPlugin-1.2.0.zip}; the revision only when it is not 0. */
	public static String fileName(String modName, Optional<PeVersion> version) {
		return modName + version.map(v -> "-" + versionText(v)).orElse("") + ".zip";
	}

	/** The entries in the order written: the plugin, then the readme. */
	public static List<String> entryNames(String modName) {
		return List.of(PLUGINS_FOLDER + modName + ".dll", modName + "-README.txt");
	}

	/**
	 * Writes the archive into {@code outputDir} through a temporary file there, so that a failure leaves no half-written
	 * zip and an earlier archive of the same name stays until the new one is whole.
	 *
	 * @param plugin         the built plugin's bytes, already checked loadable
	 * @param time           when it was built: the entries' time
	 * @param modName        the plugin's file name without {@code .dll}, e.g. {@code MyPlugin}
	 * @param version        its version resource's file version, if it has one
	 * @param usesMemoryPool whether the readme names the MemoryPool runtime as a requirement
	 * @return the archive written
	 * @throws IOException when the archive cannot be written
	 */
	public static Path write(byte[] plugin, FileTime time, String modName, Optional<PeVersion> version,
			boolean usesMemoryPool, Path outputDir) throws IOException {
		Files.createDirectories(outputDir);
		Path archive = outputDir.resolve(fileName(modName, version));
		// Not createTempFile: its file is private to the user (0600), and the archive is for sharing.
		Path partial = outputDir.resolve("." + modName + "-" + Long.toHexString(System.nanoTime()) + ".zip.part");
		try {
			try (OutputStream file = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					ZipOutputStream zip = new ZipOutputStream(file)) {
				List<String> names = entryNames(modName);
				put(zip, names.get(0), plugin, time);
				put(zip, names.get(1), readme(modName, version, usesMemoryPool).getBytes(StandardCharsets.UTF_8), time);
			}
			Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
		return archive;
	}

	/**
	 * Packages a built plugin: checks it as the game would (only a loadable NVSE plugin is packaged), names the archive
	 * by its version resource and writes it ({@link #write}). What {@code ./sdk package} and the IDE's export do after
	 * their build.
	 *
	 * @param warnings told what does not stop the packaging, e.g. a DLL without a version resource, one line each
	 * @return the archive written
	 * @throws DeployException with one line when the DLL is not a loadable NVSE plugin or a file cannot be read or written
	 */
	public static Path pack(Path dll, boolean usesMemoryPool, Path outputDir, Consumer<String> warnings) throws DeployException {
		String fileName = TerminalText.escape(dll.getFileName().toString());
		String modName = modName(dll);
		byte[] plugin;
		Optional<PeVersion> version;
		FileTime built;
		try {
			Loadability loadability = LoadabilityCheck.forPlayers().check(dll);
			List<Finding> errors = loadability.errors();
			if (!errors.isEmpty() || loadability.verdict() != Verdict.NVSE_PLUGIN) {
				throw new DeployException(errors.isEmpty() ? loadability.fileName() + " is " + loadability.verdict().description()
						: loadability.fileName() + " " + errors.get(0).line());
			}
			plugin = PeReader.load(dll);
			built = Files.getLastModifiedTime(dll);
			version = loadability.fileVersion();
		} catch (IOException | PeFormatException e) {
			throw new DeployException(TerminalText.escape(dll.toString()) + " cannot be read (" + e.getMessage() + ")", e);
		}
		if (version.isEmpty()) {
			warnings.accept(fileName + " has no version resource, so the archive's name carries no version: add"
					+ " src/version.rc and its pre-build step as ./sdk new makes them");
		}
		try {
			return write(plugin, built, modName, version, usesMemoryPool, outputDir);
		} catch (IOException e) {
			throw new DeployException("the archive cannot be written into " + TerminalText.escape(outputDir.toString()) + " ("
					+ e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
		}
	}

	/** The line that says what {@link #pack} wrote, for the console. */
	public static String describeWritten(Path archive, Path dll, boolean usesMemoryPool) {
		String modName = modName(dll);
		return "Wrote " + TerminalText.escape(archive.toString()) + " (" + String.join(", ", entryNames(modName))
				+ (usesMemoryPool ? "; the MemoryPool runtime is a requirement named in the readme, not inside)" : ")");
	}

	/** The plugin's file name without {@code .dll}: the mod's and the archive's name. */
	private static String modName(Path dll) {
		return dll.getFileName().toString().replaceFirst("(?i)\\.dll$", "");
	}

	/** What players read: what the plugin is, how to install it, and what it needs. Windows line ends (Notepad). */
	static String readme(String modName, Optional<PeVersion> version, boolean usesMemoryPool) {
		StringBuilder text = new StringBuilder();
		text.append(modName).append(version.map(v -> " " + versionText(v)).orElse(""))
				.append(" - an NVSE plugin for Fallout: New Vegas\n\n");
		text.append("Requires:\n- xNVSE (https://github.com/xNVSE/NVSE/releases)\n");
		if (usesMemoryPool) {
			// MemoryPoolClient falls back to the CRT's heap: the plugin loads without the runtime, only without its gains.
			text.append("- the MemoryPool runtime (MemoryPoolNVSE.dll and jemalloc.dll in Data/NVSE/Plugins), installed\n"
					+ "  separately as its own mod (without it the plugin still loads and takes its memory from the\n"
					+ "  C runtime's heap)\n");
		}
		text.append("\nInstall:\n- Mod Organizer 2 or Vortex: install this archive as a mod.\n"
				+ "- By hand: unpack it into the game's Data folder, so that " + PLUGINS_FOLDER + modName
				+ ".dll\n  ends up in Data/" + PLUGINS_FOLDER + "\n");
		return text.toString().replace("\n", "\r\n");
	}

	private static void put(ZipOutputStream zip, String name, byte[] content, FileTime time) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setLastModifiedTime(time);
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}

	private static String versionText(PeVersion version) {
		String text = version.major() + "." + version.minor() + "." + version.build();
		return version.revision() == 0 ? text : text + "." + version.revision();
	}
}
