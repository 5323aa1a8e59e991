// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a crash log's addresses in the modules of interest into functions and source lines.
 * <p>
 * An address counts when it is code of the module: an offset inside one of its code sections, or an address that
 * lies in the module where the log says it was loaded (or, when the log does not say, where the DLL wants to be
 * loaded, its ImageBase, which is where Windows puts a plugin when nothing else is there) and so is at such an offset.
 * Every other number on the lines (frame pointers, instruction bytes, times) falls outside and is dropped. A return
 * address is looked up one byte before, in the call instruction, so that the line is the call's.
 */
public final class Symbolizer {

	/**
	 * What the log says of the modules of interest.
	 *
	 * @param addresses each distinct address (by module and offset) in the order the log first gives it
	 * @param warnings  the log's module is not the size of the DLL's image (another build of it crashed), and the like
	 */
	public record Result(List<SymbolizedAddress> addresses, List<String> warnings) {
		public Result {
			addresses = List.copyOf(addresses);
			warnings = List.copyOf(warnings);
		}
	}

	private Symbolizer() {
	}

	/**
	 * @param images     the modules of interest, one DLL each
	 * @param debugInfo  where the functions and lines come from
	 * @throws IOException as {@link DebugInfo#locate}
	 */
	public static Result symbolize(CrashLog log, List<ModuleImage> images, DebugInfo debugInfo) throws IOException {
		List<String> warnings = new ArrayList<>();
		for (ModuleImage image : images) {
			for (LoadedModule loaded : log.modules()) {
				long size = loaded.end() - loaded.base();
				if (same(loaded.module(), image.module()) && size != image.mapping().sizeOfImage()) {
					warnings.add(String.format(Locale.ROOT, "line %d: the crashed %s took 0x%X bytes in memory, %s takes"
							+ " 0x%X: it is another build of it, so the lines below may be wrong (symbolize with the build"
							+ " that crashed)", loaded.line(), image.module(), size, image.dll(), image.mapping().sizeOfImage()));
				}
			}
		}
		if (log.truncated()) {
			warnings.add("the log is longer than this reads (" + CrashLogScanner.MAX_BYTES / (1024 * 1024) + " MB, "
					+ CrashLogScanner.MAX_ADDRESSES + " numbers): only its start was looked at");
		}
		// Keyed by image and RVA: Wine gives the crash's address on three lines, a crash logger a frame in two lists.
		Map<String, SymbolizedAddress> found = new LinkedHashMap<>();
		for (CrashAddress address : log.addresses()) {
			for (ModuleImage image : images) {
				if (!address.module().isEmpty() && !same(address.module(), image.module())) {
					continue;
				}
				long rva = rva(address, image, log);
				if (rva < 0) {
					continue;
				}
				String key = image.dll() + "@" + rva;
				SymbolizedAddress known = found.get(key);
				if (known == null || address.faulting() && !known.faulting()) {
					found.put(key, new SymbolizedAddress(image, rva, address.faulting(),
							known == null ? address.line() : known.line(), List.of()));
				}
			}
		}
		List<SymbolizedAddress> result = new ArrayList<>();
		for (ModuleImage image : images) {
			List<SymbolizedAddress> ofImage = found.values().stream().filter(a -> a.image().equals(image)).toList();
			if (ofImage.isEmpty()) {
				continue;
			}
			List<Long> lookUp = ofImage.stream()
					.map(a -> image.mapping().imageBase() + a.rva() - (a.faulting() ? 0 : 1)).toList();
			List<List<SourceLocation>> locations = debugInfo.locate(image.dll(), lookUp);
			for (int i = 0; i < ofImage.size(); i++) {
				SymbolizedAddress a = ofImage.get(i);
				result.add(new SymbolizedAddress(image, a.rva(), a.faulting(), a.line(), locations.get(i)));
			}
		}
		result.sort(java.util.Comparator.comparingInt(SymbolizedAddress::line));
		return new Result(result, warnings);
	}

	/** The address's offset in the image when it is code of it, else -1. */
	private static long rva(CrashAddress address, ModuleImage image, CrashLog log) {
		if (address.offset()) {
			return image.mapping().isCode(address.value()) ? address.value() : -1;
		}
		boolean placed = false;
		for (LoadedModule loaded : log.modules()) {
			if (same(loaded.module(), image.module())) {
				placed = true;
				if (loaded.contains(address.value()) && image.mapping().isCode(address.value() - loaded.base())) {
					return address.value() - loaded.base();
				}
			}
		}
		if (placed || address.module().isEmpty()) {
			return -1;
		}
		long rva = address.value() - image.mapping().imageBase();
		return rva >= 0 && rva < image.mapping().sizeOfImage() && image.mapping().isCode(rva) ? rva : -1;
	}

	private static boolean same(String a, String b) {
		return a.equalsIgnoreCase(b);
	}
}
