// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.memorypool.sdk.core.HostOs;

/**
 * Finds a toolchain's C++ compiler ({@code <prefix>g++}) where the build looks for it, the toolchain path then
 * {@code PATH}, and asks it for its version and target. On Windows it also looks in MSYS2's 32-bit MinGW folder,
 * where the compiler usually is, to tell the user to point the toolchain path there.
 */
public final class ToolchainDetector {

	static final String MINGW32 = "i686-w64-mingw32-";
	static final String MINGW64 = "x86_64-w64-mingw32-";
	private static final String HOW_TO_INSTALL_MINGW32 = "'sudo apt-get install g++-mingw-w64-i686'"
			+ " (on Windows: MSYS2's 'pacman -S mingw-w64-i686-gcc')";
	private static final String SET_PATH = "set the toolchain path in the project's C/C++ Build > Settings > Cross Settings";

	/** A folder the compiler may be in, and how a message names it. */
	private record Folder(Path path, String source, boolean searchedByBuild) {
	}

	private final Map<String, String> environment;
	private final HostOs os;
	private final CompilerProbe probe;

	/** A detector for this machine's {@code PATH} and compilers. */
	public ToolchainDetector() {
		this(System.getenv(), HostOs.current(), new ProcessCompilerProbe());
	}

	ToolchainDetector(Map<String, String> environment, HostOs os, CompilerProbe probe) {
		this.environment = Map.copyOf(environment);
		this.os = os;
		this.probe = probe;
	}

	public ToolchainCheck check(Toolchain toolchain) {
		String name = toolchain.command("g++");
		List<Folder> folders = folders(toolchain.path());
		List<String> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		Optional<Folder> folder = locate(name, folders);
		if (folder.isEmpty()) {
			errors.add(name + " is not installed: it is not " + where(folders) + ". "
					+ (name.startsWith(MINGW32) ? "Install it with " + HOW_TO_INSTALL_MINGW32
							: "Install the compiler that provides it")
					+ ", or " + SET_PATH);
			if (!name.startsWith(MINGW64)) {
				locate(MINGW64 + "g++", folders).ifPresent(other -> warnings.add("only " + MINGW64 + "g++ is installed ("
						+ other.path().resolve(os.executable(MINGW64 + "g++")) + "): it makes 64-bit DLLs, which the"
						+ " 32-bit game cannot load; install the 32-bit one with " + HOW_TO_INSTALL_MINGW32));
			}
			return new ToolchainCheck(Optional.empty(), errors, warnings);
		}
		Path executable = folder.get().path().resolve(os.executable(name));
		FoundCompiler compiler;
		try {
			compiler = new FoundCompiler(executable, firstLine(executable, "--version"), firstLine(executable, "-dumpmachine"),
					folder.get().source());
		} catch (IOException e) {
			errors.add(executable + " does not run (" + e.getMessage() + "): reinstall it");
			return new ToolchainCheck(Optional.empty(), errors, warnings);
		}
		if (!folder.get().searchedByBuild()) {
			errors.add(name + " is in " + folder.get().path() + ", which is not on PATH: " + SET_PATH + " to that folder");
		}
		if (!compiler.targets32BitWindows()) {
			warnings.add(executable + " makes code for " + compiler.target() + ", but the game loads only 32-bit Windows"
					+ " DLLs: use the " + MINGW32 + " toolchain; install it with " + HOW_TO_INSTALL_MINGW32);
		}
		return new ToolchainCheck(Optional.of(compiler), errors, warnings);
	}

	/**
	 * Another tool of the toolchain, e.g. {@code addr2line} for {@code i686-w64-mingw32-addr2line}: where the compiler
	 * is looked for (the toolchain path, {@code PATH}, on Windows MSYS2's MinGW folder).
	 */
	public Optional<Path> findTool(Toolchain toolchain, String tool) {
		String name = toolchain.command(tool);
		return locate(name, folders(toolchain.path())).map(f -> f.path().resolve(os.executable(name)));
	}

	/** The toolchain path first, as the build puts it in front of {@code PATH}. */
	private List<Folder> folders(String toolchainPath) {
		List<Folder> folders = new ArrayList<>();
		if (!toolchainPath.isEmpty()) {
			path(toolchainPath).ifPresent(p -> folders.add(new Folder(p, "the toolchain path " + p, true)));
		}
		for (String entry : os.variable(environment, "PATH").orElse("").split(os.pathSeparator())) {
			if (!entry.isEmpty()) {
				path(entry).ifPresent(p -> folders.add(new Folder(p, "PATH", true)));
			}
		}
		if (os == HostOs.WINDOWS) {
			String drive = os.variable(environment, "SystemDrive").filter(d -> !d.isBlank()).orElse("C:");
			path(drive + "/msys64/mingw32/bin")
					.ifPresent(p -> folders.add(new Folder(p, "MSYS2's 32-bit MinGW folder " + p, false)));
		}
		return folders;
	}

	private Optional<Folder> locate(String name, List<Folder> folders) {
		String file = os.executable(name);
		return folders.stream().filter(f -> Files.isRegularFile(f.path().resolve(file)) && Files.isExecutable(f.path().resolve(file)))
				.findFirst();
	}

	/** E.g. {@code on PATH nor in the toolchain path /opt/mingw/bin}. */
	private static String where(List<Folder> folders) {
		List<String> places = new ArrayList<>(List.of("on PATH"));
		folders.stream().filter(f -> !f.source().equals("PATH")).forEach(f -> places.add("in " + f.source()));
		return String.join(" nor ", places);
	}

	private String firstLine(Path executable, String option) throws IOException {
		return probe.ask(executable, option).stream().filter(l -> !l.isBlank()).findFirst()
				.orElseThrow(() -> new IOException("'" + executable.getFileName() + " " + option + "' printed nothing"));
	}

	private static Optional<Path> path(String text) {
		try {
			return Optional.of(Path.of(text));
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}
}
