// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// nvse_host.exe - plays NVSE and the game for MemoryPoolNVSE.dll, one scenario per run.
//
// Usage: nvse_host.exe <scenario> [jemalloc|system]
// Loads MemoryPoolNVSE.dll from Data\NVSE\Plugins\ in the EXE's own folder (the "game folder") when it is there,
// else from the game folder itself, resolves its exports with
// GetProcAddress, hands it the fake NVSEInterface of fake_nvse.h (QueryInterface(2) returns a messaging interface
// that records the listener) and runs the scenario. Output (host_checks.h): one line per check, "ok <check>" or
// "FAIL <check>: <detail>", lines starting with "#" are information only, and last "<N> passed, <M> failed".
// Exit code 0 only when every check passed. The host never creates files: the harness prepares a fresh folder
// per run and may read MemoryPoolNVSE.log afterwards.
//
// Folder layout per scenario (always nvse_host.exe + MemoryPoolNVSE.dll, plus):
//   query-ok                 nothing. Query accepts NVSE 6.4.8 / runtime 1.4.0.525, the exact minimum 6.1.0 and
//                            the no-gore build; PluginInfo is {1, "MemoryPoolNVSE", MEMORYPOOL_PLUGIN_VERSION}.
//   query-old-nvse           nothing. Query refuses NVSE 6.0.9 and logs "Refusing to load: NVSE version".
//   query-old-runtime        nothing. Query refuses runtime 1.4.0.524 and logs "Refusing to load: game runtime".
//   query-editor             a real jemalloc.dll. Query refuses GECK 1.4.0.517, accepts 1.4.0.518 with
//                            runtimeVersion 0; after Load + PostPostLoad the allocator is the system fallback
//                            ("editor") and jemalloc.dll was never loaded.
//   load-registers-listener  a real jemalloc.dll. Loading the DLL does nothing (no log, no jemalloc: no work in
//                            DllMain); Load queries interface 2 and registers one listener for sender "NVSE";
//                            nothing is chosen before PostPostLoad.
//   postpostload-jemalloc    a real jemalloc.dll (beside the EXE, or beside the plugin in Data\NVSE\Plugins, or
//                            both). PostLoad chooses nothing; PostPostLoad loads jemalloc.dll by full path from
//                            one of them; status "jemalloc"; blocks work. Which one, the harness reads in the log.
//   fallback-missing         nothing. Status "system fallback (jemalloc.dll missing)".
//   fallback-wrong-arch      jemalloc.dll = a copy of the real one with IMAGE_FILE_HEADER.Machine patched to
//                            0x8664 (x64) - crafted because no x86_64 MinGW compiler is installed. Status names
//                            "wrong architecture: machine 0x8664"; the file is never loaded.
//   fallback-corrupt         jemalloc.dll = a text file (no MZ header). Status says "not a PE image"; never loaded.
//   fallback-missing-symbol  jemalloc.dll = tests/jemalloc_missing_symbol.c built as a DLL (exports je_malloc
//                            only). Status "system fallback (jemalloc.dll lacks symbol je_free)"; it is unloaded.
//   fallback-loadlibrary     jemalloc.dll = tests/jemalloc_init_fails.c built as a DLL (DllMain returns FALSE).
//                            Status "system fallback (LoadLibrary of jemalloc.dll failed (error <n>))".
//   alloc-before-init        a real jemalloc.dll. 8 threads allocate at once before PostPostLoad: exactly one
//                            choice ("trigger: first allocation"), jemalloc; PostPostLoad keeps it (logged) and
//                            early blocks free fine afterwards.
//   free-after-exit          a real jemalloc.dll. Blocks allocated before ExitGame are freed after it;
//                            jemalloc.dll stays loaded (logged); allocation still works; counters back to start.
//   calloc-realloc           any; optional 2nd argument = expected allocator. calloc zeroes and returns NULL on
//                            overflow; realloc(NULL, n) allocates, keeps contents when growing/shrinking,
//                            realloc(p, 0) frees and returns NULL, failed realloc keeps the block; usable size.
//   threads                  any; optional expected allocator. 8 threads x 200000 random malloc/calloc/realloc/
//                            free operations (1 B - 64 KiB), every byte pattern-checked; counters back to baseline.
//   log-contents             a real jemalloc.dll. The log has only "[YYYY-MM-DD HH:MM:SS] MemoryPoolNVSE: ..."
//                            CRLF lines, the lifecycle lines in order and exactly one "Allocator: jemalloc" line.
//   log-unwritable           MemoryPoolNVSE.log cannot be written: a read-only file, a folder of that name, or
//                            missing in a folder that is not writable. The plugin still works and the log is
//                            unchanged (same content, still a folder, still missing). Wine run as root ignores
//                            read-only permissions, so the harness runs the read-only cases as an unprivileged user.
//   null-free                any; optional expected allocator. MemoryPoolFree(NULL) is a no-op before and after
//                            initialization (and does not initialize); UsableSize(NULL) = 0; GetStats(NULL/short)
//                            fails; realloc(NULL, 0) gives a freeable block.
//   stats                    any; optional expected allocator. Live blocks (allocations - frees) and outstanding
//                            bytes follow allocations and frees; the fallback's counts are exact per call,
//                            jemalloc's are its arena counts (batched by thread caches, no reallocations);
//                            jemalloc figures (or the fallback's mirror of bytesOutstanding) are consistent; an
//                            older, smaller struct is filled only up to its size.
//   tls-one-left             a real jemalloc.dll. Before the plugin loads, every TLS and FLS slot is taken but one
//                            TLS slot (other mods' doing): jemalloc takes it and works, on new threads too.
//   tls-none-left            a real jemalloc.dll. Every TLS and FLS slot taken before the plugin loads: jemalloc
//                            cannot start, the status says why, the system fallback works and counts exactly.
//   tls-budget               any; optional expected allocator. Prints the TLS and FLS slots the runtime took, from
//                            before it loaded to after 33 threads used it (32 alive at once, so jemalloc makes their
//                            per-thread records from fresh memory): jemalloc 1 TLS, the fallback 1 TLS + 1 FLS.
//   address-space-exhausted  any; optional expected allocator. Reserves every free region of the address space, takes
//                            what the allocator still has, then malloc, calloc, realloc (keeping the block) and
//                            12 threads' first calls, one after another, return NULL; after giving it all back the
//                            calls work again. The log says "Out of memory" once.
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <windows.h>

#include "MemoryPool.h"
#include "fake_nvse.h"
#include "host_checks.h"
#include "nvse_plugin.h"

