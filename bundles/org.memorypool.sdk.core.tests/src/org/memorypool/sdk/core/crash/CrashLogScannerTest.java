// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.core.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash logs players post, in the shapes learnt from public ones (NVSE crash loggers 4.x and 5.x, Wine, NVAC),
 * written here for a plugin named GenCrash.
 */
class CrashLogScannerTest {

	private static final List<String> MODULE = List.of("GenCrash");

	@TempDir
	Path dir;

	private static CrashAddress address(String module, long value, boolean offset, boolean faulting, int line) {
		return new CrashAddress(module, value, offset, faulting, line);
	}

	@Test
	void aCrashLogger5LogGivesTheModulesRangeAndEachCallTraceRowsNumbers() {
		String log = """
				Crash logger version 5.17 at 2026-11-30 21:04:11
				Exception: EXCEPTION_ACCESS_VIOLATION (C0000005)
				Calltrace:
				     ebp    |                   Address                 |                 Function                 |  Source
				 0x0019F504 |                     GenCrash (0x3B701537) |                                          |
				 0x0019F6A0 |                    FalloutNV (0x00930E8D) |                                          |
				 0x0019F754 |                     GenCrash (0x3B7022F0) |                                          |
				Module bases:
				      Address Range      |    Size    |                  Module                  |        Version       |   Filepath
				 0x3B700000 - 0x3B727000 | 156.00 KiB | GenCrash                                 | 1.0.0.0              | C:/Games/FNV/Data/NVSE/Plugins/GenCrash.dll
				 0x3B900000 - 0x3BA10000 |   1.06 MiB | GenCrashHelper                           | 1                    | C:/Games/FNV/Data/NVSE/Plugins/GenCrashHelper.dll
				""";
		CrashLog scanned = CrashLogScanner.scan(log, MODULE);
		assertEquals(List.of(new LoadedModule("GenCrash", 0x3B700000L, 0x3B727000L, 10)), scanned.modules());
		assertEquals(List.of(address("GenCrash", 0x0019F504L, false, true, 5), address("GenCrash", 0x3B701537L, false, true, 5),
				address("GenCrash", 0x0019F754L, false, false, 7), address("GenCrash", 0x3B7022F0L, false, false, 7)),
				scanned.addresses());
		assertFalse(scanned.truncated());
	}

	@Test
	void aCrashLogger4LogInEitherOrderOfItsColumns() {
		String log = """
				Exception C0000005 caught!
				Calltrace:
				0x3B701537 ==> GenCrash             (0x67F5F364) : EntryPoint+0xFFFFFFFF
				0x00000000 ==>             GenCrash (0x3B7022F0) : EntryPoint+0xFFFFFFFF
				Module bases:
				0x3B700000 - 0x3B727000 ==> GenCrash,                   NVSE plugin version:    1, C:/Games/FNV/Data/NVSE/Plugins/GenCrash.dll
				""";
		CrashLog scanned = CrashLogScanner.scan(log, MODULE);
		assertEquals(List.of(new LoadedModule("GenCrash", 0x3B700000L, 0x3B727000L, 6)), scanned.modules());
		// "EntryPoint+0xFFFFFFFF" is an offset from a function, not from the module: not taken.
		assertEquals(List.of(address("GenCrash", 0x3B701537L, false, true, 3), address("GenCrash", 0x67F5F364L, false, true, 3),
				address("GenCrash", 0, false, false, 4), address("GenCrash", 0x3B7022F0L, false, false, 4)),
				scanned.addresses());
	}

