// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/* An optional library a plugin delay-loads (Delayed.dll): Windows loads it at the first call into it. */
__declspec(dllexport) int dl_answer(void)
{
	return 7;
}
