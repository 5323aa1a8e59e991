// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/*
 * nvse_plugin.h - the NVSE (xNVSE) plugin interface, self-contained, for C and C++.
 *
 * Part of the MemoryPool SDK. MemoryPoolNVSE and every project the SDK's wizard generates use this one
 * header. Values and layouts follow xNVSE's nvse/nvse/PluginAPI.h and nvse/nvse/nvse_version.h (the seed's
 * nvse_minimal.h got several of them wrong) and nvse/nvse/CommandTable.h: what a plugin needs to be queried and
 * loaded, to receive messages, to register script commands and read their arguments, to keep data in the co-save,
 * to run console lines and to handle events. Game classes (TESObjectREFR, Script, ...) stay opaque: the string,
 * array, data and expression-evaluator interfaces, which need them, are reachable via QueryInterface with their ids.
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

#include <stddef.h>
#include <stdint.h>
#ifndef __cplusplus
#include <stdbool.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* xNVSE declares a few callbacks __stdcall; outside Windows (a build with the wrong compiler, an indexer) the
 * keyword does not exist, and the header must still parse. */
#if defined(_WIN32)
#define NVSE_STDCALL __stdcall
#else
#define NVSE_STDCALL
#endif

typedef uint8_t  UInt8;
typedef uint16_t UInt16;
typedef uint32_t UInt32;
typedef int32_t  SInt32;

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
#define NVSE_VERSION_6_3_6           MAKE_NEW_VEGAS_VERSION(6, 3, 6)          /* 0x06030060 */
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

/* ---- Script commands (xNVSE's CommandTable.h) -------------------------------------------------- */

/* Game objects a command receives; opaque here, pointers only. */
typedef struct TESObjectREFR TESObjectREFR;
typedef struct TESForm TESForm;
typedef struct Script Script;
typedef struct ScriptEventList ScriptEventList;
typedef struct ScriptLineBuffer ScriptLineBuffer;
typedef struct ScriptBuffer ScriptBuffer;

/*
 * Opcodes. Compiled scripts call a command by its opcode, so a released command must keep its opcode forever.
 * SetOpcodeBase(base) then each registration takes the next opcode: base, base + 1, ... in registration order.
 * Plugins use base kNVSEOpcodeTest (0x2000, development only: xNVSE logs an error for it, and its release
 * builds do not keep the co-save data of a plugin on it) up to below NVSE_PLUGIN_OPCODE_END; a released plugin
 * needs its own range from the xNVSE team (https://geckwiki.com/index.php?title=NVSE_Opcode_Base).
 */
#define kNVSEOpcodeStart      0x1400         /* NVSE's own commands */
#define kNVSEOpcodeTest       0x2000         /* the development base, and the first plugin opcode */
#define NVSE_PLUGIN_OPCODE_END 0x8000        /* SetOpcodeBase asserts base < 0x8000 */

/* ParamInfo.typeID: what a parameter is, and (in the comments) the variable ExtractArgsEx fills for it, by pointer:
 * TESForm* for every form and reference (a reference is a TESObjectREFR), and a vanilla command using it. */
