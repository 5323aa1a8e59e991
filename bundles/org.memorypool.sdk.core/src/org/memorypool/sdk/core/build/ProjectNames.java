// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The name an Eclipse {@code .project} gives its project ({@code /projectDescription/name}), read with a streaming
 * parser that stops there: other projects' files are input the SDK does not control.
 */
final class ProjectNames {

	/** .project files are small; a larger one is not looked into. */
	private static final long MAX_SIZE = 1024 * 1024;
	private static final int MAX_EVENTS = 1000;

	private ProjectNames() {
	}

	/** The project's name, or empty when the file is missing, too large, malformed or names no project. */
	static Optional<String> read(Path dotProject) {
		try {
			if (!Files.isRegularFile(dotProject) || Files.size(dotProject) > MAX_SIZE) {
				return Optional.empty();
			}
		} catch (IOException e) {
			return Optional.empty();
		}
		try (InputStream in = Files.newInputStream(dotProject)) {
			XMLInputFactory factory = XMLInputFactory.newFactory();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			try {
				int depth = 0;
				// Eclipse writes <name> first: a file that has not named its project within this many events has no name
				// worth its cost (the build reads every sibling's .project, and a sibling is input too).
				for (int events = 0; reader.hasNext() && events < MAX_EVENTS; events++) {
					int event = reader.next();
					if (event == XMLStreamReader.START_ELEMENT) {
						depth++;
						if (depth == 2 && reader.getLocalName().equals("name")) {
							String name = reader.getElementText().strip();
							return name.isEmpty() ? Optional.empty() : Optional.of(name);
						}
					} else if (event == XMLStreamReader.END_ELEMENT) {
						depth--;
					}
				}
				return Optional.empty();
			} finally {
				reader.close();
			}
		} catch (IOException | XMLStreamException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
