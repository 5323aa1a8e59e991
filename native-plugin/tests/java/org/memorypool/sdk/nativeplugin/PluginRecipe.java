// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.nativeplugin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a plugin author builds one DLL: the compiler, the flags, the source and .def files (their text, so that a
 * {@link org.memorypool.sdk.core.loadability.Fix} can edit them as the author would), the third-party DLLs it links
 * against, and the output file name. {@link #build()} builds it for real with MinGW-w64 (or the host gcc) into
 * target/loadability-matrix/builds/&lt;hash&gt;/, once: the folder is named by a hash of everything that goes into the
 * build, so an unchanged recipe is never built twice, not even across test runs.
 *
 * @param compiler        the compiler command, e.g. {@code i686-w64-mingw32-g++}
 * @param flags           the author's compiler and linker flags, in order; the SDK's include folder is added in front
 * @param files           file name to text: every source, .def and library source the build writes into its folder
 * @param inputs          what follows the flags on the command line: sources, .def files, {@code -l} options
 * @param libraries       third-party DLLs the plugin links against, each built from its own source first
 * @param output          the artifact's file name, e.g. {@code MatrixPlugin.dll}
 * @param msvcDelayImports after linking, register the delay-load descriptors in the PE delay-import directory as
 *                        Microsoft's linker does; GNU ld 2.40 leaves that directory empty (see {@link #build()})
 */
record PluginRecipe(String compiler, List<String> flags, Map<String, String> files, List<String> inputs,
		List<Library> libraries, String output, boolean msvcDelayImports) {

	/** The variants' sources: native-plugin/tests/matrix/. */
	static final Path SOURCES = NativePlugin.DIR.resolve("tests/matrix");
	static final Path BUILDS = NativePlugin.TARGET.resolve("loadability-matrix/builds");
	/** nvse_plugin.h, the header the SDK ships to plugin projects; every variant includes it. */
	static final Path INCLUDE = NativePlugin.DIR.resolve("include");
	static final String I686_GCC = "i686-w64-mingw32-gcc";
	private static final String DLLTOOL = "i686-w64-mingw32-dlltool";
	private static final String NM = "i686-w64-mingw32-nm";
	private static final Duration COMPILE_TIMEOUT = Duration.ofMinutes(3);
	private static final String DONE = "recipe-built.txt";
	/** One build per folder at a time: the test's pool builds ahead while the tests build what they need. */
	private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

	/**
	 * A third-party DLL the plugin uses.
	 *
	 * @param dll      its file name, e.g. {@code ThirdParty.dll}
	 * @param source   its C source, a key of {@link PluginRecipe#files()}
	 * @param delayDef for a delay-loaded DLL, the .def file dlltool makes the delay-load import library from
	 */
	record Library(String dll, String source, Optional<String> delayDef) {
	}

	/** What a build left: the artifact, and the third-party DLLs built for it (by file name). */
	record Built(Path artifact, Map<String, Path> libraryDlls) {
	}

	PluginRecipe {
		flags = List.copyOf(flags);
		files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
		inputs = List.copyOf(inputs);
		libraries = List.copyOf(libraries);
	}

	/**
	 * A recipe whose inputs are read from tests/matrix/ where such a file exists; other inputs (such as
	 * {@code -ld3dx9_38}) go on the command line as they are.
	 */
	static PluginRecipe of(String compiler, String output, String flags, String... inputs) {
		Map<String, String> files = new LinkedHashMap<>();
		for (String input : inputs) {
			if (!input.startsWith("-")) {
				files.put(input, read(input));
			}
		}
		return new PluginRecipe(compiler, flags.isBlank() ? List.of() : List.of(flags.strip().split("\\s+")), files,
				List.of(inputs), List.of(), output, false);
	}

	/** The same recipe linking against {@code dll}, built from {@code source} (and delay-loaded through {@code delayDef}). */
	PluginRecipe withLibrary(String dll, String source, Optional<String> delayDef) {
		Map<String, String> newFiles = new LinkedHashMap<>(files);
		newFiles.put(source, read(source));
		delayDef.ifPresent(def -> newFiles.put(def, read(def)));
		List<Library> newLibraries = new ArrayList<>(libraries);
		newLibraries.add(new Library(dll, source, delayDef));
		return new PluginRecipe(compiler, flags, newFiles, inputs, newLibraries, output, msvcDelayImports);
	}

	PluginRecipe withCompiler(String newCompiler) {
		return new PluginRecipe(newCompiler, flags, files, inputs, libraries, output, msvcDelayImports);
	}

	PluginRecipe withFlags(List<String> newFlags) {
		return new PluginRecipe(compiler, newFlags, files, inputs, libraries, output, msvcDelayImports);
	}

	PluginRecipe withFiles(Map<String, String> newFiles) {
		return new PluginRecipe(compiler, flags, newFiles, inputs, libraries, output, msvcDelayImports);
	}

	PluginRecipe withInputs(List<String> newInputs) {
		return new PluginRecipe(compiler, flags, files, newInputs, libraries, output, msvcDelayImports);
	}

	PluginRecipe withLibraries(List<Library> newLibraries) {
		return new PluginRecipe(compiler, flags, files, inputs, newLibraries, output, msvcDelayImports);
	}

	PluginRecipe withOutput(String newOutput) {
		return new PluginRecipe(compiler, flags, files, inputs, libraries, newOutput, msvcDelayImports);
	}

	PluginRecipe withMsvcDelayImports(boolean register) {
		return new PluginRecipe(compiler, flags, files, inputs, libraries, output, register);
	}

	/** The C and C++ sources among the inputs, in command-line order. */
	List<String> sources() {
		return inputs.stream().filter(PluginRecipe::isSource).toList();
	}

	static boolean isSource(String file) {
		return file.endsWith(".c") || file.endsWith(".cpp");
	}

	/** The compile command as the author would type it, for messages. */
	String commandLine() {
		List<String> command = new ArrayList<>(List.of(compiler));
		command.addAll(flags);
		command.addAll(List.of("-o", output));
		command.addAll(inputs);
		for (Library library : libraries) {
			command.add(libraryInput(library));
		}
		return String.join(" ", command);
	}

	/**
	 * Builds the recipe unless a previous build of exactly this recipe is there. Every command runs in the build
	 * folder; the compiler's output goes to build.log beside the artifact, and a failed command fails the test.
	 * GCC's warnings do not: the variants are built the way authors build them, warnings included.
	 */
	Built build() throws IOException, InterruptedException {
		Path folder = BUILDS.resolve(slug(output) + "-" + hash());
		synchronized (LOCKS.computeIfAbsent(folder, f -> new Object())) {
			if (!Files.exists(folder.resolve(DONE))) {
				GameFolder.emptied(folder);
				for (Map.Entry<String, String> file : files.entrySet()) {
					Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
				}
				StringBuilder commands = new StringBuilder();
				for (Library library : libraries) {
					commands.append(run(folder, List.of(I686_GCC, "-O2", "-shared", "-static-libgcc", "-o", library.dll(),
							library.source())));
					if (library.delayDef().isPresent()) {
						commands.append(run(folder, List.of(DLLTOOL, "--input-def", library.delayDef().get(),
								"--output-delaylib", libraryInput(library), "--dllname", library.dll())));
					}
				}
				List<String> command = new ArrayList<>(List.of(compiler, "-I" + INCLUDE));
				command.addAll(flags);
				command.addAll(List.of("-o", output));
				command.addAll(inputs);
				libraries.forEach(library -> command.add(libraryInput(library)));
				commands.append(run(folder, command));
				if (msvcDelayImports) {
					registerDelayImportDirectory(folder.resolve(output));
				}
				Files.writeString(folder.resolve(DONE), commands);
			}
		}
		Map<String, Path> dlls = new LinkedHashMap<>();
		libraries.forEach(library -> dlls.put(library.dll(), folder.resolve(library.dll())));
		return new Built(folder.resolve(output), dlls);
	}

	/** The DLL itself (GNU ld links against DLLs directly), or the delay-load import library dlltool makes. */
	private static String libraryInput(Library library) {
		if (library.delayDef().isEmpty()) {
			return library.dll();
		}
		String base = library.dll().replaceFirst("(?i)\\.dll$", "");
		return "lib" + base.toLowerCase(Locale.ROOT) + "-delay.a";
	}

	private static String run(Path folder, List<String> command) throws IOException, InterruptedException {
		List<String> resolved = new ArrayList<>(command);
		resolved.set(0, NativeTools.require(command.get(0)));
		Command.Result result = Command.run(resolved, folder, env -> {
		}, COMPILE_TIMEOUT, folder.resolve("build.log"));
		assertTrue(result.succeeded(), () -> "building in " + folder + " failed: " + result.describe());
		return String.join(" ", command) + "\n" + result.output();
	}

	/**
	 * GNU ld 2.40 links dlltool's delay-load descriptors (ImgDelayDescr, delayimp.h) into the image but leaves the PE
	 * delay-import directory (data directory 13) empty, so no PE tool sees them; Microsoft's linker (/DELAYLOAD) and
	 * newer binutils register them there. This writes what Microsoft's linker writes: a copy of each descriptor and a
	 * zero descriptor that ends the table, placed in the unused end of the .data section, and the directory entry
	 * pointing at them. The delay-load helper itself never reads the directory, so the DLL loads and behaves as before.
	 */
	private static void registerDelayImportDirectory(Path dll) throws IOException, InterruptedException {
		Path folder = dll.getParent();
		Command.Result symbols = Command.run(List.of(NativeTools.require(NM), dll.getFileName().toString()), folder,
				env -> {
				}, COMPILE_TIMEOUT, folder.resolve("nm.txt"));
		assertTrue(symbols.succeeded(), symbols::describe);
		List<Long> descriptors = new ArrayList<>();
		Matcher symbol = Pattern.compile("(?m)^([0-9a-f]{8}) T __DELAY_IMPORT_DESCRIPTOR_\\S+$").matcher(symbols.output());
		while (symbol.find()) {
			descriptors.add(Long.parseLong(symbol.group(1), 16));
		}
		assertTrue(!descriptors.isEmpty(), () -> dll + " has no __DELAY_IMPORT_DESCRIPTOR_ symbol:\n" + symbols.output());

		ByteBuffer image = ByteBuffer.wrap(Files.readAllBytes(dll)).order(ByteOrder.LITTLE_ENDIAN);
		int pe = image.getInt(0x3C);
		int sectionCount = image.getShort(pe + 6) & 0xFFFF;
		int optionalHeader = pe + 24;
		assertTrue((image.getShort(optionalHeader) & 0xFFFF) == 0x10B, dll + " is not PE32");
		long imageBase = image.getInt(optionalHeader + 28) & 0xFFFFFFFFL;
		int sectionTable = optionalHeader + (image.getShort(pe + 20) & 0xFFFF);
		int data = -1;
		for (int i = 0; i < sectionCount; i++) {
			int header = sectionTable + 40 * i;
			if (new String(image.array(), header, 8, StandardCharsets.ISO_8859_1).startsWith(".data\0")) {
				data = header;
			}
		}
		assertTrue(data >= 0, dll + " has no .data section");
		int virtualSize = image.getInt(data + 8);
		int virtualAddress = image.getInt(data + 12);
		int rawSize = image.getInt(data + 16);
		int rawPointer = image.getInt(data + 20);
		int start = (virtualSize + 3) & ~3;
		int tableSize = 32 * (descriptors.size() + 1);
		assertTrue(start + tableSize <= rawSize, dll + ": no room for the delay-import table in .data");
		for (int i = 0; i < descriptors.size(); i++) {
			int from = fileOffset(image, sectionTable, sectionCount, (int) (descriptors.get(i) - imageBase));
			System.arraycopy(image.array(), from, image.array(), rawPointer + start + 32 * i, 32);
		}
		Arrays.fill(image.array(), rawPointer + start + 32 * descriptors.size(), rawPointer + start + tableSize,
				(byte) 0);
		image.putInt(data + 8, start + tableSize);
		int delayImportDirectory = optionalHeader + 96 + 8 * 13;
		image.putInt(delayImportDirectory, virtualAddress + start);
		image.putInt(delayImportDirectory + 4, tableSize);
		Files.write(dll, image.array());
	}

	private static int fileOffset(ByteBuffer image, int sectionTable, int sectionCount, int rva) {
		for (int i = 0; i < sectionCount; i++) {
			int header = sectionTable + 40 * i;
			int va = image.getInt(header + 12);
			if (rva >= va && rva < va + image.getInt(header + 16)) {
				return image.getInt(header + 20) + rva - va;
			}
		}
		throw new AssertionError("RVA 0x" + Integer.toHexString(rva) + " is in no section's raw data");
	}

	/** Everything that decides the artifact: the recipe and the header every variant includes. */
	private String hash() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(toString().getBytes(StandardCharsets.UTF_8));
			digest.update(Files.readAllBytes(INCLUDE.resolve("nvse_plugin.h")));
			return HexFormat.of().formatHex(digest.digest(), 0, 6);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String slug(String text) {
		String slug = text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.length() > 60 ? slug.substring(0, 60) : slug;
	}

	private static String read(String file) {
		try {
			return Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the variant source " + SOURCES.resolve(file), e);
		}
	}
}