	@Test
	void wineGivesOffsetsInItsBacktraceAndTheCrashOnItsExceptionLine() {
		String log = """
				wine: Unhandled page fault on write access to 00000000 at address 6B5C1537 (thread 0024), starting debugger...
				Unhandled exception: page fault on write access to 0x00000000 in 32-bit code (0x6b5c1537).
				Backtrace:
				=>0 0x6b5c1537 in gencrash (+0x1537) (0x0031fb48)
				  1 0x6b5c22f0 in gencrash (+0x22f0) (0x0031fb70)
				  2 0x00403c51 in falloutnv (+0x3c51) (0x0031fd18)
				0x6b5c1537 gencrash+0x1537: movl $0x2a,0x0
				Modules:
				Module	Address			Debug info	Name (25 modules)
				PE	  400000-  44b000	Deferred        falloutnv
				PE	6b5c0000-6b5e7000	Export          gencrash
				""";
		CrashLog scanned = CrashLogScanner.scan(log, MODULE);
		assertEquals(List.of(new LoadedModule("GenCrash", 0x6b5c0000L, 0x6b5e7000L, 11)), scanned.modules());
		assertEquals(List.of(address("", 0, false, true, 2), address("", 0x6b5c1537L, false, true, 2),
				address("GenCrash", 0x1537, true, true, 4), address("GenCrash", 0x6b5c1537L, false, true, 4),
				address("GenCrash", 0x0031fb48L, false, true, 4),
				address("GenCrash", 0x22f0, true, false, 5), address("GenCrash", 0x6b5c22f0L, false, false, 5),
				address("GenCrash", 0x0031fb70L, false, false, 5),
				address("GenCrash", 0x1537, true, false, 7), address("GenCrash", 0x6b5c1537L, false, false, 7),
				address("GenCrash", 0x2a, false, false, 7), address("GenCrash", 0, false, false, 7)), scanned.addresses());
	}

	@Test
	void nvacAndTheCommonModulePlusOffsetShape() {
		String log = """
				29153223 h 3B701537 C7050000 GenCrash.dll (10001537)
				crash in GenCrash.dll+0x22F0 (called from FalloutNV.exe+0x3c51)
				""";
		CrashLog scanned = CrashLogScanner.scan(log, MODULE);
		// Each NVAC row is an exception it caught: its address and the same at the preferred base, not its count or the
		// instruction's bytes; the second line says it crashed at the first address, and was called from the other.
		assertEquals(List.of(address("GenCrash", 0x3B701537L, false, true, 1), address("GenCrash", 0x10001537L, false, true, 1),
				address("GenCrash", 0x22F0, true, true, 2)), scanned.addresses());
		assertEquals(List.of(address("GenCrash", 0x1578, true, true, 1), address("GenCrash", 0x153A, true, false, 1)),
				CrashLogScanner.scan("crash in GenCrash.dll+0x1578 (called from GenCrash.dll + 0x153A)\n", MODULE).addresses(),
				"every offset of a line; the later ones are calls");
		assertEquals(List.of(address("GenCrash", 0x1578, true, false, 1), address("GenCrash", 0x14F9, true, false, 1)),
				CrashLogScanner.scan("GenCrash.dll+0x1578 <- GenCrash.dll+0x14f9 <- FalloutNV.exe+0x3c51", MODULE).addresses());
		assertEquals(List.of(address("GenCrash", 0x22F0, true, false, 1)), CrashLogScanner.scan(
				"called from GenCrash.dll+0x22F0\n", MODULE).addresses(), "a line that does not say it crashed there");
	}

	@Test
	void windowsOwnReportsNameTheModuleAndGiveTheOffsetOnALaterLine() {
		String eventViewer = """
				Faulting application name: FalloutNV.exe, version: 1.4.0.525, time stamp: 0x4e0d50ed
				Faulting module name: GenCrash.dll, version: 0.0.0.0, time stamp: 0x6553f100
				Exception code: 0xc0000005
				Fault offset: 0x00001537
				Faulting process id: 0x1f3c
				Faulting module path: C:\\Games\\Fallout New Vegas\\Data\\NVSE\\Plugins\\GenCrash.dll
				""";
		assertEquals(List.of(address("GenCrash", 0x1537, true, true, 4)), CrashLogScanner.scan(eventViewer, MODULE).addresses());
		String reliabilityMonitor = """
				Problem signature
				Problem Event Name:	APPCRASH
				Application Name:	FalloutNV.exe
				Fault Module Name:	gencrash.dll
				Fault Module Version:	0.0.0.0
				Exception Code:	c0000005
				Exception Offset:	00001537
				""";
		assertEquals(List.of(address("GenCrash", 0x1537, true, true, 7)),
				CrashLogScanner.scan(reliabilityMonitor, MODULE).addresses());
		String reportWer = """
				EventType=APPCRASH
				Sig[0].Name=Application Name
				Sig[0].Value=FalloutNV.exe
				Sig[3].Name=Fault Module Name
				Sig[3].Value=GenCrash.dll
				Sig[4].Name=Fault Module Version
				Sig[4].Value=0.0.0.0
				Sig[6].Name=Exception Offset
				Sig[6].Value=00001537
				""";
		assertEquals(List.of(address("GenCrash", 0x1537, true, true, 9)), CrashLogScanner.scan(reportWer, MODULE).addresses());
		String otherModule = eventViewer.replace("Faulting module name: GenCrash.dll", "Faulting module name: ntdll.dll");
		assertEquals(List.of(), CrashLogScanner.scan(otherModule, MODULE).addresses(), "the offset is another module's");
	}

