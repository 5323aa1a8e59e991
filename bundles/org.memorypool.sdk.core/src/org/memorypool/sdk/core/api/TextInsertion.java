package org.memorypool.sdk.core.api;

/** Text to insert at an offset of a document. */
public record TextInsertion(int offset, String text) {
}
