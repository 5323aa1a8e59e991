/*
 * nvse_plugin.h - the NVSE (xNVSE) plugin interface, self-contained, for C and C++.
 *
 * Part of the MemoryPool SDK. MemoryPoolNVSE and every project the SDK's wizard generates use this one
 * header. Values and layouts follow xNVSE's nvse/nvse/PluginAPI.h and nvse/nvse/nvse_version.h (the seed's
 * nvse_minimal.h got several of them wrong). Only what a plugin needs to be queried, loaded and to receive
 * messages is declared; the rest of xNVSE's interfaces are reachable via QueryInterface with their ids.
 *
 * Layout: 32-bit x86 (the game is a 32-bit process), 4-byte pointers, default (cdecl) calling convention,
 * no packing pragmas - identical to xNVSE built with MSVC. The static assertions at the end check it.
 * Do not include it together with xNVSE's own PluginAPI.h (same names).
 *
 * A plugin exports, extern "C" and with undecorated names (e.g. via a .def file):
 *     bool NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info);
 *     bool NVSEPlugin_Load(const NVSEInterface* nvse);
 * NVSE first calls Query on every plugin (fill info, return false to refuse loading), then Load on those
 * that accepted.
 */
#ifndef NVSE_PLUGIN_H
#define NVSE_PLUGIN_H

#include <stdint.h>
#ifndef __cplusplus
#include <stdbool.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef uint32_t UInt32;

/* ---- Versions -------------------------------------------------------------------------------- */

/* Packs a version the way NVSE does: 8 bits major, 8 bits minor, 12 bits build, 4 bits sub. */
#define MAKE_NEW_VEGAS_VERSION_EX(major, minor, build, sub) \
    ((UInt32)((((UInt32)(major) & 0xFF) << 24) | (((UInt32)(minor) & 0xFF) << 16) | \
              (((UInt32)(build) & 0xFFF) << 4) | ((UInt32)(sub) & 0xF)))
#define MAKE_NEW_VEGAS_VERSION(major, minor, build) MAKE_NEW_VEGAS_VERSION_EX(major, minor, build, 0)

/* Game runtime versions (NVSEInterface.runtimeVersion). "1.4.0.525" is packed as (4, 0, 525). */
#define RUNTIME_VERSION_1_4_0_525    MAKE_NEW_VEGAS_VERSION(4, 0, 525)        /* 0x040020D0 */
#define RUNTIME_VERSION_1_4_0_525ng  MAKE_NEW_VEGAS_VERSION_EX(4, 0, 525, 1)  /* 0x040020D1, "no gore" build */

/* Editor (GECK) versions (NVSEInterface.editorVersion). */
#define EDITOR_VERSION_1_4_0_518     MAKE_NEW_VEGAS_VERSION(4, 0, 518)        /* 0x04002060 */

/* NVSE versions (NVSEInterface.nvseVersion): major, minor, beta. */
#define NVSE_VERSION_6_1_0           MAKE_NEW_VEGAS_VERSION(6, 1, 0)          /* 0x06010000 */
#define NVSE_VERSION_6_3_5           MAKE_NEW_VEGAS_VERSION(6, 3, 5)          /* 0x06030050 */
#define NVSE_VERSION_6_4_8           MAKE_NEW_VEGAS_VERSION(6, 4, 8)          /* 0x06040080 */

/* ---- Plugin identity ------------------------------------------------------------------------- */

typedef UInt32 PluginHandle;                 /* NVSE's id of a loaded plugin */
#define kPluginHandle_Invalid ((PluginHandle)0xFFFFFFFF)

#define PLUGIN_INFO_VERSION 1                /* PluginInfo::kInfoVersion in xNVSE */

/* Filled by NVSEPlugin_Query. name must stay valid for the life of the process (use a literal). */
typedef struct PluginInfo {
    UInt32      infoVersion;                 /* PLUGIN_INFO_VERSION */
    const char* name;
    UInt32      version;                     /* the plugin's own version, any packing */
} PluginInfo;

/* ---- NVSEInterface --------------------------------------------------------------------------- */

struct CommandInfo;                          /* opaque here: command registration is not covered */
typedef UInt32 CommandReturnType;            /* an enum in xNVSE's CommandTable.h, passed as 32 bits */

/* Interface ids for NVSEInterface.QueryInterface. */
enum {
    kInterface_Serialization = 0,
    kInterface_Console       = 1,
    kInterface_Messaging     = 2,
    kInterface_CommandTable  = 3,
    kInterface_StringVar     = 4,
    kInterface_ArrayVar      = 5,
    kInterface_Script        = 6,
    kInterface_Data          = 7,
    kInterface_EventManager  = 8
};

/*
 * Passed to NVSEPlugin_Query and NVSEPlugin_Load; owned by NVSE, valid only during those calls
 * (copy what you need). xNVSE appends more members after isNogore; they are not declared here, which is
 * harmless because plugins only ever read this struct through NVSE's pointer.
 */
