// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// fake_nvse.h - the NVSE side of the test hosts: the game folder, an NVSEInterface whose QueryInterface(2) returns
// a messaging interface that records every listener, and Send, which delivers one of NVSE's messages to every
// listener registered for sender "NVSE" (or for all senders), in registration order, as xNVSE's Dispatch_Message
// does. Shared by nvse_host.cpp and plugin_host.cpp; each host is a single translation unit.
#pragma once

#include <string>
#include <vector>

#include <windows.h>

#include "fake_commands.h"
#include "fake_events.h"
#include "fake_serialization.h"
#include "nvse_plugin.h"

// ---- Game folder ----------------------------------------------------------------------------------------

// The folder of the running EXE, with a trailing backslash: the "game folder" (where FalloutNV.exe would be).
inline std::wstring Folder()
{
    wchar_t path[MAX_PATH * 4];
    DWORD len = GetModuleFileNameW(nullptr, path, MAX_PATH * 4);
    std::wstring exe(path, len);
    return exe.substr(0, exe.find_last_of(L"\\/") + 1);
}

// ---- Fake NVSE ------------------------------------------------------------------------------------------

struct FakeListener {
    PluginHandle handle;
    std::string sender; // "(null)" for a listener to every sender
    NVSEEventCallback callback;
};

inline std::vector<FakeListener> g_listeners;
inline int g_registerCalls = 0;
inline std::vector<UInt32> g_queriedIds;
// What GetPluginHandle returns: xNVSE hands each plugin its own handle during its Query and Load.
inline PluginHandle g_currentHandle = kPluginHandle_Invalid;

inline bool FakeRegisterListener(PluginHandle listener, const char* sender, NVSEEventCallback handler)
{
    ++g_registerCalls;
    if (!handler)
        return false;
    g_listeners.push_back({listener, sender ? sender : "(null)", handler});
    return true;
}

inline bool FakeDispatch(PluginHandle, UInt32, void*, UInt32, const char*)
{
    return false;
}

inline NVSEMessagingInterface g_messaging = {NVSE_MESSAGING_INTERFACE_VERSION, FakeRegisterListener, FakeDispatch};

inline void* FakeQueryInterface(UInt32 id)
{
    g_queriedIds.push_back(id);
    switch (id) {
    case kInterface_Messaging: return &g_messaging;
    case kInterface_Script: return &g_scriptInterface;
    case kInterface_StringVar: return &g_stringVars;
    case kInterface_Serialization: return &g_serializationInterface;
    case kInterface_EventManager: return &g_eventManager;
    default: return nullptr;
    }
}

inline PluginHandle FakeGetPluginHandle()
{
    return g_currentHandle;
}

// xNVSE's GetRuntimeDirectory: the game folder, with a trailing backslash.
inline const char* FakeRuntimeDirectory()
{
    static char folder[MAX_PATH * 4] = "";
    if (!folder[0]) {
        DWORD len = GetModuleFileNameA(nullptr, folder, sizeof folder);
        std::string exe(folder, len);
        lstrcpynA(folder, exe.substr(0, exe.find_last_of("\\/") + 1).c_str(), sizeof folder);
    }
    return folder;
}

inline NVSEInterface MakeNvse(UInt32 nvseVersion, UInt32 runtimeVersion, UInt32 editorVersion = 0, UInt32 isEditor = 0)
{
    NVSEInterface nvse{};
    nvse.nvseVersion = nvseVersion;
    nvse.runtimeVersion = runtimeVersion;
    nvse.editorVersion = editorVersion;
    nvse.isEditor = isEditor;
    nvse.QueryInterface = FakeQueryInterface;
    nvse.SetOpcodeBase = FakeSetOpcodeBase;
    g_onOpcodeBase = NoteBase;
    nvse.RegisterCommand = FakeRegisterCommand;
    nvse.RegisterTypedCommand = FakeRegisterTypedCommand;
    nvse.RegisterTypedCommandVersion = FakeRegisterTypedCommandVersion;
    nvse.GetPluginHandle = FakeGetPluginHandle;
    nvse.GetRuntimeDirectory = FakeRuntimeDirectory;
    return nvse;
}

// The game as the SDK targets it: xNVSE 6.4.8, Fallout: New Vegas 1.4.0.525.
inline const NVSEInterface kGame = MakeNvse(NVSE_VERSION_6_4_8, RUNTIME_VERSION_1_4_0_525);

// Sends one of NVSE's messages (sender "NVSE") to its listeners; returns how many got it.
inline int Send(UInt32 type, void* data = nullptr, UInt32 dataLen = 0)
{
    int delivered = 0;
    for (const FakeListener& listener : g_listeners) {
        if (listener.sender != "NVSE" && listener.sender != "(null)")
            continue;
        NVSEMessage message{"NVSE", type, dataLen, data};
        listener.callback(&message);
        ++delivered;
    }
    return delivered;
}