enum {
    kParamType_String                = 0x00, /* char*, a buffer of NVSE_MAX_STRING_ARG bytes */
    kParamType_Integer               = 0x01, /* int* (SInt32) */
    kParamType_Float                 = 0x02, /* float* */
    kParamType_ObjectID              = 0x03, /* TESForm*, an inventory object (GetItemCount) */
    kParamType_ObjectRef             = 0x04, /* TESForm*, a reference (Activate) */
    kParamType_ActorValue            = 0x05, /* UInt32* (ModActorValue) */
    kParamType_Actor                 = 0x06, /* TESForm*, an actor's reference (ToggleAI) */
    kParamType_SpellItem             = 0x07, /* TESForm* (AddSpell) */
    kParamType_Axis                  = 0x08, /* UInt8*: 'X', 'Y' or 'Z' (Rotate) */
    kParamType_Cell                  = 0x09, /* TESForm*, a cell (GetInCell) */
    kParamType_AnimationGroup        = 0x0A, /* UInt32* (PlayGroup) */
    kParamType_MagicItem             = 0x0B, /* TESForm* (Cast) */
    kParamType_Sound                 = 0x0C, /* TESForm* */
    kParamType_Topic                 = 0x0D, /* TESForm* (Say) */
    kParamType_Quest                 = 0x0E, /* TESForm* (ShowQuestVars) */
    kParamType_Race                  = 0x0F, /* TESForm* (GetIsRace) */
    kParamType_Class                 = 0x10, /* TESForm* (GetIsClass) */
    kParamType_Faction               = 0x11, /* TESForm* */
    kParamType_Sex                   = 0x12, /* UInt32* (GetIsSex) */
    kParamType_Global                = 0x13, /* TESForm* (GetGlobalValue) */
    kParamType_Furniture             = 0x14, /* TESForm* */
    kParamType_TESObject             = 0x15, /* TESForm* (PlaceAtMe) */
    kParamType_VariableName          = 0x16, /* only in conditions */
    kParamType_QuestStage            = 0x17, /* handled like an integer (SetStage) */
    kParamType_MapMarker             = 0x18, /* TESForm*, a reference (ShowMap) */
    kParamType_ActorBase             = 0x19, /* TESForm* (SetEssential) */
    kParamType_Container             = 0x1A, /* TESForm*, a reference */
    kParamType_WorldSpace            = 0x1B, /* TESForm* */
    kParamType_CrimeType             = 0x1C, /* UInt32* */
    kParamType_AIPackage             = 0x1D, /* TESForm* */
    kParamType_CombatStyle           = 0x1E, /* TESForm* */
    kParamType_MagicEffect           = 0x1F, /* TESForm* */
    kParamType_FormType              = 0x20, /* UInt8* */
    kParamType_WeatherID             = 0x21, /* TESForm* */
    kParamType_NPC                   = 0x22, /* TESForm* */
    kParamType_Owner                 = 0x23, /* TESForm* (IsOwner) */
    kParamType_EffectShader          = 0x24, /* TESForm* */
    kParamType_FormList              = 0x25, /* TESForm* (IsInList) */
    kParamType_MenuIcon              = 0x26,
    kParamType_Perk                  = 0x27, /* TESForm* (AddPerk) */
    kParamType_Note                  = 0x28, /* TESForm* (AddNote) */
    kParamType_MiscellaneousStat     = 0x29, /* UInt32* */
    kParamType_ImageSpaceModifier    = 0x2A, /* TESForm* */
    kParamType_ImageSpace            = 0x2B, /* TESForm* */
    kParamType_Double                = 0x2C, /* double* */
    kParamType_ScriptVariable        = 0x2D,
    kParamType_Unhandled2E           = 0x2E,
    kParamType_EncounterZone         = 0x2F, /* TESForm* */
    kParamType_IdleForm              = 0x30, /* TESForm* */
    kParamType_Message               = 0x31, /* TESForm* */
    kParamType_InvObjOrFormList      = 0x32, /* TESForm* (AddItem) */
    kParamType_Alignment             = 0x33, /* UInt32* */
    kParamType_EquipType             = 0x34, /* UInt32* */
    kParamType_NonFormList           = 0x35, /* TESForm* */
    kParamType_SoundFile             = 0x36, /* TESForm* (PlayMusic) */
    kParamType_CriticalStage         = 0x37, /* UInt32* */
    kParamType_LeveledOrBaseChar     = 0x38, /* TESForm* */
    kParamType_LeveledOrBaseCreature = 0x39, /* TESForm* */
    kParamType_LeveledChar           = 0x3A, /* TESForm* */
    kParamType_LeveledCreature       = 0x3B, /* TESForm* */
    kParamType_LeveledItem           = 0x3C, /* TESForm* */
    kParamType_AnyForm               = 0x3D, /* TESForm* (AddFormToFormList) */
    kParamType_Reputation            = 0x3E, /* TESForm* */
    kParamType_Casino                = 0x3F, /* TESForm* */
    kParamType_CasinoChip            = 0x40, /* TESForm* */
    kParamType_Challenge             = 0x41, /* TESForm* */
    kParamType_CaravanMoney          = 0x42, /* TESForm* */
    kParamType_CaravanCard           = 0x43, /* TESForm* */
    kParamType_CaravanDeck           = 0x44, /* TESForm* */
    kParamType_Region                = 0x45, /* TESForm* */
    kParamType_StringVar             = 0x01, /* NVSE: a string_var's id, read like an integer */
    kParamType_Array                 = 0x100 /* NVSE: an array, only with NVSE's compiler override */
};

