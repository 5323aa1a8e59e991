// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// A plugin that starts a worker with std::thread, which needs GCC's posix thread model (winpthreads).
#include "nvse_plugin.h"
#include <atomic>
#include <thread>

static std::atomic<int> g_ready{0};

extern "C" __declspec(dllexport) bool NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)
{
	(void)nvse;
	info->infoVersion = PLUGIN_INFO_VERSION;
	info->name = "MatrixThreads";
	info->version = 1;
	return true;
}

extern "C" __declspec(dllexport) bool NVSEPlugin_Load(const NVSEInterface* nvse)
{
	std::thread worker([] { g_ready = 1; });
	worker.join();
	return nvse != nullptr && g_ready == 1;
}
