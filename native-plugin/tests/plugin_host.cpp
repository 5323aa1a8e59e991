// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// plugin_host.exe - plays NVSE and one game session for the NVSE plugins of a game folder: a plugin the SDK
// generated, with or without MemoryPoolNVSE.dll next to it.
//
// Usage: plugin_host.exe [--call "Name arg ... => expected"]... [--cosave-records "TYPE VERSION HEX; ..."],
// copied into the game folder as the game's EXE.
// Like xNVSE (PluginManager::InstallPlugins) it takes every Data\NVSE\Plugins\*.dll of the EXE's folder, in name
// order as NTFS lists them (Wine lists a Linux folder unsorted, so the host sorts, case-insensitively), calls
// LoadLibrary and NVSEPlugin_Query on each, then NVSEPlugin_Load on each that accepted, handing each plugin its
// own handle (its position, from 1) through GetPluginHandle. Then it plays a session, sending every message a
// generated plugin can handle (the SDK's NvseMessage) to every listener registered for sender "NVSE", in the
// order they registered: PostLoad, PostPostLoad, DeferredInit, MainGameLoop (several frames), NewGame,
// SaveGame, ExitToMainMenu, PreLoadGame, LoadGame, PostLoadGame, SaveGame, DeleteGame, ExitGame - the save-game messages
// carry a save's file name, PostLoadGame "loaded" (1), as xNVSE's do.
//
// Checks (output as host_checks.h prints them): plugins found; per plugin "load-library <dll>", "exports <dll>",
// "query <dll>" (accepted, PluginInfo filled), "load <dll>", "listener-handle <dll>" (its listeners use its
// handle and sender "NVSE"); per message sent "sent-<Name>" (every listener got it and
// returned). When MemoryPoolNVSE.dll is among the plugins: "runtime-allocator-chosen" after PostPostLoad and
// "runtime-blocks-returned" after ExitGame (bytesOutstanding 0: the plugins freed every block they took from it),
// with its statistics as "# MemoryPoolNVSE.dll ..." lines. A plugin that crashes ends the host without a summary.
// Script commands (fake_commands.h plays xNVSE's command table): each registration gets its opcode as xNVSE gives
// it, printed as "# command 0x2000 Name ..." lines; "commands-registered" fails on anything xNVSE refuses or lets
// break scripts (each as "FAIL command-table: ..."). Each --call runs the command as a script line would, after
// NewGame, with its arguments (numbers, or text for string parameters; form parameters get NULL, there being no
// forms in the host) read through the script interface's ExtractArgsEx; a call missing a required argument, or with
// text for a number, fails as the script compiler would refuse it; "call <Name>" checks that it returned true and that its result is the expected number, or, for
// "=> \"text\"", the string it assigned.
// The co-save (fake_serialization.h plays xNVSE's): after NewGame the new-game callbacks run, after SaveGame the save
// callbacks write each plugin's records under its opcode base, after PreLoadGame and LoadGame the pre-load and load
// callbacks read them back ("# co-save: ..." lines say what was kept). --cosave-records replaces every plugin's saved
// records before the load with the ones given (e.g. "STAT 1 07000000; XTRA 9 0102": an older version, an unknown
// type), as a save written by an older build of the plugin would hold them.
// Events (fake_events.h plays xNVSE's event manager): after NewGame the host dispatches the game event OnHit three
// times to the native handlers set, with two stand-in references ("# event ..." says how many handlers ran).
// Exit code 0 only when every check passed. The host never creates files: the harness lays out the folder and
// reads the plugins' logs afterwards.
#include <algorithm>
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

// ---- Plugins --------------------------------------------------------------------------------------------

struct Plugin {
    std::string file; // the DLL's file name, for the output
    HMODULE module = nullptr;
    PluginHandle handle = kPluginHandle_Invalid;
    NVSEPlugin_QueryFn query = nullptr;
    NVSEPlugin_LoadFn load = nullptr;
    bool accepted = false;
};

std::string Narrow(const std::wstring& text)
{
    char buffer[MAX_PATH * 4] = "";
    WideCharToMultiByte(CP_UTF8, 0, text.c_str(), -1, buffer, sizeof buffer, nullptr, nullptr);
    return buffer;
}

