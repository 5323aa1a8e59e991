// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

/**
 * A number a crash log gives on a line that names a module of interest: an address in the process, or an offset from
 * the module's base (an RVA), as {@code GenPlain.dll+0x1537} or Wine's {@code in genplain (+0x1537)} give it. A line
 * has as many as it has numbers (a crash logger's call-trace row gives the frame pointer too); which are code of the
 * module is decided against its image ({@link Symbolizer}).
 *
 * @param module   the module of interest the line names, as the caller gave it; for the line of Wine's "Unhandled
 *                 exception", which names none, empty
 * @param value    the address, or the offset when {@code offset}
 * @param offset   whether {@code value} counts from the module's base
 * @param faulting whether the log gives it as where the exception happened (Wine's {@code =>} frame, its
 *                 "Unhandled exception" line, the first row of a crash logger's call trace) rather than as a return
 *                 address, which follows the call it returns from
 * @param line     the log's line, from 1
 */
public record CrashAddress(String module, long value, boolean offset, boolean faulting, int line) {
}
