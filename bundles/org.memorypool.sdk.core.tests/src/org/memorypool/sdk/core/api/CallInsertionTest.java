// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class CallInsertionTest {

	private static final ApiFunction MALLOC = new ApiFunction("MemoryPoolMalloc", "void*",
			List.of(new ApiParameter("size_t", "size", "")), "", "", "", "", "1.0.0", 1);

	private static String insert(String document, int caret) {
		return CallInsertion.apply(document, CallInsertion.of(document, caret, MALLOC));
	}

	@Test
	void addsTheIncludeAfterTheLastInclude() {
		String doc = "#include <windows.h>\n#include \"nvse_plugin.h\"\n\nvoid f() {\n    void* p = ;\n}\n";
		assertEquals("#include <windows.h>\n#include \"nvse_plugin.h\"\n#include \"MemoryPool.h\"\n\nvoid f() {\n    void* p = MemoryPoolMalloc(size);\n}\n",
				insert(doc, doc.indexOf(";")));
	}

	@Test
	void keepsAnExistingIncludeWhateverItsSpelling() {
		for (String include : List.of("#include \"MemoryPool.h\"", "#include <MemoryPool.h>", "  #  include \"include/MemoryPool.h\"")) {
			String doc = include + "\nint x = ;\n";
			assertEquals(include + "\nint x = MemoryPoolMalloc(size);\n", insert(doc, doc.indexOf(";")));
		}
	}

	@Test
	void withoutIncludesItGoesAfterPragmaOnceOrAtTheTop() {
		assertEquals("#pragma once\n#include \"MemoryPool.h\"\nMemoryPoolMalloc(size)", insert("#pragma once\n", 13));
		assertEquals("#include \"MemoryPool.h\"\nMemoryPoolMalloc(size)", insert("", 0));
	}

	@Test
	void keepsWindowsLineEndings() {
		String doc = "#include <windows.h>\r\nint x = ;\r\n";
		assertEquals("#include <windows.h>\r\n#include \"MemoryPool.h\"\r\nint x = MemoryPoolMalloc(size);\r\n", insert(doc, doc.indexOf(";")));
	}

	@Test
	void aCaretOutsideTheDocumentIsAProgrammingError() {
		assertThrows(IllegalArgumentException.class, () -> CallInsertion.of("abc", 4, MALLOC));
	}
}
