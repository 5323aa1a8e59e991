// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// The plugin as the SDK's wizard writes it: C++, extern "C" __declspec(dllexport), cdecl. It uses the C++ runtime
// (std::string, exceptions), so how libstdc++ and libgcc are linked shows in its imports.
#include "nvse_plugin.h"
#include <stdexcept>
#include <string>

static std::string g_name;

extern "C" __declspec(dllexport) bool NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)
{
	try {
		g_name = std::string("Matrix") + (nvse->isEditor ? "Editor" : "Plugin");
		if (g_name.empty()) {
			throw std::runtime_error("no name");
		}
	} catch (const std::exception&) {
		return false;
	}
	info->infoVersion = PLUGIN_INFO_VERSION;
	info->name = g_name.c_str();
	info->version = 1;
	return true;
}

extern "C" __declspec(dllexport) bool NVSEPlugin_Load(const NVSEInterface* nvse)
{
	return nvse != nullptr;
}