/* The buffer a kParamType_String argument is read into (kMaxMessageLength in xNVSE). */
#define NVSE_MAX_STRING_ARG 0x200

/* What a command's result is (CommandReturnType in xNVSE, an 8-bit enum passed in a 32-bit argument). */
typedef UInt32 CommandReturnType;
enum {
    kRetnType_Default    = 0,                /* a number in *result */
    kRetnType_Form       = 1,                /* a form id in *result (as UInt64 bits) */
    kRetnType_String     = 2,                /* a string_var id */
    kRetnType_Array      = 3,                /* an array_var id */
    kRetnType_ArrayIndex = 4,
    kRetnType_Ambiguous  = 5,
    kRetnType_Max        = 6
};

/* One parameter of a command. typeStr names it in NVSE's documentation dumps. */
typedef struct ParamInfo {
    const char* typeStr;
    UInt32      typeID;                      /* kParamType_* */
    UInt32      isOptional;                  /* non-zero: the script may leave it out (only after required ones) */
} ParamInfo;

/* A command's execute function: read arguments with ExtractArgsEx(EXTRACT_ARGS_EX, &a, &b), set *result,
 * return true (false reports a script error). */
#define COMMAND_ARGS ParamInfo* paramInfo, void* scriptData, TESObjectREFR* thisObj, TESObjectREFR* containingObj, \
    Script* scriptObj, ScriptEventList* eventList, double* result, UInt32* opcodeOffsetPtr
#define PASS_COMMAND_ARGS paramInfo, scriptData, thisObj, containingObj, scriptObj, eventList, result, opcodeOffsetPtr
#define COMMAND_ARGS_EX ParamInfo* paramInfo, void* scriptData, UInt32* opcodeOffsetPtr, Script* scriptObj, \
    ScriptEventList* eventList
#define EXTRACT_ARGS_EX paramInfo, scriptData, opcodeOffsetPtr, scriptObj, eventList
#define COMMAND_ARGS_EVAL TESObjectREFR* thisObj, void* arg1, void* arg2, double* result

typedef bool (*Cmd_Execute)(COMMAND_ARGS);
typedef bool (*Cmd_Parse)(UInt32 numParams, ParamInfo* paramInfo, ScriptLineBuffer* lineBuf, ScriptBuffer* scriptBuf);
typedef bool (*Cmd_Eval)(COMMAND_ARGS_EVAL);
/* CommandInfo.parse for commands whose arguments NVSE's expression evaluator compiles. NULL: the default parser. */
#define Cmd_Expression_Plugin_Parse ((Cmd_Parse)0x08000000)

/* A script command. NVSE copies it at registration and sets the copy's opcode. */
typedef struct CommandInfo {
    const char* longName;                    /* 00 the name scripts call */
    const char* shortName;                   /* 04 an alias; "" for none */
    UInt32      opcode;                      /* 08 set by NVSE; 0 here */
    const char* helpText;                    /* 0C */
    UInt16      needsParent;                 /* 10 non-zero: must be called on a reference (ref.Command) */
    UInt16      numParams;                   /* 12 */
    ParamInfo*  params;                      /* 14 numParams entries, or NULL */
    Cmd_Execute execute;                     /* 18 */
    Cmd_Parse   parse;                       /* 1C NULL for the default */
    Cmd_Eval    eval;                        /* 20 for conditions; NULL */
    UInt32      flags;                       /* 24 0 */
} CommandInfo;

/* ---- NVSEInterface --------------------------------------------------------------------------- */

