#include <stddef.h>
struct PluginInfo { unsigned int infoVersion; const char* name; unsigned int version; };
__declspec(dllexport) int NVSEPlugin_Query(const void* nvse, void* info)
{ struct PluginInfo* pi = (struct PluginInfo*)info; pi->infoVersion = 1; pi->name = "cplug"; pi->version = 1; return nvse != NULL; }
__declspec(dllexport) int NVSEPlugin_Load(const void* nvse) { return nvse != NULL; }
