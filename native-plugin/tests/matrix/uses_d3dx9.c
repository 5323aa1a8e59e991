// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/* A plugin that uses D3DX 9 (d3dx9_38.dll, which FalloutNV.exe itself imports), as graphics plugins do. */
#include <d3dx9.h>
#include <stddef.h>
#include "nvse_plugin.h"

__declspec(dllexport) bool NVSEPlugin_Query(const NVSEInterface* nvse, PluginInfo* info)
{
	(void)nvse;
	info->infoVersion = PLUGIN_INFO_VERSION;
	info->name = "MatrixD3DX";
	info->version = 1;
	return true;
}

__declspec(dllexport) bool NVSEPlugin_Load(const NVSEInterface* nvse)
{
	D3DXMATRIX m;
	D3DXMatrixRotationZ(&m, 0.5f);
	return nvse != NULL;
}
