// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// fake_serialization.h - xNVSE's co-save as the test hosts play it (Serialization.cpp): plugins set save, load,
// new-game and pre-load callbacks; at a save each plugin's records are written under its opcode base, at a load they
// are handed back to the plugin with that base, record by record (GetNextRecordInfo skips what the plugin left
// unread). As xNVSE's release builds do, a plugin without an opcode base of its own (none set, or only the
// development base 0x2000) gets nothing saved. The co-save lives in memory for one session.
// Shared by the hosts through fake_nvse.h; each host is a single translation unit.
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "fake_commands.h"
#include "nvse_plugin.h"

struct FakeRecord {
    UInt32 type;
    UInt32 version;
    std::vector<UInt8> data;
};

struct FakeSerializationCallbacks {
    NVSESerializationCallback save = nullptr, load = nullptr, newGame = nullptr, preLoad = nullptr;
};

inline std::map<PluginHandle, FakeSerializationCallbacks> g_serialization;
inline std::map<PluginHandle, UInt32> g_pluginBase;   // xNVSE's PluginInfo baseOpcode: the first non-test base
inline std::map<UInt32, std::vector<FakeRecord>> g_coSave; // by opcode base
inline std::vector<FakeRecord>* g_writing = nullptr;       // the plugin's records while its save callback runs
inline const std::vector<FakeRecord>* g_reading = nullptr; // and while its load callback runs
inline size_t g_nextRecord = 0;
inline const FakeRecord* g_openRecord = nullptr;
inline size_t g_readOffset = 0;
inline std::string g_savePath;

inline void NoteBase(PluginHandle plugin, UInt32 base)
{
    if (base != kNVSEOpcodeTest && !g_pluginBase.count(plugin))
        g_pluginBase[plugin] = base;
}

inline void SetSave(PluginHandle plugin, NVSESerializationCallback callback) { g_serialization[plugin].save = callback; }
inline void SetLoad(PluginHandle plugin, NVSESerializationCallback callback) { g_serialization[plugin].load = callback; }
inline void SetNewGame(PluginHandle plugin, NVSESerializationCallback callback) { g_serialization[plugin].newGame = callback; }
inline void SetPreLoad(PluginHandle plugin, NVSESerializationCallback callback) { g_serialization[plugin].preLoad = callback; }

inline bool OpenRecord(UInt32 type, UInt32 version)
{
    if (!g_writing)
        return false;
    g_writing->push_back({type, version, {}});
    return true;
}

inline bool WriteRecordData(const void* buf, UInt32 length)
{
    if (!g_writing || g_writing->empty())
        return false;
    const UInt8* bytes = static_cast<const UInt8*>(buf);
    g_writing->back().data.insert(g_writing->back().data.end(), bytes, bytes + length);
    return true;
}

inline bool WriteRecord(UInt32 type, UInt32 version, const void* buf, UInt32 length)
{
    return OpenRecord(type, version) && WriteRecordData(buf, length);
}

inline bool GetNextRecordInfo(UInt32* type, UInt32* version, UInt32* length)
{
    if (!g_reading || g_nextRecord >= g_reading->size())
        return false;
    g_openRecord = &(*g_reading)[g_nextRecord++];
    g_readOffset = 0;
    *type = g_openRecord->type;
    *version = g_openRecord->version;
    *length = static_cast<UInt32>(g_openRecord->data.size());
    return true;
}

inline UInt32 PeekRecordData(void* buf, UInt32 length)
{
    if (!g_openRecord)
        return 0;
    UInt32 left = static_cast<UInt32>(g_openRecord->data.size() - g_readOffset);
    length = std::min(length, left);
    memcpy(buf, g_openRecord->data.data() + g_readOffset, length);
    return length;
}

inline UInt32 ReadRecordData(void* buf, UInt32 length)
{
    length = PeekRecordData(buf, length);
    g_readOffset += length;
    return length;
}

