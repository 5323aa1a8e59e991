#include "plugin_inc.h"
#include "sibling.h"
#include "myinc.h"
#include "nvse_sdk.h"

#define STR2(x) #x
#define STR(x) STR2(x)
#define PLUGIN_DISPLAY_NAME PLUGIN_NAME " (" STR(BUILD_CONFIG) ")"

static_assert(INC_VALUE + SIBLING_VALUE + MYINC_VALUE + NVSE_SDK_VALUE == 13, "all include paths found");

// NVSE plugin entry points
struct PluginInfo { unsigned int infoVersion; const char* name; unsigned int version; };

extern "C" __declspec(dllexport) bool NVSEPlugin_Query(const void* nvse, void* info)
{
	PluginInfo* pi = static_cast<PluginInfo*>(info);
	pi->infoVersion = 1;
	pi->name = PLUGIN_DISPLAY_NAME;
	pi->version = 1;
	return nvse != nullptr;
}

extern "C" __declspec(dllexport) bool NVSEPlugin_Load(const void* nvse)
{
	return nvse != nullptr;
}
