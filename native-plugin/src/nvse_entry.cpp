// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// NVSE entry points: version checks, messaging registration, reaction to NVSE's messages.
#include "MemoryPool.h"
#include "allocator.h"
#include "log.h"
#include "nvse_plugin.h"
#include "stats_publisher.h"

namespace {

void OnNvseMessage(NVSEMessage* message)
{
    if (!message)
        return;
    switch (message->type) {
    case kMessage_PostPostLoad:
        Log("Received PostPostLoad message - all plugins loaded");
        ChooseAllocator("PostPostLoad");
        StartStatsPublisher();
        break;
    case kMessage_ExitGame:
    case kMessage_ExitGame_Console:
        // Unloading would break every block still freed during shutdown (other plugins, static destructors).
        switch (CurrentAllocator()) {
        case MEMORYPOOL_ALLOCATOR_JEMALLOC:
            Log("Received ExitGame message - jemalloc.dll stays loaded until the process ends");
            break;
        case MEMORYPOOL_ALLOCATOR_SYSTEM:
            Log("Received ExitGame message - the fallback heap stays alive until the process ends");
            break;
        default:
            Log("Received ExitGame message - no allocator was chosen");
            break;
        }
        break;
    default:
        break;
    }
}

bool Refuse(const char* what, UInt32 found, const char* minimum, UInt32 minimumPacked)
{
    Log("Refusing to load: %s 0x%08X is older than %s (0x%08X)", what, static_cast<unsigned>(found), minimum,
        static_cast<unsigned>(minimumPacked));
    return false;
}

} // namespace

extern "C" {

bool NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)
{
    if (!nvse || !info)
        return false;
    info->infoVersion = PLUGIN_INFO_VERSION;
    info->name = "MemoryPoolNVSE";
    info->version = MEMORYPOOL_PLUGIN_VERSION;
    Log("Plugin Query called (MemoryPoolNVSE %s, NVSE 0x%08X, runtime 0x%08X, editor 0x%08X, isEditor %u)",
        MEMORYPOOL_PLUGIN_VERSION_STRING, static_cast<unsigned>(nvse->nvseVersion),
        static_cast<unsigned>(nvse->runtimeVersion), static_cast<unsigned>(nvse->editorVersion),
        static_cast<unsigned>(nvse->isEditor));

    if (nvse->nvseVersion < NVSE_VERSION_6_1_0)
        return Refuse("NVSE version", nvse->nvseVersion, "6.1.0", NVSE_VERSION_6_1_0);
    if (nvse->isEditor) {
        if (nvse->editorVersion < EDITOR_VERSION_1_4_0_518)
            return Refuse("editor version", nvse->editorVersion, "1.4.0.518", EDITOR_VERSION_1_4_0_518);
        // Recorded already here: a plugin queried after us could allocate before our Load.
        SetEditorMode(true);
        Log("Running in the editor (GECK): system fallback only, jemalloc.dll is not loaded");
    } else if (nvse->runtimeVersion < RUNTIME_VERSION_1_4_0_525) {
        return Refuse("game runtime", nvse->runtimeVersion, "1.4.0.525", RUNTIME_VERSION_1_4_0_525);
    }
    Log("Plugin Query accepted");
    return true;
}

bool NVSEPlugin_Load(const NVSEInterface* nvse)
{
    if (!nvse)
        return false;
    Log("Plugin Load called");
    SetEditorMode(nvse->isEditor != 0);

    PluginHandle handle = nvse->GetPluginHandle ? nvse->GetPluginHandle() : kPluginHandle_Invalid;
    auto* messaging = nvse->QueryInterface
                          ? static_cast<NVSEMessagingInterface*>(nvse->QueryInterface(kInterface_Messaging))
                          : nullptr;
    // Without messages the plugin still works: the allocator is then chosen at the first allocation.
    if (!messaging || !messaging->RegisterListener) {
        Log("NVSE messaging interface unavailable; allocator will be chosen at first allocation");
    } else if (!messaging->RegisterListener(handle, "NVSE", OnNvseMessage)) {
        Log("Registering for NVSE messages failed; allocator will be chosen at first allocation");
    } else {
        Log("Successfully registered for NVSE messaging");
    }
    return true;
}

} // extern "C"
