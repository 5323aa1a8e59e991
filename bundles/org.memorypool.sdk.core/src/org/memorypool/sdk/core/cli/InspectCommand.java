package org.memorypool.sdk.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.memorypool.sdk.core.pe.PeFormatException;
import org.memorypool.sdk.core.pe.PeImage;
import org.memorypool.sdk.core.pe.PeReader;

/** {@code ./sdk inspect <file.dll>}: what a DLL is built for, what it exports and what it imports. */
final class InspectCommand implements Command {

	@Override
	public String name() {
		return "inspect";
	}

	@Override
	public String usage() {
		return "inspect <file.dll>";
	}

	@Override
	public String summary() {
		return "print a DLL's machine, exports and imports, and whether the game can load it";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws UsageException {
		if (args.size() != 1) {
			throw new UsageException("inspect takes one file");
		}
		Path file = Path.of(args.get(0));
		PeImage image;
		try {
			image = PeReader.read(file);
		} catch (PeFormatException e) {
			out.println(e.getMessage());
			return 1;
		} catch (NoSuchFileException e) {
			out.println(file + ": no such file");
			return 1;
		} catch (IOException e) {
			out.println("Cannot read " + file + ": " + e.getMessage());
			return 1;
		}
		out.println(file);
		out.println("  format:  " + image.formatName());
		out.println("  machine: " + image.machineName());
		list(out, "exports", image.exports());
		list(out, "imports", image.imports());
		if (!image.isPe32I386()) {
			out.println("warning: Fallout: New Vegas is a 32-bit game and loads only PE32 i386 DLLs: build with the i686-w64-mingw32- toolchain");
		}
		List<String> missing = image.importsMissingOnPlayersMachines();
		if (!missing.isEmpty()) {
			out.println("warning: imports " + String.join(", ", missing)
					+ ", which players do not have: link with -static-libgcc -static-libstdc++");
		}
		return 0;
	}

	private static void list(PrintStream out, String title, List<String> names) {
		out.println("  " + title + ": " + names.size());
		names.forEach(n -> out.println("    " + n));
	}
}