struct ExpressionEvaluatorUtils;             /* opaque: see xNVSE's PluginAPI.h */

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
    kInterface_EventManager  = 8,
    kInterface_Logging       = 9,
    kInterface_PlayerControls = 10
};

/*
 * Passed to NVSEPlugin_Query and NVSEPlugin_Load; owned by NVSE, valid only during those calls
 * (copy what you need). Register commands and set the opcode base from NVSEPlugin_Load only.
 */
typedef struct NVSEInterface {
    UInt32 nvseVersion;                      /* NVSE_VERSION_* packing */
    UInt32 runtimeVersion;                   /* game version; 0 in the editor */
    UInt32 editorVersion;                    /* GECK version; set in the editor */
    UInt32 isEditor;                         /* non-zero when running in the GECK */
    bool   (*RegisterCommand)(CommandInfo* info);    /* takes the next opcode; returns a number */
    void   (*SetOpcodeBase)(UInt32 opcode);  /* kNVSEOpcodeTest up to below NVSE_PLUGIN_OPCODE_END */
    void*  (*QueryInterface)(UInt32 id);     /* kInterface_*; NULL when unavailable */
    PluginHandle (*GetPluginHandle)(void);   /* call during Load; kPluginHandle_Invalid on failure */
    /* As RegisterCommand, with the result's type; required for commands returning forms, strings or arrays. */
    bool   (*RegisterTypedCommand)(CommandInfo* info, CommandReturnType retnType);
    const char* (*GetRuntimeDirectory)(void);
    UInt32 isNogore;                         /* non-zero for the "no gore" game build */
    void   (*InitExpressionEvaluatorUtils)(struct ExpressionEvaluatorUtils* utils);
    /* xNVSE 6.3.6 and newer only (check nvseVersion): a version of a command that scripts compiled for at least
     * requiredPluginVersion (PluginInfo.version's packing) call; takes the next opcode like the others. */
    bool   (*RegisterTypedCommandVersion)(CommandInfo* info, CommandReturnType retnType, UInt32 requiredPluginVersion);
} NVSEInterface;

/* ---- Script interface (kInterface_Script) ---------------------------------------------------- */

typedef struct NVSEArrayVarElement NVSEArrayVarElement;  /* NVSEArrayVarInterface::Element: opaque here */

/* Returned by QueryInterface(kInterface_Script) in the game (not in the editor). It has no version field. */
typedef struct NVSEScriptInterface {
    bool   (*CallFunction)(Script* funcScript, TESObjectREFR* callingObj, TESObjectREFR* container,
                           NVSEArrayVarElement* result, UInt8 numArgs, ...);
    UInt32 (*GetFunctionParams)(Script* funcScript, UInt8* paramTypesOut);
    /* Reads a command's arguments: ExtractArgsEx(EXTRACT_ARGS_EX, &first, &second, ...), one pointer per
     * parameter of paramInfo (float*, UInt32*, char* buffer of 0x200, TESForm**, ...). False when they do not fit. */
    bool   (*ExtractArgsEx)(ParamInfo* paramInfo, void* scriptDataIn, UInt32* scriptDataOffset, Script* scriptObj,
                            ScriptEventList* eventList, ...);
    bool   (*ExtractFormatStringArgs)(UInt32 fmtStringPos, char* buffer, ParamInfo* paramInfo, void* scriptDataIn,
                                      UInt32* scriptDataOffset, Script* scriptObj, ScriptEventList* eventList,
                                      UInt32 maxParams, ...);
    bool   (*CallFunctionAlt)(Script* funcScript, TESObjectREFR* callingObj, UInt8 numArgs, ...);
    Script* (*CompileScript)(const char* scriptText);
    Script* (*CompileExpression)(const char* expression);
    size_t (NVSE_STDCALL *DecompileToBuffer)(Script* pScript, void* stream /* FILE* */, char* pBuffer);
} NVSEScriptInterface;

/* ---- String variables (kInterface_StringVar) ------------------------------------------------- */

#define NVSE_STRING_VAR_INTERFACE_VERSION 1  /* NVSEStringVarInterface::kVersion */

