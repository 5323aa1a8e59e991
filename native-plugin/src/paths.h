// Locations in the game folder and text conversion for log messages.
#pragma once

#include <string>

// Folder of the running EXE (FalloutNV.exe / GECK.exe), with a trailing backslash; empty on failure.
std::wstring ExeFolder();

// UTF-8 form of a path, for log lines.
std::string ToUtf8(const std::wstring& text);
