// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.game;

import java.util.Optional;

/** Reads string values of the Windows registry; tests and other systems use a stand-in. */
public interface RegistryReader {

	/** A registry without values, for systems that have none. */
	RegistryReader NONE = (key, name) -> Optional.empty();

	/**
	 * @param key  the full key, e.g. {@code HKLM\SOFTWARE\WOW6432Node\Bethesda Softworks\FalloutNV}
	 * @param name the value's name, e.g. {@code Installed Path}
	 * @return the value, empty when the key or the value does not exist or cannot be read
	 */
	Optional<String> read(String key, String name);
}
