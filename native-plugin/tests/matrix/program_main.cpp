// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
// The main() of a CDT Executable project: with it, the plugin links as a program unless -shared is given.
int main()
{
	return 0;
}
