// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.pe;

/**
 * The bytes at the address of an exported function, as {@link PeReader#exportedCode} finds them.
 *
 * @param bytes      the file-backed bytes from the export's address on, at most as many as asked for; may be empty
 * @param executable whether the section holding them may be executed (IMAGE_SCN_MEM_EXECUTE or IMAGE_SCN_CNT_CODE):
 *                   false for data exported under a function's name
 */
public record PeCode(byte[] bytes, boolean executable) {
}