/* Returned by QueryInterface(kInterface_StringVar) in the game. A command registered with kRetnType_String
 * returns its text with Assign(PASS_COMMAND_ARGS, text), which copies it. */
typedef struct NVSEStringVarInterface {
    UInt32 version;
    const char* (*GetString)(UInt32 stringID);
    void   (*SetString)(UInt32 stringID, const char* newValue);
    UInt32 (*CreateString)(const char* value, void* owningScript);
    void   (*Register)(struct NVSEStringVarInterface* intfc);
    bool   (*Assign)(COMMAND_ARGS, const char* newValue);
} NVSEStringVarInterface;

/* ---- Console interface (kInterface_Console) -------------------------------------------------- */

#define NVSE_CONSOLE_INTERFACE_VERSION 3     /* NVSEConsoleInterface::kVersion */

typedef struct NVSEConsoleInterface {
    UInt32 version;
    bool   (*RunScriptLine)(const char* buf, TESObjectREFR* object);     /* object may be NULL */
    bool   (*RunScriptLine2)(const char* buf, TESObjectREFR* callingRefr, bool suppressConsoleOutput);
} NVSEConsoleInterface;

/* ---- Serialization interface: the co-save (kInterface_Serialization) ------------------------ */

#define NVSE_SERIALIZATION_INTERFACE_VERSION 2  /* NVSESerializationInterface::kVersion */

/* A four-character record type as NVSE's co-save stores it, e.g. NVSE_RECORD_TYPE('S','T','A','T'). */
#define NVSE_RECORD_TYPE(a, b, c, d) \
    ((UInt32)(((UInt32)(UInt8)(a) << 24) | ((UInt32)(UInt8)(b) << 16) | ((UInt32)(UInt8)(c) << 8) | (UInt32)(UInt8)(d)))

typedef void (*NVSESerializationCallback)(void* reserved);

/*
 * Returned by QueryInterface(kInterface_Serialization). Set the callbacks from NVSEPlugin_Load. In the save
 * callback write records (WriteRecord, or OpenRecord then WriteRecordData); in the load callback walk them with
 * GetNextRecordInfo and ReadRecordData. xNVSE files a plugin's records under its opcode base: a plugin on the
 * development base kNVSEOpcodeTest gets none kept by xNVSE's release builds.
 */
typedef struct NVSESerializationInterface {
    UInt32 version;
    void   (*SetSaveCallback)(PluginHandle plugin, NVSESerializationCallback callback);
    void   (*SetLoadCallback)(PluginHandle plugin, NVSESerializationCallback callback);
    void   (*SetNewGameCallback)(PluginHandle plugin, NVSESerializationCallback callback);
    bool   (*WriteRecord)(UInt32 type, UInt32 version, const void* buf, UInt32 length);
    bool   (*OpenRecord)(UInt32 type, UInt32 version);
    bool   (*WriteRecordData)(const void* buf, UInt32 length);
    bool   (*GetNextRecordInfo)(UInt32* type, UInt32* version, UInt32* length);
    UInt32 (*ReadRecordData)(void* buf, UInt32 length);  /* bytes read: fewer at the record's end */
    bool   (*ResolveRefID)(UInt32 refID, UInt32* outRefID); /* a saved form id to this load order's; false: gone */
    void   (*SetPreLoadCallback)(PluginHandle plugin, NVSESerializationCallback callback);
    const char* (*GetSavePath)(void);
    UInt32 (*PeekRecordData)(void* buf, UInt32 length);
    void   (*WriteRecord8)(UInt8 data);
    void   (*WriteRecord16)(UInt16 data);
    void   (*WriteRecord32)(UInt32 data);
    void   (*WriteRecord64)(const void* data);
    UInt8  (*ReadRecord8)(void);
    UInt16 (*ReadRecord16)(void);
    UInt32 (*ReadRecord32)(void);
    void   (*ReadRecord64)(void* outData);
    void   (*SkipNBytes)(UInt32 byteNum);
} NVSESerializationInterface;

