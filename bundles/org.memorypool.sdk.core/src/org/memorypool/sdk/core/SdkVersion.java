// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.jar.Manifest;

/** The SDK's version: the core bundle's {@code Bundle-Version}, so there is one place to change it. */
public final class SdkVersion {

	private SdkVersion() {
	}

	/** The version, e.g. {@code 0.1.0.202611251200}. */
	public static String current() {
		try (InputStream in = SdkVersion.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
			if (in == null) {
				throw new IllegalStateException("The core bundle has no META-INF/MANIFEST.MF");
			}
			String version = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
			if (version == null) {
				throw new IllegalStateException("The core bundle's manifest has no Bundle-Version");
			}
			return version;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