// The DLL file names in Data\NVSE\Plugins\, sorted as NTFS lists them (ordinal, ignoring case).
std::vector<std::wstring> PluginFiles(const std::wstring& folder)
{
    std::vector<std::wstring> files;
    WIN32_FIND_DATAW found;
    HANDLE search = FindFirstFileW((folder + L"*.dll").c_str(), &found);
    if (search == INVALID_HANDLE_VALUE)
        return files;
    do {
        if (!(found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY))
            files.push_back(found.cFileName);
    } while (FindNextFileW(search, &found));
    FindClose(search);
    std::sort(files.begin(), files.end(), [](const std::wstring& a, const std::wstring& b) {
        return CompareStringOrdinal(a.c_str(), -1, b.c_str(), -1, TRUE) == CSTR_LESS_THAN;
    });
    return files;
}

template <typename Fn>
Fn Resolve(HMODULE module, const char* name)
{
    return reinterpret_cast<Fn>(reinterpret_cast<void (*)()>(GetProcAddress(module, name)));
}

// xNVSE's first pass: LoadLibrary and Query each plugin; a refused one is unloaded.
std::vector<Plugin> QueryPlugins(const std::wstring& folder)
{
    std::vector<Plugin> plugins;
    PluginHandle index = 0;
    for (const std::wstring& file : PluginFiles(folder)) {
        Plugin plugin;
        plugin.file = Narrow(file);
        plugin.handle = ++index;
        printf("# plugin %u: %s\n", unsigned(plugin.handle), plugin.file.c_str());
        std::string check = "load-library " + plugin.file;
        plugin.module = LoadLibraryW((folder + file).c_str());
        Check(check.c_str(), plugin.module != nullptr, "LoadLibraryW failed, error %lu", GetLastError());
        if (!plugin.module)
            continue;
        plugin.query = Resolve<NVSEPlugin_QueryFn>(plugin.module, "NVSEPlugin_Query");
        plugin.load = Resolve<NVSEPlugin_LoadFn>(plugin.module, "NVSEPlugin_Load");
        check = "exports " + plugin.file;
        Check(check.c_str(), plugin.query && plugin.load, "NVSEPlugin_Query %p, NVSEPlugin_Load %p",
              reinterpret_cast<void*>(plugin.query), reinterpret_cast<void*>(plugin.load));
        if (!plugin.query || !plugin.load) {
            FreeLibrary(plugin.module);
            continue;
        }
        PluginInfo info{};
        g_currentHandle = plugin.handle;
        plugin.accepted = plugin.query(&kGame, &info);
        g_currentHandle = kPluginHandle_Invalid;
        printf("# %s: PluginInfo {%u, \"%s\", 0x%08X}\n", plugin.file.c_str(), unsigned(info.infoVersion),
               info.name ? info.name : "(null)", unsigned(info.version));
        check = "query " + plugin.file;
        Check(check.c_str(), plugin.accepted && info.infoVersion == PLUGIN_INFO_VERSION && info.name && info.name[0],
              "accepted %d, infoVersion %u, name %s", plugin.accepted, unsigned(info.infoVersion),
              info.name ? info.name : "(null)");
        if (!plugin.accepted) {
            FreeLibrary(plugin.module);
            continue;
        }
        plugins.push_back(plugin);
    }
    return plugins;
}

// xNVSE's second pass: Load each plugin that accepted; every listener it registers must carry its handle.
void LoadPlugins(const std::vector<Plugin>& plugins)
{
    for (const Plugin& plugin : plugins) {
        size_t listenersBefore = g_listeners.size();
        g_currentHandle = plugin.handle;
        g_loadingPlugin = plugin.handle;
        bool loaded = plugin.load(&kGame);
        g_loadingPlugin = kPluginHandle_Invalid;
        g_currentHandle = kPluginHandle_Invalid;
        std::string check = "load " + plugin.file;
        Check(check.c_str(), loaded, "NVSEPlugin_Load returned false");
        bool own = true;
        for (size_t i = listenersBefore; i < g_listeners.size(); ++i)
            own &= g_listeners[i].handle == plugin.handle && g_listeners[i].sender == "NVSE";
        printf("# %s: %u listener(s)\n", plugin.file.c_str(), unsigned(g_listeners.size() - listenersBefore));
        check = "listener-handle " + plugin.file;
        Check(check.c_str(), own, "a listener with another handle than %u or another sender than \"NVSE\"",
              unsigned(plugin.handle));
    }
}

