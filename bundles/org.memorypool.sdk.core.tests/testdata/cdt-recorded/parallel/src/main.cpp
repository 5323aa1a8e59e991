#define PLUGIN_DISPLAY_NAME "parallel"
int part_a();
int part_b();

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
	return nvse != nullptr && part_a() + part_b() > 0;
}
