// The plugin's per-save state in NVSE's co-save: how many times this save was loaded, and notes kept with it{{#memorypool}}
// (held in memory from MemoryPoolClient){{/memorypool}}. Replace State with your own and keep the rules:
// - Each record has a type and a version. Bump kStateVersion when the layout changes, and keep reading the older
//   versions: players load saves made with every release of the plugin.
// - Skip records you do not know (a newer release's, another type): GetNextRecordInfo passes over what is unread.
// - Reset in the pre-load and new-game callbacks: a load that fails, or a new game, must not keep the last state.
#include "CoSave.h"

#include <cstring>

#include "Log.h"
{{#memorypool}}
#include "MemoryPoolClient.h"
{{/memorypool}}
{{^memorypool}}
#include <cstdlib>
{{/memorypool}}

namespace {

constexpr UInt32 kStateRecord = NVSE_RECORD_TYPE('S', 'T', 'A', 'T');
// Version 1 held the load count; version 2 added the notes.
constexpr UInt32 kStateVersion = 2;
// More notes than this in a save are damaged data, not notes.
constexpr UInt32 kMaxNotes = 4096;

NVSESerializationInterface* g_serialization = nullptr;

struct State {
    UInt32 loads = 0;
    char* notes = nullptr; // notesLength bytes and a terminating zero
    UInt32 notesLength = 0;
} g_state;

void* Allocate(UInt32 size)
{
{{#memorypool}}
    return MemoryPoolClient::Alloc(size);
{{/memorypool}}
{{^memorypool}}
    return std::malloc(size);
{{/memorypool}}
}

void Release(void* block)
{
{{#memorypool}}
    MemoryPoolClient::Free(block);
{{/memorypool}}
{{^memorypool}}
    std::free(block);
{{/memorypool}}
}

void SetNotes(const char* text, UInt32 length)
{
    Release(g_state.notes);
    g_state.notes = nullptr;
    g_state.notesLength = 0;
    if (!text || !length)
        return;
    auto* copy = static_cast<char*>(Allocate(length + 1));
    if (!copy) {
        Log("Co-save: no memory for %u bytes of notes", static_cast<unsigned>(length));
        return;
    }
    std::memcpy(copy, text, length);
    copy[length] = 0;
    g_state.notes = copy;
    g_state.notesLength = length;
}

void Reset()
{
    g_state.loads = 0;
    SetNotes(nullptr, 0);
}

void OnNewGame(void*)
{
    Reset();
    const char notes[] = "started with {{displayName}} {{version}}";
    SetNotes(notes, sizeof notes - 1);
    Log("Co-save: new game");
}

void OnPreLoad(void*)
{
    Reset();
}

void OnSave(void*)
{
    if (!g_serialization->OpenRecord(kStateRecord, kStateVersion)) {
        Log("Co-save: NVSE did not open a record: nothing saved");
        return;
    }
    g_serialization->WriteRecordData(&g_state.loads, sizeof g_state.loads);
    g_serialization->WriteRecordData(&g_state.notesLength, sizeof g_state.notesLength);
    if (g_state.notesLength)
        g_serialization->WriteRecordData(g_state.notes, g_state.notesLength);
    Log("Co-save: saved STAT version %u: %u load(s), %u bytes of notes", static_cast<unsigned>(kStateVersion),
        static_cast<unsigned>(g_state.loads), static_cast<unsigned>(g_state.notesLength));
}

// One STAT record of a version this build knows; false when it is shorter or larger than its version says.
bool ReadState(UInt32 version, UInt32 length)
{
    UInt32 loads = 0;
    if (length < sizeof loads || g_serialization->ReadRecordData(&loads, sizeof loads) != sizeof loads)
        return false;
    g_state.loads = loads;
    if (version < 2)
        return true;
    UInt32 notesLength = 0;
    if (g_serialization->ReadRecordData(&notesLength, sizeof notesLength) != sizeof notesLength ||
        notesLength > kMaxNotes || notesLength > length - 2 * sizeof(UInt32))
        return false;
    static char buffer[kMaxNotes];
    if (g_serialization->ReadRecordData(buffer, notesLength) != notesLength)
        return false;
    SetNotes(buffer, notesLength);
    return true;
}

void OnLoad(void*)
{
    Reset();
    UInt32 type = 0, version = 0, length = 0;
    while (g_serialization->GetNextRecordInfo(&type, &version, &length)) {
        if (type == kStateRecord && version >= 1 && version <= kStateVersion) {
            if (!ReadState(version, length)) {
                Log("Co-save: STAT version %u of %u bytes is damaged: starting afresh", static_cast<unsigned>(version),
                    static_cast<unsigned>(length));
                Reset();
            }
        } else {
            Log("Co-save: skipped record %c%c%c%c version %u (%u bytes), unknown to this build",
                static_cast<char>(type >> 24), static_cast<char>(type >> 16), static_cast<char>(type >> 8),
                static_cast<char>(type), static_cast<unsigned>(version), static_cast<unsigned>(length));
        }
    }
    ++g_state.loads;
    Log("Co-save: loaded; this save was loaded %u time(s); notes: %s", static_cast<unsigned>(g_state.loads),
        g_state.notes ? g_state.notes : "(none)");
}

} // namespace

void RegisterCoSave(const NVSEInterface* nvse, PluginHandle handle)
{
    g_serialization = nvse->QueryInterface
                          ? static_cast<NVSESerializationInterface*>(nvse->QueryInterface(kInterface_Serialization))
                          : nullptr;
    if (!g_serialization || handle == kPluginHandle_Invalid) {
        Log("Co-save: NVSE has no serialization interface here: the state is not saved");
        return;
    }
    g_serialization->SetSaveCallback(handle, OnSave);
    g_serialization->SetLoadCallback(handle, OnLoad);
    g_serialization->SetNewGameCallback(handle, OnNewGame);
    g_serialization->SetPreLoadCallback(handle, OnPreLoad);
}

void ReleaseCoSave()
{
    Reset();
}