// The command table after every plugin loaded, and whether xNVSE would have taken it without harm.
void CheckCommandTable(const std::vector<Plugin>& plugins)
{
    for (const auto& entry : g_commands) {
        const FakeCommand& command = entry.second;
        std::string file = "?";
        for (const Plugin& plugin : plugins)
            if (plugin.handle == command.plugin)
                file = plugin.file;
        printf("# command 0x%04X %s%s%s (%s, returns %u, %u parameter(s))\n", unsigned(entry.first),
               command.info.longName, command.info.shortName && command.info.shortName[0] ? " alias " : "",
               command.info.shortName ? command.info.shortName : "", file.c_str(), unsigned(command.returnType),
               unsigned(command.info.numParams));
    }
    for (const std::string& error : g_commandErrors)
        Check("command-table", false, "%s", error.c_str());
    if (!g_commands.empty() || !g_commandErrors.empty())
        Check("commands-registered", g_commandErrors.empty(), "%u problem(s)", unsigned(g_commandErrors.size()));
}

// ---- Script commands run as a script would ----------------------------------------------------------------

struct Call {
    std::string line; // as given: Name arg ... => expected
};

std::vector<std::string> Words(const std::string& text)
{
    std::vector<std::string> words;
    std::string word;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') {
            quoted = !quoted;
            word += c;
        } else if (c == ' ' && !quoted) {
            if (!word.empty())
                words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty())
        words.push_back(word);
    return words;
}

void RunCall(const Call& call)
{
    size_t arrow = call.line.find("=>");
    std::vector<std::string> words = Words(call.line.substr(0, arrow));
    std::string expected = arrow == std::string::npos ? "" : call.line.substr(arrow + 2);
    expected.erase(0, expected.find_first_not_of(' '));
    std::string check = "call " + (words.empty() ? std::string("?") : words[0]);
    const FakeCommand* command = words.empty() ? nullptr : FindCommand(words[0]);
    if (!command) {
        Check(check.c_str(), false, "no command %s is registered", words.empty() ? "" : words[0].c_str());
        return;
    }
    FakeArguments arguments{};
    arguments.count = static_cast<UInt32>(words.size() - 1);
    if (arguments.count > command->info.numParams || arguments.count > 16) {
        Check(check.c_str(), false, "%u arguments for %u parameters", unsigned(arguments.count),
              unsigned(command->info.numParams));
        return;
    }
    UInt32 required = 0;
    while (required < command->info.numParams && !command->info.params[required].isOptional)
        ++required;
    if (arguments.count < required) {
        // The script compiler refuses such a line: it never reaches the command.
        Check(check.c_str(), false, "%u argument(s) for %u required parameter(s)", unsigned(arguments.count),
              unsigned(required));
        return;
    }
    for (UInt32 i = 0; i < arguments.count; ++i) {
        const std::string& word = words[i + 1];
        FakeArgument& argument = arguments.values[i];
        argument.isText = !word.empty() && word[0] == '"';
        std::string text = argument.isText ? word.substr(1, word.size() - 2) : word;
        lstrcpynA(argument.text, text.c_str(), sizeof argument.text);
        char* end = nullptr;
        argument.number = argument.isText ? 0 : strtod(text.c_str(), &end);
        int kind = Classify(command->info.params[i].typeID);
        if (!argument.isText && (kind == 1 || kind == 2 || kind == 4 || kind == 5) && (end == text.c_str() || *end)) {
            Check(check.c_str(), false, "argument %u '%s' is not a number", unsigned(i + 1), text.c_str());
            return;
        }
    }
    double result = -1;
    bool returned = CallCommand(*command, arguments, &result);
    printf("# %s: returned %s, result %.17g, assigned \"%s\"\n", call.line.c_str(), returned ? "true" : "false", result,
           g_assignedString.c_str());
    if (!expected.empty() && expected[0] == '"') {
        std::string text = expected.substr(1, expected.rfind('"') - 1);
        Check(check.c_str(), returned && g_assignedString == text, "assigned \"%s\", expected \"%s\"",
              g_assignedString.c_str(), text.c_str());
    } else {
        double want = atof(expected.c_str());
        Check(check.c_str(), returned && std::fabs(result - want) <= 1e-9 * std::fmax(1, std::fabs(want)),
              "returned %s, result %.17g, expected %.17g", returned ? "true" : "false", result, want);
    }
}

// ---- MemoryPoolNVSE.dll, when it is installed -----------------------------------------------------------

struct Runtime {
    const char* (*status)() = nullptr;
    bool (*getStats)(MemoryPoolStats*) = nullptr;
} R;

