#include <windows.h>
#include <psapi.h>
#define PLUGIN_DISPLAY_NAME "steps-libs"
extern "C" int helper_c(void);
extern "C" int asm_one(void);
DWORD pid_for_link() { return GetCurrentProcessId() + (DWORD)(GetFileVersionInfoSizeA("x", nullptr)) + (DWORD)GetProcessMemoryInfo(GetCurrentProcess(), nullptr, 0); }
int link_check() { return helper_c() + asm_one() + (int)pid_for_link(); }

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
	return nvse != nullptr && link_check() > 0;
}
