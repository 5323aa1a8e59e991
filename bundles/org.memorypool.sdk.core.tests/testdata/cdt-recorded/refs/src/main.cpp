#include "lib.h"
#define PLUGIN_DISPLAY_NAME "refs"
int link_check() { return lib_add(1, 2); }
struct PluginInfo { unsigned int infoVersion; const char* name; unsigned int version; };
extern "C" __declspec(dllexport) bool NVSEPlugin_Query(const void* nvse, void* info)
{ PluginInfo* pi = static_cast<PluginInfo*>(info); pi->infoVersion = 1; pi->name = PLUGIN_DISPLAY_NAME; pi->version = 1; return nvse != nullptr; }
extern "C" __declspec(dllexport) bool NVSEPlugin_Load(const void* nvse) { return nvse != nullptr && link_check() > 0; }
