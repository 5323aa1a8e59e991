extern "C" __declspec(dllexport) bool NVSEPlugin_Query(const void*, void*){return true;} extern "C" __declspec(dllexport) bool NVSEPlugin_Load(const void*){return true;}