	@Test
	void linesEndWithCarriageReturnsAloneAndALongPastedLineIsReadToItsAddress() {
		CrashLog scanned = CrashLogScanner.scan("first\rcrash at GenCrash.dll+0x10\r\nthird\ncrash at GenCrash.dll+0x20\r", MODULE);
		assertEquals(List.of(address("GenCrash", 0x10, true, true, 2), address("GenCrash", 0x20, true, true, 4)),
				scanned.addresses());
		String pasted = "Faulting application name: FalloutNV.exe ".repeat(200) + " crash at GenCrash.dll+0x153A";
		assertEquals(List.of(address("GenCrash", 0x153A, true, true, 1)), CrashLogScanner.scan(pasted, MODULE).addresses());
	}

	@Test
	void aReportSavedAsUnicodeOrWithAByteOrderMarkIsRead() throws IOException {
		String text = "Faulting module name: GenCrash.dll, version: 0.0.0.0\r\nFault offset: 0x00001537\r\n";
		for (var encoding : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
				StandardCharsets.UTF_8)) {
			for (boolean mark : List.of(true, false)) {
				if (!mark && encoding == StandardCharsets.UTF_16BE) {
					continue; // without a mark, only the order Windows writes is recognized
				}
				Path file = dir.resolve("event-" + encoding.name() + "-" + mark + ".txt");
				Files.write(file, ((mark ? "\uFEFF" : "") + text).getBytes(encoding));
				assertEquals(List.of(address("GenCrash", 0x1537, true, true, 2)),
						CrashLogScanner.read(file, MODULE).addresses(), file.getFileName().toString());
			}
		}
	}

	@Test
	void onlyTheModuleAsAWordCountsNotANameThatContainsIt() {
		String log = """
				0x10001537 ==> GenCrashHelper (0x0019F504)
				0x10001537 ==> MyGenCrash.dll (0x0019F504)
				0x10001537 in C:\\Mods\\gencrash_old\\x.dll
				0x10001537 in C:\\Mods\\Plugins\\GenCrash.dll, the plugin
				""";
		CrashLog scanned = CrashLogScanner.scan(log, MODULE);
		assertEquals(List.of(4), scanned.addresses().stream().map(CrashAddress::line).toList());
	}

	@Test
	void aLogLargerThanTheLimitIsReadUpToItAndSaysSo() throws IOException {
		Path file = dir.resolve("CrashLogger.log");
		String row = " 0x0019F504 |                     GenCrash (0x3B701537) |      |\n";
		Files.writeString(file, row.repeat(CrashLogScanner.MAX_BYTES / row.length() + 10));
		CrashLog scanned = CrashLogScanner.read(file, MODULE);
		assertTrue(scanned.truncated());
		assertEquals(CrashLogScanner.MAX_ADDRESSES, scanned.addresses().size());
	}

	@Test
	void aHugeLineAndBinaryGarbageCostOnlyTheirLength() throws IOException {
		Path file = dir.resolve("garbage.log");
		byte[] bytes = new byte[4 * 1024 * 1024];
		new java.util.Random(7).nextBytes(bytes);
		Files.write(file, bytes);
		CrashLogScanner.read(file, MODULE);
		String line = "GenCrash+" + "0".repeat(8 * 1024 * 1024);
		CrashLog scanned = CrashLogScanner.scan(line, MODULE);
		// Only the line's first characters are looked at: its number is cut, so not taken.
		assertEquals(List.of(), scanned.addresses());
	}

	@Test
	void aFolderIsNotALog() {
		IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
				() -> CrashLogScanner.read(dir, MODULE));
		assertTrue(e.getMessage().contains("is a folder, not a crash log"), e.getMessage());
	}
}
