// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
/*
 * A stand-in for java.exe in SdkCmdWineTest: writes the command line cmd.exe gave it to the file named by
 * STAND_IN_JAVA_LOG and exits with STAND_IN_JAVA_EXIT (0 when unset), so that the test sees exactly how sdk.cmd
 * starts the SDK core without a Windows JDK.
 */
#include <stdio.h>
#include <stdlib.h>
#include <windows.h>

int main(void)
{
    const char *log = getenv("STAND_IN_JAVA_LOG");
    const char *exit_code = getenv("STAND_IN_JAVA_EXIT");
    FILE *file = log ? fopen(log, "wb") : NULL;
    if (!file)
        return 100;
    fputs(GetCommandLineA(), file);
    fclose(file);
    return exit_code ? atoi(exit_code) : 0;
}
