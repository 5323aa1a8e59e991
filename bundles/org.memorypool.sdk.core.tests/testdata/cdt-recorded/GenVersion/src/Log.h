// GenVersion.log in the folder of the game EXE (FalloutNV.exe, or GECK.exe in the editor), rewritten at each start,
// one line per event: "[YYYY-MM-DD HH:MM:SS] <text>".
#pragma once

// Appends one line, printf-style; safe from any thread. When the file cannot be written the line is dropped:
// logging never stops the plugin.
void Log(const char* format, ...) __attribute__((format(printf, 1, 2)));
