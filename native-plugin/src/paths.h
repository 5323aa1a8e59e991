// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// Locations in the game folder and text conversion for log messages.
#pragma once

#include <string>
#include <vector>

// Folder of the running EXE (FalloutNV.exe / GECK.exe), with a trailing backslash; empty on failure.
std::wstring ExeFolder();

// Folder of MemoryPoolNVSE.dll itself (Data\NVSE\Plugins\ in the game; under Mod Organizer 2 the path the game sees,
// which MO2's virtual file system maps to the mod's folder), with a trailing backslash; empty on failure.
std::wstring PluginFolder();

// Where jemalloc.dll is looked for, in order: beside MemoryPoolNVSE.dll (where Mod Organizer 2 can put it: a mod
// cannot place files next to the EXE), then beside the EXE. One entry when both are the same folder; none when
// neither folder is known.
std::vector<std::wstring> JemallocCandidates();

// UTF-8 form of a path, for log lines.
std::string ToUtf8(const std::wstring& text);