inline void SkipNBytes(UInt32 count)
{
    if (g_openRecord)
        g_readOffset = std::min(g_openRecord->data.size(), g_readOffset + count);
}

inline bool ResolveRefID(UInt32 refID, UInt32* out)
{
    *out = refID; // one load order in the host
    return true;
}

inline const char* GetSavePath() { return g_savePath.c_str(); }
inline void WriteRecord8(UInt8 v) { WriteRecordData(&v, 1); }
inline void WriteRecord16(UInt16 v) { WriteRecordData(&v, 2); }
inline void WriteRecord32(UInt32 v) { WriteRecordData(&v, 4); }
inline void WriteRecord64(const void* v) { WriteRecordData(v, 8); }
inline UInt8 ReadRecord8() { UInt8 v = 0; ReadRecordData(&v, 1); return v; }
inline UInt16 ReadRecord16() { UInt16 v = 0; ReadRecordData(&v, 2); return v; }
inline UInt32 ReadRecord32() { UInt32 v = 0; ReadRecordData(&v, 4); return v; }
inline void ReadRecord64(void* v) { ReadRecordData(v, 8); }

inline NVSESerializationInterface g_serializationInterface = {
    NVSE_SERIALIZATION_INTERFACE_VERSION, SetSave, SetLoad, SetNewGame, WriteRecord, OpenRecord, WriteRecordData,
    GetNextRecordInfo, ReadRecordData, ResolveRefID, SetPreLoad, GetSavePath, PeekRecordData, WriteRecord8,
    WriteRecord16, WriteRecord32, WriteRecord64, ReadRecord8, ReadRecord16, ReadRecord32, ReadRecord64, SkipNBytes};

// xNVSE's HandleSaveGame: each plugin with a save callback writes its records under its opcode base.
inline void SaveCoSave(const char* savePath)
{
    g_savePath = savePath;
    g_coSave.clear();
    for (auto& entry : g_serialization) {
        if (!entry.second.save)
            continue;
        auto base = g_pluginBase.find(entry.first);
        if (base == g_pluginBase.end()) {
            printf("# co-save: plugin %u has no opcode base of its own (none, or only 0x2000): xNVSE's release builds"
                   " keep none of its data\n", unsigned(entry.first));
            continue;
        }
        std::vector<FakeRecord> records;
        g_writing = &records;
        entry.second.save(nullptr);
        g_writing = nullptr;
        printf("# co-save: plugin %u saved %u record(s) under opcode base 0x%04X\n", unsigned(entry.first),
               unsigned(records.size()), unsigned(base->second));
        for (const FakeRecord& record : records) {
            printf("# co-save record: plugin %u %c%c%c%c version %u:", unsigned(entry.first), char(record.type >> 24),
                   char(record.type >> 16), char(record.type >> 8), char(record.type), unsigned(record.version));
            for (UInt8 byte : record.data)
                printf(" %02X", unsigned(byte));
            printf("\n");
        }
        g_coSave[base->second] = records;
    }
}

// xNVSE's HandleLoadGame (pre-load or load): each plugin whose base has data gets the callback, reading its records.
inline void LoadCoSave(const char* savePath, bool preLoad)
{
    g_savePath = savePath;
    for (const auto& saved : g_coSave) {
        for (auto& entry : g_serialization) {
            auto base = g_pluginBase.find(entry.first);
            NVSESerializationCallback callback = preLoad ? entry.second.preLoad : entry.second.load;
            if (base == g_pluginBase.end() || base->second != saved.first || !callback)
                continue;
            g_reading = &saved.second;
            g_nextRecord = 0;
            g_openRecord = nullptr;
            callback(const_cast<char*>(savePath));
            g_reading = nullptr;
            g_openRecord = nullptr;
        }
    }
}

// xNVSE's HandleNewGame: every new-game callback.
inline void NewGameCoSave()
{
    for (auto& entry : g_serialization)
        if (entry.second.newGame)
            entry.second.newGame(nullptr);
}
