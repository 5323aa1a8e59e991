// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.api;

/** Text to insert at an offset of a document. */
public record TextInsertion(int offset, String text) {
}