/* ---- Event manager interface (kInterface_EventManager) --------------------------------------- */

/* NVSEEventManagerInterface::ParamType: the arguments of an event a plugin registers. */
enum {
    kNVSEEventParam_Float = 0, kNVSEEventParam_Int, kNVSEEventParam_String, kNVSEEventParam_Array,
    kNVSEEventParam_AnyForm, kNVSEEventParam_Reference, kNVSEEventParam_BaseForm, kNVSEEventParam_Invalid,
    kNVSEEventParam_Anything
};
/* NVSEEventManagerInterface::EventFlags. */
enum {
    kNVSEEventFlag_None = 0, kNVSEEventFlag_FlushOnLoad = 1 << 0, kNVSEEventFlag_HasUnknownArgTypes = 1 << 1,
    kNVSEEventFlag_AllowScriptDispatch = 1 << 2, kNVSEEventFlag_ReportErrorIfNoResultGiven = 1 << 3
};

/* Called for an event with its source and its arguments (for game events such as "onactivate": the reference
 * acted on as thisObj, parameters pointing at the event's arguments). */
typedef void (*NVSENativeEventHandler)(TESObjectREFR* thisObj, void* parameters);
typedef bool (*NVSEEventDispatchCallback)(NVSEArrayVarElement* result, void* anyData);
typedef void (*NVSEEventPostDispatchCallback)(void* anyData, int8_t dispatchReturn);

/* Returned by QueryInterface(kInterface_EventManager) in the game. It has no version field. */
typedef struct NVSEEventManagerInterface {
    bool   (*RegisterEvent)(const char* name, UInt8 numParams, UInt8* paramTypes, UInt32 flags);
    bool   (*DispatchEvent)(const char* eventName, TESObjectREFR* thisObj, ...);
    int8_t (*DispatchEventAlt)(const char* eventName, NVSEEventDispatchCallback resultCallback, void* anyData,
                               TESObjectREFR* thisObj, ...);
    bool   (*SetNativeEventHandler)(const char* eventName, NVSENativeEventHandler func);
    bool   (*RemoveNativeEventHandler)(const char* eventName, NVSENativeEventHandler func);
    bool   (*RegisterEventWithAlias)(const char* name, const char* alias, UInt8 numParams, UInt8* paramTypes,
                                     UInt32 flags);
    bool   (*DispatchEventThreadSafe)(const char* eventName, NVSEEventPostDispatchCallback postCallback,
                                      TESObjectREFR* thisObj, ...);
    int8_t (*DispatchEventAltThreadSafe)(const char* eventName, NVSEEventDispatchCallback resultCallback,
                                         void* anyData, NVSEEventPostDispatchCallback postCallback,
                                         TESObjectREFR* thisObj, ...);
    void   (*SetNativeHandlerFunctionValue)(NVSEArrayVarElement* value);
    bool   (*SetNativeEventHandlerWithPriority)(const char* eventName, NVSENativeEventHandler func,
                                                PluginHandle pluginHandle, const char* handlerName, int priority);
    bool   (*RemoveNativeEventHandlerWithPriority)(const char* eventName, NVSENativeEventHandler func, int priority);
    void*  isEventHandlerFirst;              /* the priority queries: declared in xNVSE's PluginAPI.h */
    void*  isEventHandlerLast;
    void*  getHigherPriorityEventHandlers;
    void*  getLowerPriorityEventHandlers;
} NVSEEventManagerInterface;

/* ---- Command table interface (kInterface_CommandTable) --------------------------------------- */

