#!/usr/bin/env bash
# check-pe32.sh <file.dll|file.exe> [required export ...]
# Fails unless the file is a PE32 i386 image that imports only Windows system DLLs (the game is a 32-bit
# process and players have no MinGW runtime DLLs) and exports every name given.
set -euo pipefail

file=${1:?usage: check-pe32.sh <file> [required export ...]}
shift
OBJDUMP=${OBJDUMP:-i686-w64-mingw32-objdump}
command -v "$OBJDUMP" >/dev/null || { echo "check-pe32: $OBJDUMP not found; run setup/install-native-tools.sh" >&2; exit 1; }

dump=$("$OBJDUMP" -p "$file")
grep -q 'file format pei-i386' <<<"$dump" || { echo "check-pe32: $file is not a PE32 i386 image" >&2; exit 1; }

# System DLLs every Windows install has; anything else (libgcc_s_dw2-1, libstdc++-6, libwinpthread-1) fails.
allowed='^(kernel32|msvcrt|ntdll|advapi32|user32|shell32|ole32|ws2_32|bcrypt|ucrtbase|api-ms-win-.*)\.dll$'
bad=0
while read -r dll; do
    if ! grep -qiE "$allowed" <<<"$dll"; then echo "check-pe32: $file imports non-system DLL $dll" >&2; bad=1; fi
done < <(sed -n 's/^[[:space:]]*DLL Name: //p' <<<"$dump")

# Export table lines look like "	[  12] je_malloc".
exports=$(sed -n 's/^[[:space:]]*\[[[:space:]]*[0-9]*\] \([^ ]*\)$/\1/p' <<<"$dump")
for name in "$@"; do
    grep -qx "$name" <<<"$exports" || { echo "check-pe32: $file does not export $name" >&2; bad=1; }
done
exit $bad
