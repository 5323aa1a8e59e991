extern "C" __declspec(dllexport) int NVSEPlugin_Query(const void*, void*){return 1;}
extern "C" __declspec(dllexport) int NVSEPlugin_Load(const void*){return 1;}
