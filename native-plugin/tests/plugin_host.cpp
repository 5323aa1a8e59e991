// plugin_host.exe - plays NVSE and one game session for the NVSE plugins of a game folder: a plugin the SDK
// generated, with or without MemoryPoolNVSE.dll next to it.
//
// Usage: plugin_host.exe (no arguments), copied into the game folder as the game's EXE.
// Like xNVSE (PluginManager::InstallPlugins) it takes every Data\NVSE\Plugins\*.dll of the EXE's folder, in name
// order as NTFS lists them (Wine lists a Linux folder unsorted, so the host sorts, case-insensitively), calls
// LoadLibrary and NVSEPlugin_Query on each, then NVSEPlugin_Load on each that accepted, handing each plugin its
// own handle (its position, from 1) through GetPluginHandle. Then it plays a session, sending every message a
// generated plugin can handle (the SDK's NvseMessage) to every listener registered for sender "NVSE", in the
// order they registered: PostLoad, PostPostLoad, DeferredInit, MainGameLoop (several frames), NewGame,
// SaveGame, ExitToMainMenu, PreLoadGame, LoadGame, PostLoadGame, DeleteGame, ExitGame - the save-game messages
// carry a save's file name, PostLoadGame "loaded" (1), as xNVSE's do.
//
// Checks (output as host_checks.h prints them): plugins found; per plugin "load-library <dll>", "exports <dll>",
// "query <dll>" (accepted, PluginInfo filled), "load <dll>", "listener-handle <dll>" (its listeners use its
// handle and sender "NVSE"); "listeners-registered"; per message sent "sent-<Name>" (every listener got it and
// returned). When MemoryPoolNVSE.dll is among the plugins: "runtime-allocator-chosen" after PostPostLoad and
// "runtime-blocks-returned" after ExitGame (bytesOutstanding 0: the plugins freed every block they took from it),
// with its statistics as "# MemoryPoolNVSE.dll ..." lines. A plugin that crashes ends the host without a summary.
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
        bool loaded = plugin.load(&kGame);
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
    {kMessage_DeleteGame, "DeleteGame", g_saveName, sizeof g_saveName - 1},
    {kMessage_ExitGame, "ExitGame", nullptr, 0},
};

void PlaySession(bool runtime)
{
    int nvseListeners = 0;
    for (const FakeListener& listener : g_listeners)
        nvseListeners += listener.sender == "NVSE" || listener.sender == "(null)";
    Check("listeners-registered", nvseListeners > 0, "no plugin registered for NVSE's messages");
    for (const Step& step : kSession) {
        int delivered = Send(step.type, step.data, step.dataLen);
        std::string check = std::string("sent-") + step.name;
        Check(check.c_str(), delivered == nvseListeners, "type %u reached %d of %d listeners", unsigned(step.type),
              delivered, nvseListeners);
        if (runtime && step.type == kMessage_PostPostLoad) {
            RuntimeStats("after PostPostLoad");
            Check("runtime-allocator-chosen", strcmp(R.status(), "not initialized") != 0, "status \"%s\"",
                  R.status());
        }
    }
    if (runtime) {
        MemoryPoolStats stats = RuntimeStats("after ExitGame");
        Check("runtime-blocks-returned", stats.bytesOutstanding == 0, "%llu bytes outstanding",
              (unsigned long long)stats.bytesOutstanding);
    }
}

} // namespace

int main()
{
    std::wstring plugins = Folder() + L"Data\\NVSE\\Plugins\\";
    std::vector<Plugin> queried = QueryPlugins(plugins);
    Check("plugins-found", !queried.empty(), "no plugin in %s accepted (or none is there)", Narrow(plugins).c_str());
    if (!queried.empty()) {
        LoadPlugins(queried);
        PlaySession(FindRuntime());
    }
    return Summary();
}
