// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// fake_events.h - xNVSE's event manager as the test hosts play it (EventManager.cpp): SetNativeEventHandler takes a
// handler for an event xNVSE defines (names ignore case; an unknown one is refused, as xNVSE refuses events not yet
// defined), and Dispatch calls each handler of a game event as xNVSE calls native handlers: thisObj NULL, parameters
// pointing at the event's two arguments. Shared by the hosts through fake_nvse.h; each host is a single translation unit.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "nvse_plugin.h"

struct FakeEventHandler {
    std::string event; // lower case
    NVSENativeEventHandler handler;
};

inline std::vector<FakeEventHandler> g_eventHandlers;

// xNVSE's game events with two arguments (EventManager.cpp's EVENT_INFO with kEventParams_GameEvent) and aliases.
inline const char* const kGameEvents[] = {"onadd", "onactorequip", "onequip", "ondrop", "onactorunequip", "onunequip",
    "ondeath", "onmurder", "oncombatend", "onhit", "onhitwith", "onpackagechange", "onpackagestart", "onpackagedone",
    "onload", "onmagiceffecthit", "onsell", "onstartcombat", "saytodone", "ongrab", "onopen", "onclose", "onfire",
    "ontrigger", "ontriggerenter", "ontriggerleave", "onreset", "onactivate", "ondropitem"};

inline std::string Lower(const char* text)
{
    std::string lower = text ? text : "";
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return lower;
}

inline bool FakeSetNativeEventHandler(const char* eventName, NVSENativeEventHandler handler)
{
    std::string name = Lower(eventName);
    bool known = std::any_of(std::begin(kGameEvents), std::end(kGameEvents), [&](const char* e) { return name == e; });
    if (!known || !handler)
        return false;
    g_eventHandlers.push_back({name, handler});
    return true;
}

inline bool FakeRemoveNativeEventHandler(const char* eventName, NVSENativeEventHandler handler)
{
    std::string name = Lower(eventName);
    auto before = g_eventHandlers.size();
    g_eventHandlers.erase(std::remove_if(g_eventHandlers.begin(), g_eventHandlers.end(),
                                         [&](const FakeEventHandler& h) { return h.event == name && h.handler == handler; }),
                          g_eventHandlers.end());
    return g_eventHandlers.size() != before;
}

// Calls every handler of the event with its two arguments; returns how many were called.
inline int DispatchGameEvent(const char* eventName, void* first, void* second)
{
    std::string name = Lower(eventName);
    int called = 0;
    for (const FakeEventHandler& h : g_eventHandlers) {
        if (h.event != name)
            continue;
        void* parameters[] = {first, second};
        h.handler(nullptr, parameters);
        ++called;
    }
    return called;
}

inline NVSEEventManagerInterface MakeEventManager()
{
    NVSEEventManagerInterface events{};
    events.SetNativeEventHandler = FakeSetNativeEventHandler;
    events.RemoveNativeEventHandler = FakeRemoveNativeEventHandler;
    return events;
}

inline NVSEEventManagerInterface g_eventManager = MakeEventManager();
