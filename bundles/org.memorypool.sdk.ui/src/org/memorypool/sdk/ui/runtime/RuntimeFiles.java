// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

/** The files of the MemoryPool runtime the SDK ships, in the installed org.memorypool.sdk.runtime bundle. */
public final class RuntimeFiles {

	public static final String BUNDLE = "org.memorypool.sdk.runtime";

	private RuntimeFiles() {
	}

	public static Path header() {
		return file("runtime/include/MemoryPool.h");
	}

	public static Path nvseHeader() {
		return file("runtime/include/nvse_plugin.h");
	}

	public static Path plugin() {
		return file("runtime/win32/x86/MemoryPoolNVSE.dll");
	}

	public static Path jemalloc() {
		return file("runtime/win32/x86/jemalloc.dll");
	}

	private static Path file(String path) {
		Bundle bundle = Platform.getBundle(BUNDLE);
		if (bundle == null) {
			throw new IllegalStateException(NLS.bind(Messages.RuntimeFiles_notInstalled, BUNDLE));
		}
		URL entry = bundle.getEntry(path);
		if (entry == null) {
			throw new IllegalStateException(NLS.bind(Messages.RuntimeFiles_missingFile, BUNDLE, path));
		}
		try {
			return Path.of(FileLocator.toFileURL(entry).toURI());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
