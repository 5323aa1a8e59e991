// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/* load_probe.exe: what xNVSE's PluginManager does with one plugin file, as one machine-readable line.
 *
 *   load_probe.exe [<game folder>] <plugin file name>
 *
 * The game folder defaults to the folder of this EXE (xNVSE's GetRuntimeDirectory): put the probe where
 * FalloutNV.exe would be, so that Windows searches that folder for the plugin's dependencies as it does in the game.
 * Like xNVSE it lists <game>\Data\NVSE\Plugins\*.dll with FindFirstFile/FindNextFile, loads the file by full path
 * with LoadLibraryA and looks up "NVSEPlugin_Query" and "NVSEPlugin_Load" with GetProcAddress. When both are found it
 * calls them as xNVSE does, as cdecl functions, and measures the stack: a __stdcall entry point that was exported
 * under the plain name (--kill-at, a .def file) pops its own arguments and leaves the caller's stack off by 8 or 4.
 * The file is loaded even when the search did not list it, to tell "never seen" from "seen but refused".
 *
 * Output, one line (exit status 0; 3 when a call raised an exception, with the line printed from the handler):
 *   LOAD_PROBE listed=yes|no loaded=yes|no error=<GetLastError of LoadLibrary> query=yes|no load=yes|no
 *       query_call=true|false|- query_stack=<bytes>|- load_call=true|false|- load_stack=<bytes>|- exception=<code>|-
 */
#include <windows.h>
#include <stdio.h>
#include <string.h>

/* xNVSE's NVSEInterface up to the fields a plugin reads first (PluginAPI.h); the rest stays zero. */
typedef struct {
	unsigned int nvseVersion;
	unsigned int runtimeVersion;
	unsigned int editorVersion;
	unsigned int isEditor;
	void* functions[16];
} FakeNvseInterface;

typedef struct {
	unsigned int infoVersion;
	const char* name;
	unsigned int version;
} PluginInfo;

static struct {
	int listed;
	int loaded;
	DWORD error;
	int query;
	int load;
	char queryCall[8];
	char queryStack[16];
	char loadCall[8];
	char loadStack[16];
} probe = { 0, 0, 0, 0, 0, "-", "-", "-", "-" };

static void report(const char* exception)
{
	printf("LOAD_PROBE listed=%s loaded=%s error=%lu query=%s load=%s query_call=%s query_stack=%s load_call=%s"
			" load_stack=%s exception=%s\n", probe.listed ? "yes" : "no", probe.loaded ? "yes" : "no",
			(unsigned long)probe.error, probe.query ? "yes" : "no", probe.load ? "yes" : "no", probe.queryCall,
			probe.queryStack, probe.loadCall, probe.loadStack, exception);
	fflush(stdout);
}

/* An entry point that crashes (a delay-loaded DLL missing, say) ends the game: say so, then end the probe. */
static LONG WINAPI onException(EXCEPTION_POINTERS* info)
{
	char code[16];
	snprintf(code, sizeof code, "0x%08lX", (unsigned long)info->ExceptionRecord->ExceptionCode);
	report(code);
	ExitProcess(3);
	return EXCEPTION_EXECUTE_HANDLER;
}

/*
 * Calls fn(a, b) or fn(a) as a cdecl caller does (push the arguments, call, remove them) and returns in *stackDelta
 * how far the stack pointer ended from where it started: 0 for a cdecl callee, the argument bytes for __stdcall.
 */
static int callCdecl(void* fn, int argumentCount, void* a, void* b, int* stackDelta)
{
	int result, delta;
	if (argumentCount == 2) {
		__asm__ volatile("movl %%esp, %%esi\n\t"
				"pushl %[b]\n\t"
				"pushl %[a]\n\t"
				"call *%[fn]\n\t"
				"addl $8, %%esp\n\t"
				"movl %%esp, %%ecx\n\t"
				"subl %%esi, %%ecx\n\t"
				"movl %%esi, %%esp\n\t"
				: "=a"(result), "=c"(delta)
				: [fn] "r"(fn), [a] "r"(a), [b] "r"(b)
				: "esi", "edx", "memory", "cc");
	} else {
		__asm__ volatile("movl %%esp, %%esi\n\t"
				"pushl %[a]\n\t"
				"call *%[fn]\n\t"
				"addl $4, %%esp\n\t"
				"movl %%esp, %%ecx\n\t"
				"subl %%esi, %%ecx\n\t"
				"movl %%esi, %%esp\n\t"
				: "=a"(result), "=c"(delta)
				: [fn] "r"(fn), [a] "r"(a)
				: "esi", "edx", "memory", "cc");
	}
	*stackDelta = delta;
	return result & 0xFF; /* bool in AL */
}

int main(int argc, char** argv)
{
	char game[MAX_PATH];
	const char* plugin;
	if (argc == 3) {
		snprintf(game, sizeof game, "%s", argv[1]);
		plugin = argv[2];
	} else if (argc == 2) {
		DWORD length = GetModuleFileNameA(NULL, game, sizeof game);
		char* slash = strrchr(game, '\\');
		if (length == 0 || length >= sizeof game || slash == NULL) {
			fprintf(stderr, "load_probe: cannot find its own folder\n");
			return 2;
		}
		slash[0] = 0;
		plugin = argv[1];
	} else {
		fprintf(stderr, "usage: load_probe.exe [<game folder>] <plugin file name>\n");
		return 2;
	}
	size_t end = strlen(game);
	if (end > 0 && game[end - 1] == '\\') {
		game[end - 1] = 0;
	}
	/* No "cannot find DLL" message boxes: the game has none either once it runs. */
	SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX);
	SetUnhandledExceptionFilter(onException);

	/* xNVSE: IDirectoryIterator(pluginDirectory, "*.dll"), the path spelled "Data\NVSE\Plugins\". */
	char pattern[MAX_PATH * 2];
	snprintf(pattern, sizeof pattern, "%s\\Data\\NVSE\\Plugins\\*.dll", game);
	WIN32_FIND_DATAA found;
	HANDLE search = FindFirstFileA(pattern, &found);
	if (search != INVALID_HANDLE_VALUE) {
		do {
			if (!(found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) && lstrcmpiA(found.cFileName, plugin) == 0) {
				probe.listed = 1;
			}
		} while (FindNextFileA(search, &found));
		FindClose(search);
	}

	char path[MAX_PATH * 2];
	snprintf(path, sizeof path, "%s\\Data\\NVSE\\Plugins\\%s", game, plugin);
	HMODULE module = LoadLibraryA(path);
	if (module == NULL) {
		probe.error = GetLastError();
		report("-");
		return 0;
	}
	probe.loaded = 1;
	void* query = (void*)GetProcAddress(module, "NVSEPlugin_Query");
	void* load = (void*)GetProcAddress(module, "NVSEPlugin_Load");
	probe.query = query != NULL;
	probe.load = load != NULL;
	if (query != NULL && load != NULL) {
		/* xNVSE 6.4.8 in Fallout: New Vegas 1.4.0.525. */
		static FakeNvseInterface nvse = { 0x06040080, 0x040020D0, 0, 0, { 0 } };
		static PluginInfo info;
		int delta;
		int accepted = callCdecl(query, 2, &nvse, &info, &delta);
		snprintf(probe.queryCall, sizeof probe.queryCall, "%s", accepted ? "true" : "false");
		snprintf(probe.queryStack, sizeof probe.queryStack, "%d", delta);
		/* xNVSE loads only plugins whose Query accepted; the wrapper above has put the stack back either way. */
		if (accepted) {
			accepted = callCdecl(load, 1, &nvse, NULL, &delta);
			snprintf(probe.loadCall, sizeof probe.loadCall, "%s", accepted ? "true" : "false");
			snprintf(probe.loadStack, sizeof probe.loadStack, "%d", delta);
		}
	}
	report("-");
	return 0;
}
