// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ApiHeaderParserTest {

	private static final Path HEADER = Path.of(System.getProperty("memorypool.header"));

	private static ApiModel parse(String text) throws ApiParseException {
		return ApiHeaderParser.parse(text, "test.h");
	}

	private static ApiParseException error(String text) {
		return assertThrows(ApiParseException.class, () -> parse(text));
	}

	/**
	 * A megabyte of doc comments (the trial's header that hung ./sdk api: every comment's line was counted from the file's
	 * start) parses in one pass; the timeout only guards against a hang, it is no speed target.
	 */
	@Test
	@org.junit.jupiter.api.Timeout(30)
	void manyDocCommentsCostOnePassAndLinesStayRight() throws Exception {
		// Each doc comment's line is taken as it is read, before the unclosed comment at the end is found.
		ApiParseException e = error("/** */\n".repeat(150_000) + "/* never closed\n");
		assertTrue(e.getMessage().contains(":150001:"), e.getMessage());
	}

	/** The second trial's header: every statement looked through every doc comment (45,000 of them took 22 s). */
	@Test
	@org.junit.jupiter.api.Timeout(30)
	void manyDocumentedDeclarationsCostOnePass() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 100_000; i++) {
			text.append("/** d */\nMEMORYPOOL_API void* MEMORYPOOL_CALL F").append(i).append("(size_t n);\n");
		}
		assertEquals(100_000, parse("#include <stddef.h>\n" + text).functions().size());
	}

	@Test
	void aPipeOrDeviceIsNoHeader(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		java.io.IOException e = assertThrows(java.io.IOException.class, () -> ApiHeaderParser.parse(Path.of("/dev/zero")));
		assertTrue(e.getMessage().contains("is not a file (a folder, a device or a pipe)"), e.getMessage());
	}

	@Test
	void theRealHeaderDeclaresEveryExportOfTheDefFile() throws Exception {
		ApiModel model = ApiHeaderParser.parse(HEADER);
		// The .def file lists what the DLL exports; every MemoryPool export must be in the header, and only those.
		String def = Files.readString(HEADER.resolveSibling("../MemoryPoolNVSE.def").normalize());
		List<String> exported = def.lines().map(String::strip).filter(l -> l.matches("\\w+")).filter(l -> !l.startsWith("NVSEPlugin_"))
				.filter(l -> !l.equals("EXPORTS")).sorted().toList();
		assertEquals(exported, model.functions().stream().map(ApiFunction::name).sorted().toList());
	}

	@Test
	void theRealHeaderDocumentsEveryFunctionCompletely() throws Exception {
		for (ApiFunction f : ApiHeaderParser.parse(HEADER).functions()) {
			assertTrue(!f.summary().isEmpty() && !f.returns().isEmpty() && !f.ownership().isEmpty() && !f.threadSafety().isEmpty(),
					f.name() + " lacks documentation: " + f);
			assertTrue(f.since().matches("\\d+\\.\\d+\\.\\d+"), f.name() + " @since " + f.since());
			f.parameters().forEach(p -> assertTrue(!p.doc().isEmpty(), f.name() + " parameter " + p.name() + " is undocumented"));
		}
	}

	@Test
	void theRealHeaderGivesSignaturesAsWritten() throws Exception {
		String text = Files.readString(HEADER);
		ApiModel model = ApiHeaderParser.parse(text, "MemoryPool.h");
		// Each declaration line, with the decoration macros dropped, is the signature the parser reports.
		Matcher m = Pattern.compile("(?m)^MEMORYPOOL_API (.+?) ?MEMORYPOOL_CALL (\\w+)\\((.*)\\);$").matcher(text);
		int count = 0;
		while (m.find()) {
			ApiFunction f = model.function(m.group(2)).orElseThrow();
			assertEquals(m.group(1) + " " + m.group(2) + "(" + m.group(3) + ")", f.signature());
			assertEquals(text.substring(0, m.start()).lines().count() + 1, f.line(), f.name());
			count++;
		}
		assertEquals(model.functions().size(), count);
	}

	@Test
	void readsTagsParametersAndContinuationLines() throws Exception {
		ApiModel model = parse("""
				#ifndef T_H
				#define T_H
				#define API __declspec(dllimport)
				#define CALL __stdcall
				/* A plain comment, ignored. */
				typedef struct Thing { int a; } Thing;
				#ifdef __cplusplus
				extern "C" {
				#endif
				/**
				 * Makes a thing
				 * in two lines.
				 * @param count How many;
				 *   more about count.
				 * @param name The name.
				 * @return A new thing,
				 * or NULL.
				 * @ownership Caller frees it.
				 * @threadsafety Any thread.
				 * @since 1.2.3
				 */
				API const char * CALL MakeThing(unsigned int count, const char* name);
				// undocumented, still listed
				int __cdecl Plain(void);
				void Callback(void (*fn)(int), int values[4], ...);
				#ifdef __cplusplus
				}
				#endif
				#endif
				""");
		assertEquals(List.of("MakeThing", "Plain", "Callback"), model.functions().stream().map(ApiFunction::name).toList());
		ApiFunction make = model.functions().get(0);
		assertEquals("const char* MakeThing(unsigned int count, const char* name)", make.signature());
		assertEquals("Makes a thing in two lines.", make.summary());
		assertEquals(new ApiParameter("unsigned int", "count", "How many; more about count."), make.parameters().get(0));
		assertEquals("The name.", make.parameters().get(1).doc());
		assertEquals("A new thing, or NULL.", make.returns());
		assertEquals("Caller frees it.", make.ownership());
		assertEquals("Any thread.", make.threadSafety());
		assertEquals("1.2.3", make.since());
		assertEquals(22, make.line());
		assertEquals("MakeThing(count, name)", make.callTemplate());
		assertEquals("int Plain(void)", model.functions().get(1).signature());
		assertEquals("", model.functions().get(1).summary());
		ApiFunction callback = model.functions().get(2);
		assertEquals(List.of("fn", "values", ""), callback.parameters().stream().map(ApiParameter::name).toList());
		assertEquals("int*", callback.parameters().get(1).type());
	}

	@Test
	void anEmptyHeaderDeclaresNoFunctions() {
		assertEquals("test.h: declares no functions: is this MemoryPool.h?", error("").getMessage());
		assertEquals("test.h: declares no functions: is this MemoryPool.h?", error("#pragma once\n/* nothing */\n").getMessage());
	}

	@Test
	void anUnclosedCommentIsReportedWhereItOpens() {
		ApiParseException e = error("int a(void);\n/** never\n closed\n");
		assertEquals("test.h:2: this comment is never closed with */", e.getMessage());
		assertEquals(2, e.line());
	}

	@Test
	void anUnclosedParenthesisIsReportedWhereItOpens() {
		assertEquals("test.h:2: this '(' is never closed", error("int a(void);\nint b(int x;\n").getMessage());
	}

	@Test
	void aMissingSemicolonIsReported() {
		assertEquals("test.h:1: the last declaration does not end with ';'", error("int a(void)\n").getMessage());
	}

	@Test
	void aDocCommentOnSomethingElseIsReported() {
		assertEquals("test.h:1: a /** comment must document a function declaration, but what follows it is not one (use /* for other comments)",
				error("/** A type. */\ntypedef int T;\nint a(void);\n").getMessage());
		assertEquals("test.h:2: this /** comment is not followed by a function declaration",
				error("int a(void);\n/** dangling */\n").getMessage());
	}

	@Test
	void unknownTagsAndUnknownParametersAreReported() {
		assertEquals("test.h:3: unknown tag @deprecated in the comment of a (known: @param, @return, @ownership, @threadsafety, @since)",
				error("/**\n * Does a.\n * @deprecated never\n */\nint a(void);\n").getMessage());
		assertEquals("test.h:2: @param y names no parameter of a", error("/** Does a.\n * @param y why\n */\nint a(int x);\n").getMessage());
	}

	@Test
	void commentMarkersInsideStringsAreNotComments() throws Exception {
		ApiModel model = parse("#define S \"/* not a comment\"\nconst char* Name(void);\nextern \"C\" int b(void);\n");
		assertEquals(List.of("Name", "b"), model.functions().stream().map(ApiFunction::name).toList());
	}

	@Test
	void inlineFunctionBodiesAndVariablesAreNotListed() throws Exception {
		ApiModel model = parse("static inline int twice(int x) { return 2 * x; }\nint counter = 0;\nvoid (*hook)(int);\nint real(void);\n");
		assertEquals(List.of("real"), model.functions().stream().map(ApiFunction::name).toList());
	}
}