// Found among the loaded plugins by module name, as the generated client finds it.
bool FindRuntime()
{
    HMODULE runtime = GetModuleHandleW(L"MemoryPoolNVSE.dll");
    if (!runtime)
        return false;
    R.status = Resolve<const char* (*)()>(runtime, "GetMemoryPoolStatus");
    R.getStats = Resolve<bool (*)(MemoryPoolStats*)>(runtime, "MemoryPoolGetStats");
    Check("runtime-exports", R.status && R.getStats, "GetMemoryPoolStatus %p, MemoryPoolGetStats %p",
          reinterpret_cast<void*>(R.status), reinterpret_cast<void*>(R.getStats));
    return R.status && R.getStats;
}

MemoryPoolStats RuntimeStats(const char* when)
{
    MemoryPoolStats stats{};
    stats.size = sizeof stats;
    R.getStats(&stats);
    printf("# MemoryPoolNVSE.dll %s: %s; allocations %llu, frees %llu, bytes outstanding %llu\n", when, R.status(),
           (unsigned long long)stats.allocations, (unsigned long long)stats.frees,
           (unsigned long long)stats.bytesOutstanding);
    return stats;
}

// Three phases of heap use through the runtime, each held for 3.5 s so that its once-a-second statistics
// (MemoryPoolNVSE.stats) show each: 16 MiB in 1 MiB blocks, 48 MiB, then everything freed.
void PlayHeapPhases()
{
    HMODULE runtime = GetModuleHandleW(L"MemoryPoolNVSE.dll");
    auto allocate = Resolve<void* (*)(size_t)>(runtime, "MemoryPoolMalloc");
    auto release = Resolve<void (*)(void*)>(runtime, "MemoryPoolFree");
    Check("heap-phases-exports", allocate && release, "MemoryPoolMalloc %p, MemoryPoolFree %p",
          reinterpret_cast<void*>(allocate), reinterpret_cast<void*>(release));
    if (!allocate || !release)
        return;
    const size_t block = 1024 * 1024;
    std::vector<void*> blocks;
    for (int phase = 0; phase < 3; ++phase) {
        size_t want = phase == 0 ? 16 : phase == 1 ? 48 : 0;
        while (blocks.size() < want) {
            void* p = allocate(block);
            if (!p)
                break;
            memset(p, 0x5A, block); // touched, as a game touches what it allocates
            blocks.push_back(p);
        }
        while (blocks.size() > want) {
            release(blocks.back());
            blocks.pop_back();
        }
        MemoryPoolStats stats = RuntimeStats("heap phase");
        printf("# heap-phase %d: %u MiB in use, bytes outstanding %llu\n", phase, unsigned(blocks.size()),
               (unsigned long long)stats.bytesOutstanding);
        fflush(stdout);
        Sleep(3500);
    }
}

// ---- The session ----------------------------------------------------------------------------------------

char g_saveName[] = "Save 1 - Courier  Goodsprings  00 05 12.fos";

struct Step {
    UInt32 type;
    const char* name; // NvseMessage's display name
    void* data;
    UInt32 dataLen;
};

const Step kSession[] = {
    {kMessage_PostLoad, "PostLoad", nullptr, 0},
    {kMessage_PostPostLoad, "PostPostLoad", nullptr, 0},
    {kMessage_DeferredInit, "DeferredInit", nullptr, 0},
    {kMessage_MainGameLoop, "MainGameLoop", nullptr, 0}, // the main menu, three frames
    {kMessage_MainGameLoop, "MainGameLoop", nullptr, 0},
    {kMessage_MainGameLoop, "MainGameLoop", nullptr, 0},
    {kMessage_NewGame, "NewGame", nullptr, 0},
    {kMessage_MainGameLoop, "MainGameLoop", nullptr, 0},
    {kMessage_SaveGame, "SaveGame", g_saveName, sizeof g_saveName - 1},
    {kMessage_ExitToMainMenu, "ExitToMainMenu", nullptr, 0},
    {kMessage_PreLoadGame, "PreLoadGame", g_saveName, sizeof g_saveName - 1},
    {kMessage_LoadGame, "LoadGame", g_saveName, sizeof g_saveName - 1},
    {kMessage_PostLoadGame, "PostLoadGame", reinterpret_cast<void*>(1), 1}, // 1: the save loaded
    {kMessage_MainGameLoop, "MainGameLoop", nullptr, 0},
    {kMessage_SaveGame, "SaveGame", g_saveName, sizeof g_saveName - 1}, // saved again after the load
    {kMessage_DeleteGame, "DeleteGame", g_saveName, sizeof g_saveName - 1},
    {kMessage_ExitGame, "ExitGame", nullptr, 0},
};

