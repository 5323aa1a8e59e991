// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile project files cost at most a small multiple of their size, measured as the bytes the reading thread
 * allocates (a bound on what it can keep; not a timing). Each read is done once first, so class loading is not counted.
 */
class CprojectReaderCostTest {

	/** Every byte the reader allocates, kept or not, against the file's size. */
	private static final int MAX_ALLOCATION_PER_BYTE = 16;

	@TempDir
	Path dir;

	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

	/** Writes {@code cproject} beside the reference's .project and returns the bytes reading it allocated. */
	private long allocationOfReading(String cproject) throws Exception {
		Path project = TestProjects.copy("reference", dir.resolve("p"));
		Files.writeString(project.resolve(".cproject"), cproject);
		assertThrows(CdtProjectException.class, () -> CprojectReader.read(project));
		long before = allocatedBytes();
		CdtProjectException e = assertThrows(CdtProjectException.class, () -> CprojectReader.read(project));
		long allocated = allocatedBytes() - before;
		assertTrue(e.getMessage().contains("no build configurations") || e.getMessage().contains("not well-formed"),
				e.getMessage());
		return allocated;
	}

	private void assertSmallMultipleOfItsSize(String cproject) throws Exception {
		long allocated = allocationOfReading(cproject);
		assertTrue(allocated < (long) MAX_ALLOCATION_PER_BYTE * cproject.length(),
				cproject.length() + " bytes allocated " + allocated);
	}

	/** The JDK's DOM allocated about 22 times such a file. */
	@Test
	@Timeout(60)
	void aFileOfNothingButEmptyElementsCostsASmallMultipleOfItsSize() throws Exception {
		assertSmallMultipleOfItsSize("<cproject>" + "<a/>".repeat(1_000_000) + "</cproject>");
	}

	@Test
	@Timeout(60)
	void attributesCostASmallMultipleOfTheirSize() throws Exception {
		assertSmallMultipleOfItsSize("<cproject>" + "<a b=\"\" c=\"\" d=\"\"/>".repeat(200_000) + "</cproject>");
	}

	/** Text split by a comment every few bytes is appended, not copied again for every piece. */
	@Test
	@Timeout(60)
	void textSplitByCommentsCostsASmallMultipleOfItsSize() throws Exception {
		assertSmallMultipleOfItsSize("<cproject><a>" + "x<!---->".repeat(400_000) + "</a></cproject>");
	}

	@Test
	void theReaderKeepsTheTextOfAnElementThatCommentsSplit() throws Exception {
		Path project = TestProjects.copy("reference", dir.resolve("q"));
		String dotProject = Files.readString(project.resolve(".project"));
		Files.writeString(project.resolve(".project"),
				dotProject.replaceFirst("<name>[^<]*</name>", "<name> sample<!-- a comment -->-dll &amp; co </name>"));
		assertEquals("sample-dll & co", CprojectReader.read(project).name());
	}

	/** The trial's damaged file: bytes that are not UTF-8 make a malformed file, not one that "cannot be read". */
	@Test
	void bytesThatAreNotUtf8AreMalformedXmlInOneLine() throws Exception {
		Path project = TestProjects.copy("reference", dir.resolve("u"));
		byte[] cproject = Files.readAllBytes(project.resolve(".cproject"));
		String text = new String(cproject, java.nio.charset.StandardCharsets.ISO_8859_1).replace("name=\"Debug\"",
				"name=\"De\u00ff\u00fe\u0080bug\"");
		Files.write(project.resolve(".cproject"), text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		CdtProjectException e = assertThrows(CdtProjectException.class, () -> CprojectReader.read(project));
		assertTrue(e.getMessage().contains(": not well-formed XML (bytes that are not valid in the file's encoding"),
				e.getMessage());
		assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("permissions"), e.getMessage());
	}

	@Test
	void aDoctypeIsRefusedWithTheLineItIsOn() throws Exception {
		Path project = TestProjects.copy("reference", dir.resolve("d"));
		String cproject = Files.readString(project.resolve(".cproject"));
		Files.writeString(project.resolve(".cproject"), cproject.replaceFirst("<cproject",
				"<!DOCTYPE cproject [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<cproject"));
		CdtProjectException e = assertThrows(CdtProjectException.class, () -> CprojectReader.read(project));
		assertTrue(e.getMessage().contains("not well-formed XML (a DOCTYPE, which Eclipse never writes)"), e.getMessage());
	}
}
