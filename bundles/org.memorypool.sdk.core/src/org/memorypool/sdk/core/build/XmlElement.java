// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of an Eclipse project file ({@code .project}, {@code .cproject}) as the SDK keeps it: its name, its
 * attributes, its child elements and its own text, stripped. Read with a streaming parser into a tree far smaller than
 * the JDK's DOM (which allocates about 22 times a file of empty elements; this tree about 11 times): project files are
 * input the SDK does not control.
 */
final class XmlElement {

	private static final String[] NO_ATTRIBUTES = {};

	private final String tagName;
	/** Names and values, alternating. */
	private final String[] attributes;
	private List<XmlElement> children = List.of();
	private String text = "";

	private XmlElement(String tagName, String[] attributes) {
		this.tagName = tagName;
		this.attributes = attributes;
	}

	/** Why a file could not be read as a tree: the line (0 when unknown) and the parser's words. */
	static final class MalformedException extends Exception {
		private static final long serialVersionUID = 1L;
		final int line;

		MalformedException(int line, String message, Throwable cause) {
			super(message, cause);
			this.line = line;
		}
	}

	/**
	 * Reads a whole document and returns its root element.
	 *
	 * @param maxDepth the deepest nesting accepted, the root being depth 1: the limit is the reader's own, whatever the
	 *        JDK's default (JDK 21 has none)
	 * @throws MalformedException when the document is not well-formed, has a DOCTYPE or an entity reference (Eclipse
	 *         writes neither; refusing them keeps external entities out), or nests deeper than {@code maxDepth}
	 * @throws IOException when {@code in} cannot be read
	 */
	static XmlElement read(InputStream in, int maxDepth) throws MalformedException, IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		XMLStreamReader reader = null;
		try {
			reader = factory.createXMLStreamReader(in);
			List<XmlElement> open = new ArrayList<>();
			// The text of each open element, one builder a level: appending is linear however often comments split it.
			List<StringBuilder> texts = new ArrayList<>();
			XmlElement root = null;
			while (reader.hasNext()) {
				switch (reader.next()) {
				case XMLStreamConstants.START_ELEMENT -> {
					if (open.size() == maxDepth) {
						throw malformed(reader, "elements nest deeper than " + maxDepth + " levels", null);
					}
					XmlElement element = new XmlElement(reader.getLocalName(), attributes(reader));
					if (open.isEmpty()) {
						root = element;
					} else {
						open.get(open.size() - 1).add(element);
					}
					open.add(element);
					if (texts.size() < open.size()) {
						texts.add(new StringBuilder());
					}
				}
				case XMLStreamConstants.END_ELEMENT -> {
					StringBuilder text = texts.get(open.size() - 1);
					if (!text.isEmpty()) {
						open.get(open.size() - 1).text = text.toString().strip();
						text.setLength(0);
					}
					open.remove(open.size() - 1);
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
					if (!open.isEmpty()) {
						texts.get(open.size() - 1).append(reader.getTextCharacters(), reader.getTextStart(),
								reader.getTextLength());
					}
				}
				case XMLStreamConstants.DTD -> throw malformed(reader, "a DOCTYPE, which Eclipse never writes", null);
				case XMLStreamConstants.ENTITY_REFERENCE -> throw malformed(reader,
						"the entity reference &" + reader.getLocalName() + ";, which Eclipse never writes", null);
				default -> {
					// Comments, processing instructions, the document's start and end.
				}
				}
			}
			if (root == null) {
				throw malformed(reader, "no root element", null);
			}
			return root;
		} catch (XMLStreamException e) {
			Throwable cause = e.getNestedException();
			if (cause instanceof CharConversionException) {
				// Bytes that are not UTF-8 (or the declared encoding): a damaged file, not one that cannot be read.
				Location location = e.getLocation();
				throw new MalformedException(location == null ? 0 : location.getLineNumber(),
						"bytes that are not valid in the file's encoding: " + cause.getMessage(), e);
			}
			if (cause instanceof IOException io) {
				throw io;
			}
			Location location = e.getLocation();
			String message = e.getMessage();
			// The JDK's message starts with "ParseError at [row,col]:[6,3]\nMessage: ".
			int start = message == null ? -1 : message.indexOf("Message: ");
			throw new MalformedException(location == null ? 0 : location.getLineNumber(),
					message == null ? e.toString() : start < 0 ? message : message.substring(start + 9), e);
		} finally {
			if (reader != null) {
				try {
					reader.close();
				} catch (XMLStreamException e) {
					// Nothing was being written.
				}
			}
		}
	}

	private static MalformedException malformed(XMLStreamReader reader, String message, Throwable cause) {
		Location location = reader.getLocation();
		return new MalformedException(location == null ? 0 : location.getLineNumber(), message, cause);
	}

	private static String[] attributes(XMLStreamReader reader) {
		int count = reader.getAttributeCount();
		if (count == 0) {
			return NO_ATTRIBUTES;
		}
		String[] result = new String[2 * count];
		for (int i = 0; i < count; i++) {
			result[2 * i] = reader.getAttributeLocalName(i);
			result[2 * i + 1] = reader.getAttributeValue(i);
		}
		return result;
	}

	private void add(XmlElement child) {
		if (children.isEmpty()) {
			children = new ArrayList<>(4);
		}
		children.add(child);
	}

	/** The element's name, without a namespace prefix (Eclipse's files use none). */
	String tagName() {
		return tagName;
	}

	/** The attribute's value, or "" when the element has no such attribute (as the DOM's {@code getAttribute}). */
	String attribute(String name) {
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i].equals(name)) {
				return attributes[i + 1];
			}
		}
		return "";
	}

	boolean hasAttribute(String name) {
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i].equals(name)) {
				return true;
			}
		}
		return false;
	}

	/** The element's own text, stripped; "" when it has none. */
	String text() {
		return text;
	}

	/** The child elements named {@code tagName} (every child when null), in document order. */
	List<XmlElement> children(String tagName) {
		if (tagName == null) {
			return children;
		}
		List<XmlElement> result = new ArrayList<>();
		for (XmlElement child : children) {
			if (child.tagName.equals(tagName)) {
				result.add(child);
			}
		}
		return result;
	}
}
