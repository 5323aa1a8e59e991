// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/* A third-party library a plugin uses, built as its own DLL (ThirdParty.dll) or linked into the plugin. */
__declspec(dllexport) int tp_answer(void)
{
	return 42;
}