// "TYPE VERSION HEX; ...": four-character types, decimal versions, data as hexadecimal bytes.
std::vector<FakeRecord> ParseRecords(const std::string& text)
{
    std::vector<FakeRecord> records;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find(';', start);
        std::vector<std::string> words = Words(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        start = end == std::string::npos ? text.size() : end + 1;
        if (words.size() < 2 || words[0].size() != 4)
            continue;
        FakeRecord record{NVSE_RECORD_TYPE(words[0][0], words[0][1], words[0][2], words[0][3]),
                          static_cast<UInt32>(atoi(words[1].c_str())), {}};
        const std::string hex = words.size() > 2 ? words[2] : "";
        if (hex.size() % 2 || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
            printf("usage: --cosave-records takes \"TYPE VERSION HEX; ...\" with hexadecimal bytes, not '%s'\n", hex.c_str());
            exit(2);
        }
        for (size_t i = 0; i + 1 < hex.size(); i += 2)
            record.data.push_back(static_cast<UInt8>(strtoul(hex.substr(i, 2).c_str(), nullptr, 16)));
        records.push_back(record);
    }
    return records;
}

void PlaySession(bool runtime, const std::vector<Call>& calls, const std::string& replacedRecords, bool heapPhases)
{
    int nvseListeners = 0;
    for (const FakeListener& listener : g_listeners)
        nvseListeners += listener.sender == "NVSE" || listener.sender == "(null)";
    // A plugin may handle no message at all (commands only): then every message reaches its 0 listeners.
    printf("# %d listener(s) for NVSE's messages\n", nvseListeners);
    for (const Step& step : kSession) {
        int delivered = Send(step.type, step.data, step.dataLen);
        std::string check = std::string("sent-") + step.name;
        Check(check.c_str(), delivered == nvseListeners, "type %u reached %d of %d listeners", unsigned(step.type),
              delivered, nvseListeners);
        if (step.type == kMessage_NewGame) {
            NewGameCoSave();
            static int target = 0, attacker = 0; // stand-ins for the game's references
            int handlers = 0;
            for (int hit = 0; hit < 3; ++hit)
                handlers = DispatchGameEvent("OnHit", &target, &attacker);
            if (!g_eventHandlers.empty())
                printf("# event OnHit dispatched 3 times to %d handler(s)\n", handlers);
            for (const Call& call : calls)
                RunCall(call);
        }
        if (step.type == kMessage_SaveGame) {
            SaveCoSave(g_saveName);
            if (!replacedRecords.empty())
                for (auto& saved : g_coSave)
                    saved.second = ParseRecords(replacedRecords);
        }
        if (step.type == kMessage_PreLoadGame)
            LoadCoSave(g_saveName, true);
        if (step.type == kMessage_LoadGame)
            LoadCoSave(g_saveName, false);
        if (runtime && step.type == kMessage_PostPostLoad) {
            RuntimeStats("after PostPostLoad");
            Check("runtime-allocator-chosen", strcmp(R.status(), "not initialized") != 0, "status \"%s\"",
                  R.status());
            if (heapPhases)
                PlayHeapPhases();
        }
    }
    if (runtime) {
        MemoryPoolStats stats = RuntimeStats("after ExitGame");
        Check("runtime-blocks-returned", stats.bytesOutstanding == 0, "%llu bytes outstanding",
              (unsigned long long)stats.bytesOutstanding);
    }
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<Call> calls;
    std::string records;
    bool heapPhases = false;
    for (int i = 1; i < argc; ++i) {
        if (strcmp(argv[i], "--call") == 0 && i + 1 < argc) {
            calls.push_back({argv[++i]});
        } else if (strcmp(argv[i], "--cosave-records") == 0 && i + 1 < argc) {
            records = argv[++i];
        } else if (strcmp(argv[i], "--heap-phases") == 0) {
            heapPhases = true;
        } else {
            printf("usage: plugin_host.exe [--call \"Name arg ... => expected\"]... [--cosave-records \"TYPE VERSION HEX; ...\"]"
                   " [--heap-phases]\n");
            return 2;
        }
    }
    std::wstring plugins = Folder() + L"Data\\NVSE\\Plugins\\";
    std::vector<Plugin> queried = QueryPlugins(plugins);
    Check("plugins-found", !queried.empty(), "no plugin in %s accepted (or none is there)", Narrow(plugins).c_str());
    if (!queried.empty()) {
        LoadPlugins(queried);
        CheckCommandTable(queried);
        PlaySession(FindRuntime(), calls, records, heapPhases);
    }
    return Summary();
}