typedef struct NVSEInterface {
    UInt32 nvseVersion;                      /* NVSE_VERSION_* packing */
    UInt32 runtimeVersion;                   /* game version; 0 in the editor */
    UInt32 editorVersion;                    /* GECK version; set in the editor */
    UInt32 isEditor;                         /* non-zero when running in the GECK */
    bool   (*RegisterCommand)(struct CommandInfo* info);
    void   (*SetOpcodeBase)(UInt32 opcode);
    void*  (*QueryInterface)(UInt32 id);     /* kInterface_*; NULL when unavailable */
    PluginHandle (*GetPluginHandle)(void);   /* call during Load; kPluginHandle_Invalid on failure */
    bool   (*RegisterTypedCommand)(struct CommandInfo* info, CommandReturnType retnType);
    const char* (*GetRuntimeDirectory)(void);
    UInt32 isNogore;                         /* non-zero for the "no gore" game build */
} NVSEInterface;

/* ---- Messaging ------------------------------------------------------------------------------- */

#define NVSE_MESSAGING_INTERFACE_VERSION 4   /* NVSEMessagingInterface::kVersion in xNVSE */

/* Message types sent by NVSE (sender "NVSE"). */
enum {
    kMessage_PostLoad              = 0,      /* all plugins loaded (Load called) */
    kMessage_ExitGame              = 1,      /* game is exiting */
    kMessage_ExitToMainMenu        = 2,
    kMessage_LoadGame              = 3,
    kMessage_SaveGame              = 4,
    kMessage_Precompile            = 5,
    kMessage_PreLoadGame           = 6,
    kMessage_ExitGame_Console      = 7,      /* exit via the console "qqq" command */
    kMessage_PostLoadGame          = 8,
    kMessage_PostPostLoad          = 9,      /* after every plugin handled PostLoad */
    kMessage_RuntimeScriptError    = 10,
    kMessage_DeleteGame            = 11,
    kMessage_RenameGame            = 12,
    kMessage_RenameNewGame         = 13,
    kMessage_NewGame               = 14,
    kMessage_DeleteGameName        = 15,
    kMessage_RenameGameName        = 16,
    kMessage_RenameNewGameName     = 17,
    kMessage_DeferredInit          = 18,
    kMessage_ClearScriptDataCache  = 19,
    kMessage_MainGameLoop          = 20,
    kMessage_ScriptCompile         = 21,
    kMessage_EventListDestroyed    = 22,
    kMessage_PostQueryPlugins      = 23
};

/* NVSEMessagingInterface::Message in xNVSE. Owned by the sender; valid during the callback only. */
typedef struct NVSEMessage {
    const char* sender;
    UInt32      type;                        /* kMessage_* */
    UInt32      dataLen;
    void*       data;
} NVSEMessage;

typedef void (*NVSEEventCallback)(NVSEMessage* msg);  /* NVSEMessagingInterface::EventCallback */

/* Returned by QueryInterface(kInterface_Messaging). */
typedef struct NVSEMessagingInterface {
#ifdef __cplusplus
    typedef NVSEMessage Message;             /* xNVSE spellings, C++ only */
    typedef NVSEEventCallback EventCallback;
#endif
    UInt32 version;                          /* NVSE_MESSAGING_INTERFACE_VERSION */
    /* Register from NVSEPlugin_Load; sender "NVSE" receives NVSE's own kMessage_* messages. */
    bool (*RegisterListener)(PluginHandle listener, const char* sender, NVSEEventCallback handler);
    bool (*Dispatch)(PluginHandle sender, UInt32 messageType, void* data, UInt32 dataLen, const char* receiver);
} NVSEMessagingInterface;

/* ---- Plugin entry points (implemented by the plugin) ----------------------------------------- */

typedef bool (*NVSEPlugin_QueryFn)(const NVSEInterface* nvse, PluginInfo* info);
typedef bool (*NVSEPlugin_LoadFn)(const NVSEInterface* nvse);

/* ---- Layout checks (x86 only) ---------------------------------------------------------------- */

#if defined(__i386__) || defined(_M_IX86)
#if defined(__cplusplus)
#define NVSE_PLUGIN_STATIC_ASSERT(cond, msg) static_assert(cond, msg)
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define NVSE_PLUGIN_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)
#endif
#ifdef NVSE_PLUGIN_STATIC_ASSERT
NVSE_PLUGIN_STATIC_ASSERT(sizeof(PluginInfo) == 12, "PluginInfo layout");
NVSE_PLUGIN_STATIC_ASSERT(sizeof(NVSEInterface) == 44, "NVSEInterface layout up to isNogore");
NVSE_PLUGIN_STATIC_ASSERT(sizeof(NVSEMessage) == 16, "Message layout");
NVSE_PLUGIN_STATIC_ASSERT(sizeof(NVSEMessagingInterface) == 12, "NVSEMessagingInterface layout");
NVSE_PLUGIN_STATIC_ASSERT(RUNTIME_VERSION_1_4_0_525 == 0x040020D0, "runtime version packing");
NVSE_PLUGIN_STATIC_ASSERT(EDITOR_VERSION_1_4_0_518 == 0x04002060, "editor version packing");
NVSE_PLUGIN_STATIC_ASSERT(NVSE_VERSION_6_1_0 == 0x06010000, "NVSE version packing");
#undef NVSE_PLUGIN_STATIC_ASSERT
#endif
#endif

#ifdef __cplusplus
}
#endif

#endif /* NVSE_PLUGIN_H */