typedef struct NVSECommandTableInterface {
    UInt32 version;                          /* 2 */
    const CommandInfo* (*Start)(void);
    const CommandInfo* (*End)(void);
    const CommandInfo* (*GetByOpcode)(UInt32 opcode);
    const CommandInfo* (*GetByName)(const char* name);
    UInt32 (*GetReturnType)(const CommandInfo* cmd);
    UInt32 (*GetRequiredNVSEVersion)(const CommandInfo* cmd);
    const struct PluginInfo* (*GetParentPlugin)(const CommandInfo* cmd);
    const struct PluginInfo* (*GetPluginInfoByName)(const char* pluginName);
    const struct PluginInfo* (*GetPluginInfoByDLLName)(const char* dllName);
} NVSECommandTableInterface;

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
    kMessage_PostQueryPlugins      = 23,
    kMessage_OnFramePresent        = 24,
    kMessage_ReloadConfig          = 25,
    kMessage_OnRefSet3D            = 26,
    kMessage_OnRefUnset3D          = 27,
    kMessage_OnRefAttach           = 28,
    kMessage_OnCellStateChange     = 29,
    kMessage_OnCellRefsLoaded      = 30,
    kMessage_OnNonPersistentFormLoad = 31,
    kMessage_OnNonPersistentFormUnload = 32
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
NVSE_PLUGIN_STATIC_ASSERT(sizeof(NVSEInterface) == 0x34, "NVSEInterface layout");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(NVSEInterface, RegisterCommand) == 0x10, "NVSEInterface.RegisterCommand");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(NVSEInterface, SetOpcodeBase) == 0x14, "NVSEInterface.SetOpcodeBase");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(NVSEInterface, RegisterTypedCommand) == 0x20, "NVSEInterface.RegisterTypedCommand");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(NVSEInterface, isNogore) == 0x28, "NVSEInterface.isNogore");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(NVSEInterface, RegisterTypedCommandVersion) == 0x30,
                          "NVSEInterface.RegisterTypedCommandVersion");
NVSE_PLUGIN_STATIC_ASSERT(sizeof(ParamInfo) == 12, "ParamInfo layout");
NVSE_PLUGIN_STATIC_ASSERT(sizeof(CommandInfo) == 0x28, "CommandInfo layout");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(CommandInfo, opcode) == 0x08, "CommandInfo.opcode");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(CommandInfo, needsParent) == 0x10, "CommandInfo.needsParent");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(CommandInfo, numParams) == 0x12, "CommandInfo.numParams");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(CommandInfo, params) == 0x14, "CommandInfo.params");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(CommandInfo, execute) == 0x18, "CommandInfo.execute");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(CommandInfo, eval) == 0x20, "CommandInfo.eval");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(CommandInfo, flags) == 0x24, "CommandInfo.flags");
NVSE_PLUGIN_STATIC_ASSERT(sizeof(NVSEScriptInterface) == 32, "NVSEScriptInterface layout");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(NVSEScriptInterface, ExtractArgsEx) == 8, "NVSEScriptInterface.ExtractArgsEx");
NVSE_PLUGIN_STATIC_ASSERT(sizeof(NVSEConsoleInterface) == 12, "NVSEConsoleInterface layout");
NVSE_PLUGIN_STATIC_ASSERT(sizeof(NVSEStringVarInterface) == 24, "NVSEStringVarInterface layout");
NVSE_PLUGIN_STATIC_ASSERT(sizeof(NVSESerializationInterface) == 88, "NVSESerializationInterface layout");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(NVSESerializationInterface, WriteRecord) == 16, "NVSESerializationInterface.WriteRecord");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(NVSESerializationInterface, GetNextRecordInfo) == 28,
                          "NVSESerializationInterface.GetNextRecordInfo");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(NVSESerializationInterface, SetPreLoadCallback) == 40,
                          "NVSESerializationInterface.SetPreLoadCallback");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(NVSESerializationInterface, PeekRecordData) == 48,
                          "NVSESerializationInterface.PeekRecordData");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(NVSESerializationInterface, SkipNBytes) == 84, "NVSESerializationInterface.SkipNBytes");
NVSE_PLUGIN_STATIC_ASSERT(sizeof(NVSEEventManagerInterface) == 60, "NVSEEventManagerInterface layout");
NVSE_PLUGIN_STATIC_ASSERT(offsetof(NVSEEventManagerInterface, SetNativeEventHandler) == 12,
                          "NVSEEventManagerInterface.SetNativeEventHandler");
NVSE_PLUGIN_STATIC_ASSERT(sizeof(NVSECommandTableInterface) == 40, "NVSECommandTableInterface layout");
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