namespace {

// ---- Files in the game folder ---------------------------------------------------------------------------

// Reads a file shared with a writer (the plugin keeps its log open). exists=false when it cannot be opened.
std::string ReadWholeFile(const std::wstring& path, bool* exists = nullptr)
{
    HANDLE file = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                              nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (exists)
        *exists = file != INVALID_HANDLE_VALUE;
    std::string text;
    if (file == INVALID_HANDLE_VALUE)
        return text;
    char buffer[4096];
    DWORD got;
    while (ReadFile(file, buffer, sizeof buffer, &got, nullptr) && got > 0)
        text.append(buffer, got);
    CloseHandle(file);
    return text;
}

std::string ReadLog()
{
    return ReadWholeFile(Folder() + L"MemoryPoolNVSE.log");
}

size_t CountOf(const std::string& text, const char* part)
{
    size_t count = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++count;
    return count;
}

bool JemallocLoaded()
{
    return GetModuleHandleW(L"jemalloc.dll") != nullptr;
}

// ---- The plugin -----------------------------------------------------------------------------------------

struct Plugin {
    HMODULE module = nullptr;
    NVSEPlugin_QueryFn query = nullptr;
    NVSEPlugin_LoadFn load = nullptr;
    void* (*malloc)(size_t) = nullptr;
    void (*free)(void*) = nullptr;
    const char* (*status)() = nullptr;
    void* (*calloc)(size_t, size_t) = nullptr;
    void* (*realloc)(void*, size_t) = nullptr;
    size_t (*usableSize)(void*) = nullptr;
    bool (*getStats)(MemoryPoolStats*) = nullptr;
} P;

template <typename Fn>
bool Resolve(const char* name, Fn& fn)
{
    fn = reinterpret_cast<Fn>(reinterpret_cast<void*>(GetProcAddress(P.module, name)));
    return fn != nullptr;
}

bool LoadPlugin()
{
    // Where NVSE loads plugins from, when the layout has it; else the game folder itself.
    std::wstring path = Folder() + L"Data\\NVSE\\Plugins\\MemoryPoolNVSE.dll";
    if (GetFileAttributesW(path.c_str()) == INVALID_FILE_ATTRIBUTES)
        path = Folder() + L"MemoryPoolNVSE.dll";
    P.module = LoadLibraryW(path.c_str());
    Check("plugin-loads", P.module != nullptr, "LoadLibraryW failed, error %lu", GetLastError());
    if (!P.module)
        return false;
    const char* missing = nullptr;
    if (!Resolve("NVSEPlugin_Query", P.query)) missing = "NVSEPlugin_Query";
    if (!Resolve("NVSEPlugin_Load", P.load)) missing = "NVSEPlugin_Load";
    if (!Resolve("MemoryPoolMalloc", P.malloc)) missing = "MemoryPoolMalloc";
    if (!Resolve("MemoryPoolFree", P.free)) missing = "MemoryPoolFree";
    if (!Resolve("GetMemoryPoolStatus", P.status)) missing = "GetMemoryPoolStatus";
    if (!Resolve("MemoryPoolCalloc", P.calloc)) missing = "MemoryPoolCalloc";
    if (!Resolve("MemoryPoolRealloc", P.realloc)) missing = "MemoryPoolRealloc";
    if (!Resolve("MemoryPoolUsableSize", P.usableSize)) missing = "MemoryPoolUsableSize";
    if (!Resolve("MemoryPoolGetStats", P.getStats)) missing = "MemoryPoolGetStats";
    Check("exports-resolved", missing == nullptr, "GetProcAddress(%s) failed", missing);
    return missing == nullptr;
}

MemoryPoolStats Stats()
{
    MemoryPoolStats stats{};
    stats.size = sizeof stats;
    P.getStats(&stats);
    return stats;
}

// allocations - frees. With jemalloc both are jemalloc's arena counts, which move in batches (thread caches),
// but their difference is exact for the calling thread (MemoryPoolGetStats flushes its cache).
long long LiveBlocks(const MemoryPoolStats& stats)
{
    return (long long)(stats.allocations - stats.frees);
}

// The fallback counts every call exactly; jemalloc's counts are only exact as LiveBlocks.
bool CountsCalls(const MemoryPoolStats& stats)
{
    return stats.allocator == MEMORYPOOL_ALLOCATOR_SYSTEM;
}

// ---- NVSE and the game ----------------------------------------------------------------------------------

// What the fake NVSE hands the plugin as its handle (fake_nvse.h).
const PluginHandle kFakeHandle = 7;

// Query + Load as the game would; checks both succeed.
bool StartGame(const NVSEInterface& nvse = kGame)
{
    PluginInfo info{};
    bool queried = P.query(&nvse, &info);
    Check("query-accepts", queried, "NVSEPlugin_Query returned false");
    bool loaded = queried && P.load(&nvse);
    Check("load-succeeds", loaded, "NVSEPlugin_Load returned false");
    return loaded;
}

bool StatusStartsWith(const char* prefix)
{
    return strncmp(P.status(), prefix, strlen(prefix)) == 0;
}

// Optional 2nd argument: the allocator the folder layout should produce.
void CheckExpectedAllocator(const char* expected)
{
    printf("# allocator: %s\n", P.status());
    if (!expected)
        return;
    bool jemalloc = strcmp(expected, "jemalloc") == 0;
    MemoryPoolStats stats = Stats();
    Check("expected-allocator",
          jemalloc ? stats.allocator == MEMORYPOOL_ALLOCATOR_JEMALLOC && strcmp(P.status(), "jemalloc") == 0
                   : stats.allocator == MEMORYPOOL_ALLOCATOR_SYSTEM && StatusStartsWith("system fallback ("),
          "expected %s, status \"%s\", allocator %u", expected, P.status(), stats.allocator);
}

bool BlockWorks(size_t size)
{
    unsigned char* block = static_cast<unsigned char*>(P.malloc(size));
    if (!block)
        return false;
    memset(block, 0xA5, size);
    bool ok = P.usableSize(block) >= size && block[0] == 0xA5 && block[size - 1] == 0xA5;
    P.free(block);
    return ok;
}

// Runs the fallback scenarios: PostPostLoad with a bad or missing jemalloc.dll.
void ExpectFallback(const char* reasonPart, bool mayStayLoaded = false)
{
    if (!StartGame())
        return;
    Send(kMessage_PostPostLoad);
    std::string status = P.status();
    Check("status-system-fallback", StatusStartsWith("system fallback ("), "status \"%s\"", status.c_str());
    Check("status-names-reason", Contains(status, reasonPart), "status \"%s\" lacks \"%s\"", status.c_str(),
          reasonPart);
    Check("stats-allocator-system", Stats().allocator == MEMORYPOOL_ALLOCATOR_SYSTEM, "allocator %u",
          Stats().allocator);
    if (!mayStayLoaded)
        Check("jemalloc-not-loaded", !JemallocLoaded(), "jemalloc.dll is in the process");
    Check("fallback-blocks-work", BlockWorks(100) && BlockWorks(70000), "malloc/free through the fallback failed");
    std::string log = ReadLog();
    std::string line = "Allocator: " + status;
    Check("log-allocator-line", Contains(log, line.c_str()), "log lacks \"%s\"", line.c_str());
}

// ---- Scenarios ------------------------------------------------------------------------------------------

void QueryOk()
{
    PluginInfo info{};
    bool accepted = P.query(&kGame, &info);
    Check("query-accepts-6.4.8-1.4.0.525", accepted, "NVSEPlugin_Query returned false");
    Check("info-version", info.infoVersion == 1, "infoVersion %u", unsigned(info.infoVersion));
    Check("info-name", info.name && strcmp(info.name, "MemoryPoolNVSE") == 0, "name \"%s\"",
          info.name ? info.name : "(null)");
    Check("info-plugin-version", info.version == MEMORYPOOL_PLUGIN_VERSION, "version 0x%08X",
          unsigned(info.version));
    NVSEInterface minimum = MakeNvse(0x06010000, 0x040020D0);
    Check("query-accepts-minimum", P.query(&minimum, &info), "refused NVSE 0x06010000 / runtime 0x040020D0");
    NVSEInterface nogore = MakeNvse(NVSE_VERSION_6_3_5, 0x040020D1);
    Check("query-accepts-nogore", P.query(&nogore, &info), "refused runtime 0x040020D1");
    Check("query-allocates-nothing", strcmp(P.status(), "not initialized") == 0 && !JemallocLoaded(),
          "status \"%s\"", P.status());
}

void QueryOldNvse()
{
    PluginInfo info{};
    NVSEInterface old = MakeNvse(MAKE_NEW_VEGAS_VERSION(6, 0, 9), RUNTIME_VERSION_1_4_0_525);
    Check("query-refuses-6.0.9", !P.query(&old, &info), "accepted NVSE 0x%08X", unsigned(old.nvseVersion));
    Check("info-filled-anyway", info.infoVersion == 1 && info.name != nullptr, "PluginInfo not filled");
    Check("log-says-why", Contains(ReadLog(), "Refusing to load: NVSE version 0x06000090 is older than 6.1.0"),
          "log lacks the NVSE refusal line");
}

void QueryOldRuntime()
{
    PluginInfo info{};
    NVSEInterface old = MakeNvse(NVSE_VERSION_6_4_8, MAKE_NEW_VEGAS_VERSION(4, 0, 524));
    Check("query-refuses-1.4.0.524", !P.query(&old, &info), "accepted runtime 0x%08X", unsigned(old.runtimeVersion));
    Check("log-says-why", Contains(ReadLog(), "Refusing to load: game runtime 0x040020C0 is older than 1.4.0.525"),
          "log lacks the runtime refusal line");
}

void QueryEditor()
{
    PluginInfo info{};
    NVSEInterface oldEditor = MakeNvse(NVSE_VERSION_6_4_8, 0, MAKE_NEW_VEGAS_VERSION(4, 0, 517), 1);
    Check("query-refuses-geck-1.4.0.517", !P.query(&oldEditor, &info), "accepted editor 0x%08X",
          unsigned(oldEditor.editorVersion));
    Check("log-says-why", Contains(ReadLog(), "Refusing to load: editor version"), "log lacks the editor refusal");
    NVSEInterface editor = MakeNvse(NVSE_VERSION_6_4_8, 0, EDITOR_VERSION_1_4_0_518, 1);
    if (!StartGame(editor))
        return;
    Send(kMessage_PostPostLoad);
    Check("editor-uses-fallback", StatusStartsWith("system fallback (editor"), "status \"%s\"", P.status());
    Check("editor-never-loads-jemalloc", !JemallocLoaded(), "jemalloc.dll is in the process");
    Check("editor-blocks-work", BlockWorks(4096), "malloc/free failed");
}

void LoadRegistersListener()
{
    bool logExists = true;
    ReadWholeFile(Folder() + L"MemoryPoolNVSE.log", &logExists);
    Check("dllmain-does-no-work", !logExists && !JemallocLoaded(), "log exists: %d, jemalloc loaded: %d",
          logExists, JemallocLoaded());
    if (!StartGame())
        return;
    bool askedMessaging = false;
    for (UInt32 id : g_queriedIds)
        askedMessaging |= id == kInterface_Messaging;
    Check("queries-messaging-interface", askedMessaging, "QueryInterface(2) was not called");
    Check("registers-one-listener", g_registerCalls == 1 && g_listeners.size() == 1, "%d RegisterListener calls",
          g_registerCalls);
    if (g_listeners.empty())
        return;
    Check("listener-sender-nvse", g_listeners[0].sender == "NVSE", "sender \"%s\"", g_listeners[0].sender.c_str());
    Check("listener-plugin-handle", g_listeners[0].handle == kFakeHandle, "handle %u",
          unsigned(g_listeners[0].handle));
    Check("nothing-chosen-before-postpostload",
          strcmp(P.status(), "not initialized") == 0 && Stats().allocator == MEMORYPOOL_ALLOCATOR_NONE &&
              !JemallocLoaded(),
          "status \"%s\"", P.status());
    Check("log-registered", Contains(ReadLog(), "Successfully registered for NVSE messaging"),
          "log lacks the registration line");
}

void PostPostLoadJemalloc()
{
    if (!StartGame())
        return;
    Send(kMessage_PostLoad);
    Check("postload-chooses-nothing", strcmp(P.status(), "not initialized") == 0, "status \"%s\"", P.status());
    Send(kMessage_PostPostLoad);
    Check("status-jemalloc", strcmp(P.status(), "jemalloc") == 0, "status \"%s\"", P.status());
    HMODULE je = GetModuleHandleW(L"jemalloc.dll");
    wchar_t path[MAX_PATH * 4] = L"";
    if (je)
        GetModuleFileNameW(je, path, MAX_PATH * 4);
    // Beside the EXE or beside the plugin (Data\NVSE\Plugins); which one, the harness reads from the log.
    std::wstring besideExe = Folder() + L"jemalloc.dll";
    std::wstring besidePlugin = Folder() + L"Data\\NVSE\\Plugins\\jemalloc.dll";
    Check("jemalloc-loaded-by-full-path",
          je && (lstrcmpiW(path, besideExe.c_str()) == 0 || lstrcmpiW(path, besidePlugin.c_str()) == 0),
          "module %p at %ls", je, path);
    Check("stats-allocator-jemalloc", Stats().allocator == MEMORYPOOL_ALLOCATOR_JEMALLOC, "allocator %u",
          Stats().allocator);
    Check("jemalloc-blocks-work", BlockWorks(24) && BlockWorks(300000), "malloc/free failed");
    Check("log-allocator-jemalloc", Contains(ReadLog(), "Allocator: jemalloc\r\n"), "log lacks \"Allocator: jemalloc\"");
}

struct RaceStart {
    HANDLE go;
    void* block;
};

DWORD WINAPI RaceAllocate(LPVOID parameter)
{
    RaceStart* start = static_cast<RaceStart*>(parameter);
    WaitForSingleObject(start->go, INFINITE);
    start->block = P.malloc(64);
    return 0;
}

void AllocBeforeInit()
{
    if (!StartGame())
        return;
    // Eight threads make the first allocation at the same moment: exactly one of them must choose.
    HANDLE go = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    RaceStart starts[8];
    HANDLE threads[8];
    for (int i = 0; i < 8; ++i) {
        starts[i] = RaceStart{go, nullptr};
        threads[i] = CreateThread(nullptr, 0, RaceAllocate, &starts[i], 0, nullptr);
    }
    SetEvent(go);
    WaitForMultipleObjects(8, threads, TRUE, INFINITE);
    bool allGot = true;
    for (int i = 0; i < 8; ++i) {
        allGot &= starts[i].block != nullptr;
        CloseHandle(threads[i]);
    }
    CloseHandle(go);
    Check("early-allocations-succeed", allGot, "a first-use allocation returned NULL");
    Check("first-use-chooses-jemalloc", strcmp(P.status(), "jemalloc") == 0, "status \"%s\"", P.status());
    std::string log = ReadLog();
    Check("chosen-once", CountOf(log, "Choosing allocator") == 1 && CountOf(log, "Allocator: ") == 1,
          "%u choices logged", unsigned(CountOf(log, "Choosing allocator")));
    Check("log-trigger-first-allocation", Contains(log, "Choosing allocator (trigger: first allocation)"),
          "log lacks the first-allocation trigger");

    Send(kMessage_PostPostLoad);
    log = ReadLog();
    Check("postpostload-keeps-choice",
          strcmp(P.status(), "jemalloc") == 0 &&
              Contains(log, "PostPostLoad: allocator already chosen, keeping it: jemalloc") &&
              CountOf(log, "Allocator: ") == 1,
          "status \"%s\"", P.status());
    for (RaceStart& start : starts)
        P.free(start.block);
    MemoryPoolStats stats = Stats();
    Check("early-blocks-freed",
          stats.bytesOutstanding == 0 && (!CountsCalls(stats) || (stats.allocations == 8 && stats.frees == 8)),
          "allocations %llu frees %llu outstanding %llu", (unsigned long long)stats.allocations,
          (unsigned long long)stats.frees, (unsigned long long)stats.bytesOutstanding);
}

void FreeAfterExit()
{
    if (!StartGame())
        return;
    Send(kMessage_PostPostLoad);
    MemoryPoolStats before = Stats();
    std::vector<unsigned char*> blocks;
    for (size_t i = 0; i < 1000; ++i) {
        unsigned char* block = static_cast<unsigned char*>(P.malloc(16 + i * 37));
        if (block)
            memset(block, int(i & 0xFF), 16 + i * 37);
        blocks.push_back(block);
    }
    Send(kMessage_ExitGame);
    Check("jemalloc-stays-loaded", JemallocLoaded() && strcmp(P.status(), "jemalloc") == 0, "status \"%s\"",
          P.status());
    Check("log-stays-loaded", Contains(ReadLog(), "jemalloc.dll stays loaded"), "log lacks the ExitGame line");
    bool intact = true;
    for (size_t i = 0; i < blocks.size(); ++i) {
        intact &= blocks[i] && blocks[i][0] == (i & 0xFF) && blocks[i][15 + i * 37] == (i & 0xFF);
        P.free(blocks[i]);
    }
    Check("blocks-intact-and-freed-after-exit", intact, "a block was NULL or changed");
    Send(kMessage_ExitGame_Console);
    Check("allocation-after-exit", BlockWorks(512), "malloc after ExitGame failed");
    MemoryPoolStats after = Stats();
    Check("counters-back-to-start",
          after.bytesOutstanding == before.bytesOutstanding && LiveBlocks(after) == LiveBlocks(before),
          "outstanding %llu -> %llu", (unsigned long long)before.bytesOutstanding,
          (unsigned long long)after.bytesOutstanding);
}

void CallocRealloc(const char* expected)
{
    if (!StartGame())
        return;
    Send(kMessage_PostPostLoad);
    CheckExpectedAllocator(expected);

    unsigned char* zeroed = static_cast<unsigned char*>(P.calloc(1000, 7));
    bool allZero = zeroed != nullptr;
    for (size_t i = 0; zeroed && i < 7000; ++i)
        allZero &= zeroed[i] == 0;
    Check("calloc-zeroes", allZero, "calloc(1000, 7) returned %p or non-zero bytes", static_cast<void*>(zeroed));
    P.free(zeroed);
    Check("calloc-overflow-null", P.calloc(SIZE_MAX / 2 + 1, 2) == nullptr && P.calloc(2, SIZE_MAX) == nullptr,
          "an overflowing calloc returned a block");
    void* empty = P.calloc(0, 16);
    Check("calloc-zero-size", empty != nullptr, "calloc(0, 16) returned NULL");
    P.free(empty);

    unsigned char* block = static_cast<unsigned char*>(P.realloc(nullptr, 64));
    Check("realloc-null-allocates", block != nullptr, "realloc(NULL, 64) returned NULL");
    if (!block)
        return;
    for (int i = 0; i < 64; ++i)
        block[i] = static_cast<unsigned char>(i + 1);
    block = static_cast<unsigned char*>(P.realloc(block, 200000));
    bool kept = block != nullptr;
    for (int i = 0; block && i < 64; ++i)
        kept &= block[i] == i + 1;
    Check("realloc-grow-keeps-contents", kept, "contents lost growing to 200000");
    Check("usable-size-after-grow", block && P.usableSize(block) >= 200000, "usable %u",
          block ? unsigned(P.usableSize(block)) : 0u);
    block = static_cast<unsigned char*>(P.realloc(block, 10));
    kept = block != nullptr;
    for (int i = 0; block && i < 10; ++i)
        kept &= block[i] == i + 1;
    Check("realloc-shrink-keeps-prefix", kept, "contents lost shrinking to 10");
    Check("realloc-huge-fails-keeps-block", block && P.realloc(block, SIZE_MAX - 4096) == nullptr && block[9] == 10,
          "huge realloc did not fail cleanly");

    MemoryPoolStats before = Stats();
    Check("realloc-zero-frees", P.realloc(block, 0) == nullptr, "realloc(p, 0) returned a block");
    MemoryPoolStats after = Stats();
    Check("realloc-zero-counted-as-free",
          LiveBlocks(after) == LiveBlocks(before) - 1 && after.bytesOutstanding < before.bytesOutstanding,
          "live blocks %lld -> %lld", LiveBlocks(before), LiveBlocks(after));
    Check("malloc-huge-null", P.malloc(SIZE_MAX - 4096) == nullptr, "malloc(SIZE_MAX - 4096) returned a block");
    void* zero = P.malloc(0);
    Check("malloc-zero-unique-block", zero != nullptr, "malloc(0) returned NULL");
    P.free(zero);
}

// ---- threads --------------------------------------------------------------------------------------------

const int kThreads = 8;
const int kOpsPerThread = 200000;
const int kSlots = 256;

struct Worker {
    uint32_t seed;
    long long ops = 0;
    long long errors = 0;
    char firstError[160] = "";
};

uint32_t Next(uint32_t& state)
{
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

size_t RandomSize(uint32_t& state)
{
    uint32_t r = Next(state) % 100;
    if (r < 70)
        return 1 + Next(state) % 256;
    if (r < 98)
        return 257 + Next(state) % 3840;
    return 4097 + Next(state) % (65536 - 4096);
}

void Fill(unsigned char* p, size_t n, unsigned char tag)
{
    for (size_t i = 0; i < n; ++i)
        p[i] = static_cast<unsigned char>(tag + i * 7);
}

bool Verify(const unsigned char* p, size_t n, unsigned char tag)
{
    for (size_t i = 0; i < n; ++i)
        if (p[i] != static_cast<unsigned char>(tag + i * 7))
            return false;
    return true;
}

void Error(Worker& w, const char* what, size_t size)
{
    if (w.errors++ == 0)
        snprintf(w.firstError, sizeof w.firstError, "%s (size %u)", what, unsigned(size));
}

DWORD WINAPI Work(LPVOID parameter)
{
    Worker& w = *static_cast<Worker*>(parameter);
    struct Slot {
        unsigned char* p;
        size_t n;
        unsigned char tag;
    } slots[kSlots] = {};
    uint32_t rng = w.seed;
    for (int op = 0; op < kOpsPerThread; ++op, ++w.ops) {
        Slot& s = slots[Next(rng) % kSlots];
        unsigned char tag = static_cast<unsigned char>(Next(rng));
        if (!s.p) {
            size_t n = RandomSize(rng);
            bool useCalloc = Next(rng) & 1;
            s.p = static_cast<unsigned char*>(useCalloc ? P.calloc(n, 1) : P.malloc(n));
            if (!s.p) {
                Error(w, "allocation returned NULL", n);
                continue;
            }
            for (size_t i = 0; useCalloc && i < n; ++i)
                if (s.p[i] != 0) {
                    Error(w, "calloc block not zeroed", n);
                    break;
                }
            if (P.usableSize(s.p) < n)
                Error(w, "usable size below request", n);
            s.n = n;
            s.tag = tag;
            Fill(s.p, n, tag);
            continue;
        }
        if (!Verify(s.p, s.n, s.tag))
            Error(w, "block content changed", s.n);
        if (Next(rng) & 1) {
            P.free(s.p);
            s.p = nullptr;
            continue;
        }
        size_t n = RandomSize(rng);
        unsigned char* moved = static_cast<unsigned char*>(P.realloc(s.p, n));
        if (!moved) {
            Error(w, "realloc returned NULL", n);
            continue;
        }
        if (!Verify(moved, n < s.n ? n : s.n, s.tag))
            Error(w, "realloc lost contents", n);
        s.p = moved;
        s.n = n;
        s.tag = tag;
        Fill(s.p, n, tag);
    }
    for (Slot& s : slots) {
        if (s.p && !Verify(s.p, s.n, s.tag))
            Error(w, "block content changed", s.n);
        P.free(s.p);
    }
    return 0;
}

void Threads(const char* expected)
{
    if (!StartGame())
        return;
    Send(kMessage_PostPostLoad);
    CheckExpectedAllocator(expected);
    MemoryPoolStats baseline = Stats();

    Worker workers[kThreads];
    HANDLE threads[kThreads];
    DWORD started = GetTickCount();
    for (int i = 0; i < kThreads; ++i) {
        workers[i].seed = 0x9E3779B9u * (i + 1);
        threads[i] = CreateThread(nullptr, 0, Work, &workers[i], 0, nullptr);
    }
    WaitForMultipleObjects(kThreads, threads, TRUE, INFINITE);
    long long ops = 0, errors = 0;
    const char* firstError = "";
    for (int i = 0; i < kThreads; ++i) {
        CloseHandle(threads[i]);
        ops += workers[i].ops;
        errors += workers[i].errors;
        if (!*firstError && workers[i].errors)
            firstError = workers[i].firstError;
    }
    printf("# %lld operations on %d threads in %lu ms\n", ops, kThreads, GetTickCount() - started);
    Check("all-operations-ran", ops == (long long)kThreads * kOpsPerThread, "%lld operations", ops);
    Check("every-byte-intact", errors == 0, "%lld errors, first: %s", errors, firstError);

    MemoryPoolStats after = Stats();
    // jemalloc does not count reallocations.
    Check("stats-counted-operations",
          after.allocations > baseline.allocations &&
              (CountsCalls(after) ? after.reallocations > baseline.reallocations : after.reallocations == 0),
          "allocations %llu reallocations %llu", (unsigned long long)after.allocations,
          (unsigned long long)after.reallocations);
    Check("stats-back-to-baseline",
          LiveBlocks(after) == LiveBlocks(baseline) &&
              after.bytesOutstanding == baseline.bytesOutstanding,
          "live blocks %lld, outstanding %llu (baseline %llu)", LiveBlocks(after),
          (unsigned long long)after.bytesOutstanding, (unsigned long long)baseline.bytesOutstanding);
}

// ---- log ------------------------------------------------------------------------------------------------

bool WellFormed(const std::string& line)
{
    // [YYYY-MM-DD HH:MM:SS] MemoryPoolNVSE: text
    const char* shape = "[dddd-dd-dd dd:dd:dd] MemoryPoolNVSE: ";
    size_t n = strlen(shape);
    if (line.size() <= n)
        return false;
    for (size_t i = 0; i < n; ++i) {
        if (shape[i] == 'd' ? !(line[i] >= '0' && line[i] <= '9') : line[i] != shape[i])
            return false;
    }
    return true;
}

void LogContents()
{
    if (!StartGame())
        return;
    Send(kMessage_PostPostLoad);
    Send(kMessage_ExitGame);
    std::string log = ReadLog();
    bool crlf = !log.empty() && log.size() >= 2 && log.compare(log.size() - 2, 2, "\r\n") == 0;
    size_t lines = 0;
    std::string bad;
    for (size_t at = 0; at < log.size();) {
        size_t end = log.find("\r\n", at);
        if (end == std::string::npos) {
            crlf = false;
            break;
        }
        std::string line = log.substr(at, end - at);
        if (!WellFormed(line) || line.find('\n') != std::string::npos)
            bad = line;
        ++lines;
        at = end + 2;
    }
    printf("# %u log lines\n", unsigned(lines));
    Check("log-lines-crlf", crlf, "log does not end every line with CRLF");
    Check("log-lines-well-formed", lines > 0 && bad.empty(), "bad line \"%s\"", bad.c_str());
    const char* expectedOrder[] = {"Plugin Query called", "Plugin Query accepted", "Plugin Load called",
                                   "Successfully registered for NVSE messaging", "Received PostPostLoad message",
                                   "Choosing allocator (trigger: PostPostLoad)", "Checking ", "jemalloc 5.",
                                   "Allocator: jemalloc\r\n", "jemalloc.dll stays loaded"};
    size_t at = 0;
    const char* missing = nullptr;
    for (const char* part : expectedOrder) {
        size_t found = log.find(part, at);
        if (found == std::string::npos) {
            missing = part;
            break;
        }
        at = found;
    }
    Check("log-lifecycle-in-order", missing == nullptr, "\"%s\" missing or out of order", missing);
    Check("log-one-allocator-line", CountOf(log, "] MemoryPoolNVSE: Allocator: ") == 1, "%u allocator lines",
          unsigned(CountOf(log, "] MemoryPoolNVSE: Allocator: ")));
}

void LogUnwritable()
{
    std::wstring path = Folder() + L"MemoryPoolNVSE.log";
    bool isFile = false;
    std::string before = ReadWholeFile(path, &isFile);
    DWORD attributes = GetFileAttributesW(path.c_str());
    printf("# MemoryPoolNVSE.log: %s, %u bytes\n",
           attributes == INVALID_FILE_ATTRIBUTES ? "missing"
           : (attributes & FILE_ATTRIBUTE_DIRECTORY) ? "folder"
           : (attributes & FILE_ATTRIBUTE_READONLY) ? "read-only file" : "writable file",
           unsigned(before.size()));
    // Missing is allowed too: then the folder itself must be read-only, and the log must stay missing.
    Check("log-prepared-unwritable", attributes == INVALID_FILE_ATTRIBUTES ||
                                         (attributes & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_READONLY)),
          "MemoryPoolNVSE.log is a writable file; the harness must make it read-only");
    if (!StartGame())
        return;
    Send(kMessage_PostPostLoad);
    Check("plugin-works-without-log", BlockWorks(1000) && !StatusStartsWith("not initialized"), "status \"%s\"",
          P.status());
    Send(kMessage_ExitGame);
    bool stillFile = false;
    std::string after = ReadWholeFile(path, &stillFile);
    Check("log-unchanged", stillFile == isFile && after == before, "content changed (%u -> %u bytes)",
          unsigned(before.size()), unsigned(after.size()));
}

void NullFree(const char* expected)
{
    MemoryPoolStats probe{};
    probe.size = 4;
    Check("getstats-rejects-null-and-short", !P.getStats(nullptr) && !P.getStats(&probe), "GetStats accepted");
    P.free(nullptr);
    Check("free-null-before-init-no-op", strcmp(P.status(), "not initialized") == 0, "status \"%s\"", P.status());
    Check("usable-size-null", P.usableSize(nullptr) == 0, "usable size of NULL is not 0");
    if (!StartGame())
        return;
    Send(kMessage_PostPostLoad);
    CheckExpectedAllocator(expected);
    MemoryPoolStats before = Stats();
    for (int i = 0; i < 1000; ++i)
        P.free(nullptr);
    MemoryPoolStats after = Stats();
    Check("free-null-no-op", after.frees == before.frees && after.bytesOutstanding == before.bytesOutstanding,
          "frees %llu -> %llu", (unsigned long long)before.frees, (unsigned long long)after.frees);
    void* block = P.realloc(nullptr, 0);
    Check("realloc-null-zero-allocates", block != nullptr, "realloc(NULL, 0) returned NULL");
    P.free(block);
}

void StatsScenario(const char* expected)
{
    MemoryPoolStats early = Stats();
    Check("stats-before-init", early.allocator == MEMORYPOOL_ALLOCATOR_NONE && early.allocations == 0,
          "allocator %u", early.allocator);
    if (!StartGame())
        return;
    Send(kMessage_PostPostLoad);
    CheckExpectedAllocator(expected);
    MemoryPoolStats before = Stats();
    void* blocks[100];
    for (void*& block : blocks)
        block = P.malloc(1000);
    void* moved = P.realloc(blocks[0], 5000);
    if (moved)
        blocks[0] = moved;
    MemoryPoolStats during = Stats();
    printf("# allocator %u: allocations %llu frees %llu reallocations %llu outstanding %llu allocated %llu active %llu\n",
           during.allocator, (unsigned long long)during.allocations, (unsigned long long)during.frees,
           (unsigned long long)during.reallocations, (unsigned long long)during.bytesOutstanding,
           (unsigned long long)during.bytesAllocated, (unsigned long long)during.bytesActive);
    Check("stats-size-echoed", during.size == sizeof(MemoryPoolStats), "size %u", during.size);
    Check("stats-live-blocks", LiveBlocks(during) == LiveBlocks(before) + 100, "+%lld",
          LiveBlocks(during) - LiveBlocks(before));
    if (CountsCalls(during)) {
        Check("stats-allocations", during.allocations == before.allocations + 100, "+%llu",
              (unsigned long long)(during.allocations - before.allocations));
        Check("stats-reallocations", during.reallocations == before.reallocations + 1, "+%llu",
              (unsigned long long)(during.reallocations - before.reallocations));
    } else {
        Check("stats-jemalloc-counts",
              during.allocations >= before.allocations + 100 && during.reallocations == 0,
              "allocations +%llu, reallocations %llu", (unsigned long long)(during.allocations - before.allocations),
              (unsigned long long)during.reallocations);
    }
    Check("stats-outstanding", during.bytesOutstanding >= before.bytesOutstanding + 99 * 1000 + 5000, "+%llu",
          (unsigned long long)(during.bytesOutstanding - before.bytesOutstanding));
    if (during.allocator == MEMORYPOOL_ALLOCATOR_JEMALLOC)
        Check("stats-jemalloc-figures", during.bytesAllocated >= during.bytesOutstanding &&
                                            during.bytesActive >= during.bytesAllocated,
              "allocated %llu active %llu", (unsigned long long)during.bytesAllocated,
              (unsigned long long)during.bytesActive);
    else
        Check("stats-fallback-figures", during.bytesAllocated == during.bytesOutstanding &&
                                            during.bytesActive == during.bytesOutstanding,
              "allocated %llu active %llu", (unsigned long long)during.bytesAllocated,
              (unsigned long long)during.bytesActive);
    for (void* block : blocks)
        P.free(block);
    MemoryPoolStats after = Stats();
    Check("stats-after-free",
          LiveBlocks(after) == LiveBlocks(before) && after.bytesOutstanding == before.bytesOutstanding &&
              (!CountsCalls(after) || after.frees == before.frees + 100),
          "frees +%llu, outstanding %llu (was %llu)", (unsigned long long)(after.frees - before.frees),
          (unsigned long long)after.bytesOutstanding, (unsigned long long)before.bytesOutstanding);

    // A caller built against an older, smaller struct: nothing written past its size.
    struct {
        MemoryPoolStats stats;
        unsigned char canary[16];
    } old;
    memset(&old, 0xEE, sizeof old);
    old.stats.size = offsetof(MemoryPoolStats, reallocations);
    bool filled = P.getStats(&old.stats);
    const unsigned char* bytes = reinterpret_cast<const unsigned char*>(&old);
    bool untouched = true;
    for (size_t i = offsetof(MemoryPoolStats, reallocations); i < sizeof old; ++i)
        untouched &= bytes[i] == 0xEE;
    Check("stats-old-struct-size", filled && untouched && old.stats.size == offsetof(MemoryPoolStats, reallocations),
          "filled %d, bytes beyond size untouched %d", filled, untouched);
}

// ---- Thread-local storage budget ------------------------------------------------------------------------

std::vector<DWORD> g_heldTls;
std::vector<DWORD> g_heldFls;

// Takes every TLS and FLS slot the process has left but `left` TLS slots; the slots stay taken to the end.
void TakeSlots(size_t left)
{
    for (DWORD slot; (slot = TlsAlloc()) != TLS_OUT_OF_INDEXES;)
        g_heldTls.push_back(slot);
    for (DWORD slot; (slot = FlsAlloc(nullptr)) != FLS_OUT_OF_INDEXES;)
        g_heldFls.push_back(slot);
    for (size_t i = 0; i < left && !g_heldTls.empty(); ++i) {
        TlsFree(g_heldTls.back());
        g_heldTls.pop_back();
    }
    printf("# took %u TLS slots (left %u) and %u FLS slots\n", unsigned(g_heldTls.size()), unsigned(left),
           unsigned(g_heldFls.size()));
}

// How many TLS (or FLS) slots are still free: takes them all, then gives them back.
size_t FreeSlots(bool fiber)
{
    std::vector<DWORD> taken;
    for (;;) {
        DWORD slot = fiber ? FlsAlloc(nullptr) : TlsAlloc();
        if (slot == (fiber ? FLS_OUT_OF_INDEXES : TLS_OUT_OF_INDEXES))
            break;
        taken.push_back(slot);
    }
    for (DWORD slot : taken)
        fiber ? FlsFree(slot) : TlsFree(slot);
    return taken.size();
}

struct ThreadsAtOnce {
    std::atomic<int> failures{0};
    std::atomic<int> running{0};
    HANDLE allDone = nullptr;  // set when every thread has made its calls
};

DWORD WINAPI ThreadBlocksWork(void* parameter)
{
    ThreadsAtOnce& at = *static_cast<ThreadsAtOnce*>(parameter);
    if (!BlockWorks(24) || !BlockWorks(5000) || !BlockWorks(300000))
        ++at.failures;
    if (--at.running == 0)
        SetEvent(at.allDone);
    // Alive until all are done: every thread's per-thread state of the allocator exists at once.
    WaitForSingleObject(at.allDone, INFINITE);
    return 0;
}

// Allocates, checks and frees blocks on `count` threads of their own, all alive until the last is done (each thread's
// first call sets up the allocator's per-thread state, which is where thread-local storage is used, and which
// jemalloc makes from its own internal memory).
bool BlocksWorkOnThreads(int count)
{
    ThreadsAtOnce at;
    at.running = count;
    at.allDone = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    std::vector<HANDLE> threads;
    for (int i = 0; i < count; ++i) {
        HANDLE thread = CreateThread(nullptr, 0, ThreadBlocksWork, &at, 0, nullptr);
        if (!thread) {
            printf("# CreateThread failed, error %lu\n", GetLastError());
            SetEvent(at.allDone);
            return false;
        }
        threads.push_back(thread);
    }
    if (WaitForMultipleObjects(DWORD(threads.size()), threads.data(), TRUE, 60000) != WAIT_OBJECT_0) {
        // A thread stuck in the allocator holds its locks: end here rather than hang in the next call.
        Check("threads-finish", false, "%d threads did not all finish within 60 s (a deadlock?)", count);
        ExitProcess(Summary());
    }
    for (HANDLE thread : threads)
        CloseHandle(thread);
    CloseHandle(at.allDone);
    return at.failures.load() == 0;
}

// Before the runtime loads, a game whose other mods took every TLS slot but one: jemalloc takes that one and works.
void TlsOneLeft(const char*)
{
    if (!StartGame())
        return;
    Send(kMessage_PostPostLoad);
    CheckExpectedAllocator("jemalloc");
    Check("tls-one-left-blocks-work", BlockWorks(100) && BlocksWorkOnThreads(4), "blocks failed");
}

// Every TLS slot taken before the runtime loads: jemalloc cannot start, the runtime says so and uses its system heap.
void TlsNoneLeft(const char*)
{
    if (!StartGame())
        return;
    Send(kMessage_PostPostLoad);
    std::string status = P.status();
    Check("tls-none-left-fallback",
          status == "system fallback (jemalloc.dll could not start: no thread-local storage slot left (TlsAlloc failed))",
          "status \"%s\"", status.c_str());
    MemoryPoolStats before = Stats();
    bool work = BlockWorks(100) && BlocksWorkOnThreads(4);
    MemoryPoolStats after = Stats();
    Check("tls-none-left-blocks-work", work, "blocks failed");
    // Without a slot the fallback's counters are shared by all threads, still exact.
    Check("tls-none-left-counts", after.allocations - before.allocations == 13 && after.frees - before.frees == 13,
          "allocations +%llu, frees +%llu, expected 13 each",
          (unsigned long long)(after.allocations - before.allocations),
          (unsigned long long)(after.frees - before.frees));
}

// How many TLS and FLS slots the runtime and its allocator take, from before the plugin is loaded to after it was
// used on 33 threads, 32 of them alive at once.
size_t g_tlsFreeBefore = 0;
size_t g_flsFreeBefore = 0;

void CountFreeSlots()
{
    g_tlsFreeBefore = FreeSlots(false);
    g_flsFreeBefore = FreeSlots(true);
}

void TlsBudget(const char* expected)
{
    size_t tlsBefore = g_tlsFreeBefore, flsBefore = g_flsFreeBefore;
    if (!StartGame())
        return;
    Send(kMessage_PostPostLoad);
    CheckExpectedAllocator(expected);
    bool work = BlockWorks(100) && BlocksWorkOnThreads(32);
    Stats();
    size_t tls = tlsBefore - FreeSlots(false), fls = flsBefore - FreeSlots(true);
    printf("# thread-local storage taken by the runtime with %s: %u TLS slots (of %u free), %u FLS slots (of %u free)\n",
           P.status(), unsigned(tls), unsigned(tlsBefore), unsigned(fls), unsigned(flsBefore));
    Check("tls-budget-blocks-work", work, "blocks failed");
    // jemalloc: its one TlsAlloc (tsd_win.h); the fallback: one TLS and one FLS slot for its per-thread counters.
    bool jemalloc = Stats().allocator == MEMORYPOOL_ALLOCATOR_JEMALLOC;
    Check("tls-budget", jemalloc ? tls == 1 && fls == 0 : tls == 1 && fls == 1, "%u TLS, %u FLS slots", unsigned(tls),
          unsigned(fls));
}

// ---- Address space exhausted ----------------------------------------------------------------------------

bool Holds(const unsigned char* block, size_t size, unsigned char tag)
{
    for (size_t i = 0; i < size; ++i) {
        if (block[i] != tag)
            return false;
    }
    return true;
}

DWORD WINAPI ReturnAtOnce(void*)
{
    return 0;
}

struct FirstCallThread {
    HANDLE go;
    void* block;
};

DWORD WINAPI CallOnceGo(void* parameter)
{
    FirstCallThread* late = static_cast<FirstCallThread*>(parameter);
    WaitForSingleObject(late->go, INFINITE);
    late->block = P.malloc(16);
    return 0;
}

// The game runs out of address space: every call returns NULL (realloc keeping the block), the runtime logs it
// once, nothing aborts, and once memory is given back the calls work again.
void AddressSpaceExhausted(const char* expected)
{
    if (!StartGame())
        return;
    Send(kMessage_PostPostLoad);
    CheckExpectedAllocator(expected);
    const size_t smallSize = 100, bigSize = 100 * 1024;
    unsigned char* small = static_cast<unsigned char*>(P.malloc(smallSize));
    unsigned char* big = static_cast<unsigned char*>(P.malloc(bigSize));
    if (!small || !big) {
        Check("exhaustion-setup", false, "no blocks before exhaustion");
        return;
    }
    memset(small, 0x11, smallSize);
    memset(big, 0x22, bigSize);
    // Threads started now that call the runtime only after the address space is gone: each first call sets up
    // the allocator's per-thread state then (jemalloc has 8 spare records for that; 12 threads, one after another,
    // show each is given back).
    const int lateCount = 12;
    // Wine's thread exit loads libgcc_s the first time it runs, which needs address space (Windows' does not): one
    // thread ends before the address space is gone.
    HANDLE warmUp = CreateThread(nullptr, 64 * 1024, ReturnAtOnce, nullptr,
                                 STACK_SIZE_PARAM_IS_A_RESERVATION, nullptr);
    WaitForSingleObject(warmUp, INFINITE);
    CloseHandle(warmUp);
    FirstCallThread late[lateCount];
    HANDLE lateThreads[lateCount];
    for (int i = 0; i < lateCount; ++i) {
        late[i] = {CreateEventW(nullptr, TRUE, FALSE, nullptr), reinterpret_cast<void*>(1)};
        lateThreads[i] = CreateThread(nullptr, 64 * 1024, CallOnceGo, &late[i], STACK_SIZE_PARAM_IS_A_RESERVATION,
                                      nullptr);
    }
    // Storage for what is taken, made before nothing is left.
    const size_t maxHeld = 1 << 21, maxReservations = 1 << 16;
    void** held = static_cast<void**>(VirtualAlloc(nullptr, maxHeld * sizeof(void*), MEM_RESERVE | MEM_COMMIT,
                                                   PAGE_READWRITE));
    void** reservations = static_cast<void**>(VirtualAlloc(nullptr, maxReservations * sizeof(void*),
                                                           MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE));
    size_t heldCount = 0, reservationCount = 0;
    // Every free region of the address space, largest pieces first, down to the 64 KiB allocation granularity.
    auto reserveFreeRegions = [&] {
        for (size_t size = size_t(1) << 30; size >= 64 * 1024 && reservationCount < maxReservations;) {
            void* region = VirtualAlloc(nullptr, size, MEM_RESERVE, PAGE_NOACCESS);
            if (region)
                reservations[reservationCount++] = region;
            else
                size /= 2;
        }
    };
    reserveFreeRegions();
    // What the allocator still has in hand, from large blocks to every small size (so also the size of a
    // thread's per-thread record).
    std::vector<size_t> sizes = {size_t(1) << 20, 64 * 1024};
    for (size_t size = 16 * 1024; size >= 8; size -= 8)
        sizes.push_back(size);
    for (size_t size : sizes) {
        while (heldCount < maxHeld) {
            void* block = P.malloc(size);
            if (!block)
                break;
            held[heldCount++] = block;
        }
    }
    printf("# reserved the address space in %u regions, then took %u more blocks\n", unsigned(reservationCount),
           unsigned(heldCount));
    Check("exhaustion-reached", heldCount < maxHeld, "the allocator never ran out");
    Check("exhausted-malloc-null", !P.malloc(16) && !P.malloc(1 << 20), "malloc returned a block");
    Check("exhausted-calloc-null", !P.calloc(4, 4) && !P.calloc(1, 1 << 20), "calloc returned a block");
    Check("exhausted-realloc-null", !P.realloc(small, 4 << 20) && !P.realloc(big, 8 << 20), "realloc returned a block");
    Check("exhausted-realloc-keeps-blocks", Holds(small, smallSize, 0x11) && Holds(big, bigSize, 0x22),
          "a block changed after a failed realloc");
    int lateBlocks = 0;
    for (int i = 0; i < lateCount; ++i) {
        SetEvent(late[i].go);
        WaitForSingleObject(lateThreads[i], INFINITE);
        CloseHandle(lateThreads[i]);
        CloseHandle(late[i].go);
        lateBlocks += late[i].block != nullptr;
        reserveFreeRegions();  // the ended thread's stack
    }
    Check("exhausted-first-call-on-a-thread-null", lateBlocks == 0, "%d of %d threads' first malloc returned a block",
          lateBlocks, lateCount);

    for (size_t i = 0; i < heldCount; ++i)
        P.free(held[i]);
    for (size_t i = 0; i < reservationCount; ++i)
        VirtualFree(reservations[i], 0, MEM_RELEASE);
    void* again = P.malloc(1 << 20);
    Check("memory-back-malloc-works", again != nullptr, "malloc failed after memory was given back");
    P.free(again);
    unsigned char* moved = static_cast<unsigned char*>(P.realloc(big, 8 << 20));
    Check("memory-back-realloc-works", moved && Holds(moved, bigSize, 0x22), "realloc failed after memory was back");
    P.free(moved ? moved : big);
    P.free(small);
    std::string log = ReadLog();
    Check("out-of-memory-logged-once", CountOf(log, "Out of memory") == 1, "log has \"Out of memory\" %u times",
          unsigned(CountOf(log, "Out of memory")));
}

struct Scenario {
    const char* name;
    void (*run)(const char* expected);
    void (*beforeLoad)() = nullptr;  // runs before the plugin is loaded
};

const Scenario kScenarios[] = {
    {"query-ok", [](const char*) { QueryOk(); }},
    {"query-old-nvse", [](const char*) { QueryOldNvse(); }},
    {"query-old-runtime", [](const char*) { QueryOldRuntime(); }},
    {"query-editor", [](const char*) { QueryEditor(); }},
    {"load-registers-listener", [](const char*) { LoadRegistersListener(); }},
    {"postpostload-jemalloc", [](const char*) { PostPostLoadJemalloc(); }},
    {"fallback-missing", [](const char*) { ExpectFallback("jemalloc.dll missing"); }},
    {"fallback-wrong-arch", [](const char*) { ExpectFallback("wrong architecture: machine 0x8664 (x64)"); }},
    {"fallback-corrupt", [](const char*) { ExpectFallback("not a PE image"); }},
    {"fallback-missing-symbol", [](const char*) { ExpectFallback("jemalloc.dll lacks symbol je_free"); }},
    {"fallback-loadlibrary", [](const char*) { ExpectFallback("LoadLibrary of jemalloc.dll failed (error "); }},
    {"alloc-before-init", [](const char*) { AllocBeforeInit(); }},
    {"free-after-exit", [](const char*) { FreeAfterExit(); }},
    {"calloc-realloc", CallocRealloc},
    {"threads", Threads},
    {"log-contents", [](const char*) { LogContents(); }},
    {"log-unwritable", [](const char*) { LogUnwritable(); }},
    {"null-free", NullFree},
    {"stats", StatsScenario},
    {"tls-one-left", TlsOneLeft, [] { TakeSlots(1); }},
    {"tls-none-left", TlsNoneLeft, [] { TakeSlots(0); }},
    {"tls-budget", TlsBudget, CountFreeSlots},
    {"address-space-exhausted", AddressSpaceExhausted},
};

} // namespace

int main(int argc, char** argv)
{
    const char* name = argc > 1 ? argv[1] : "";
    const char* expected = argc > 2 ? argv[2] : nullptr;
    if (expected && strcmp(expected, "jemalloc") != 0 && strcmp(expected, "system") != 0) {
        printf("FAIL arguments: expected allocator must be jemalloc or system, not \"%s\"\n", expected);
        return 2;
    }
    for (const Scenario& scenario : kScenarios) {
        if (strcmp(scenario.name, name) != 0)
            continue;
        g_currentHandle = kFakeHandle;
        if (scenario.beforeLoad)
            scenario.beforeLoad();
        if (LoadPlugin())
            scenario.run(expected);
        return Summary();
    }
    printf("FAIL arguments: unknown scenario \"%s\"; known:", name);
    for (const Scenario& scenario : kScenarios)
        printf(" %s", scenario.name);
    printf("\n0 passed, 1 failed\n");
    return 2;
}
