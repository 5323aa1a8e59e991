#!/usr/bin/env bash
# run-wine-tests.sh [scenario ...]
# Temporary manual harness (to be replaced by the Java/JUnit one): builds the plugin (Debug and Release, same
# commands as CDT), jemalloc.dll, nvse_host.exe and the helper DLLs, then runs every scenario of
# tests/nvse_host.cpp under Wine, each in a fresh game folder laid out as that file's header describes.
# CONFIGS="Debug" limits the configurations. Exit code 0 only when every run passed.
set -euo pipefail

PLUGIN=$(cd "$(dirname "$0")/.." && pwd)
OUT=$PLUGIN/target/tests
GAMES=$PLUGIN/target/wine-games
CONFIGS=${CONFIGS:-Debug Release}
export WINEPREFIX=$PLUGIN/target/wineprefix WINEDEBUG=-all
# Wine running as root can write read-only files (root bypasses Unix permissions and Wine does not enforce the
# read-only attribute itself): the read-only log cases run as user nobody with a prefix of their own.
NOBODY_PREFIX=$PLUGIN/target/wineprefix-nobody

for tool in i686-w64-mingw32-g++ i686-w64-mingw32-gcc wine; do
    command -v $tool >/dev/null || { echo "missing $tool: run sudo bash $PLUGIN/setup/install-native-tools.sh" >&2; exit 1; }
done

# ---- build ----
mkdir -p "$OUT"
for config in $CONFIGS; do
    "$PLUGIN/tools/build-plugin.sh" "$config" >"$OUT/build-$config.log" 2>&1 ||
        { cat "$OUT/build-$config.log"; exit 1; }
    if grep -q 'warning:' "$OUT/build-$config.log"; then grep 'warning:' "$OUT/build-$config.log"; exit 1; fi
    "$PLUGIN/tools/check-pe32.sh" "$PLUGIN/$config/MemoryPoolNVSE.dll" NVSEPlugin_Query NVSEPlugin_Load \
        MemoryPoolMalloc MemoryPoolFree GetMemoryPoolStatus MemoryPoolCalloc MemoryPoolRealloc \
        MemoryPoolUsableSize MemoryPoolGetStats
done
"$PLUGIN/jemalloc/build-jemalloc.sh" "$PLUGIN/target/dist"
cd "$PLUGIN"
i686-w64-mingw32-g++ -std=c++17 -Iinclude -O2 -Wall -static-libgcc -static-libstdc++ -o "$OUT/nvse_host.exe" tests/nvse_host.cpp
i686-w64-mingw32-gcc -O2 -Wall -shared -static-libgcc -o "$OUT/jemalloc_missing_symbol.dll" tests/jemalloc_missing_symbol.c
i686-w64-mingw32-gcc -O2 -Wall -shared -static-libgcc -o "$OUT/jemalloc_init_fails.dll" tests/jemalloc_init_fails.c
for f in nvse_host.exe jemalloc_missing_symbol.dll jemalloc_init_fails.dll; do "$PLUGIN/tools/check-pe32.sh" "$OUT/$f"; done

# Wrong architecture: a copy of the real jemalloc.dll with IMAGE_FILE_HEADER.Machine (e_lfanew + 4) = 0x8664.
cp "$PLUGIN/target/dist/jemalloc.dll" "$OUT/jemalloc_x64_machine.dll"
pe=$(od -An -tu4 -j60 -N4 "$OUT/jemalloc_x64_machine.dll" | tr -d ' ')
printf '\x64\x86' | dd of="$OUT/jemalloc_x64_machine.dll" bs=1 seek=$((pe + 4)) conv=notrunc status=none
echo "This is not a DLL." >"$OUT/jemalloc_corrupt.dll"

# ---- scenarios: name|layout|expected allocator ----
SCENARIOS=(
    "query-ok|none|" "query-old-nvse|none|" "query-old-runtime|none|" "query-editor|jemalloc|"
    "load-registers-listener|jemalloc|" "postpostload-jemalloc|jemalloc|" "fallback-missing|none|"
    "fallback-wrong-arch|wrong-arch|" "fallback-corrupt|corrupt|" "fallback-missing-symbol|missing-symbol|"
    "fallback-loadlibrary|init-fails|" "alloc-before-init|jemalloc|" "free-after-exit|jemalloc|"
    "calloc-realloc|jemalloc|jemalloc" "calloc-realloc|none|system" "threads|jemalloc|jemalloc"
    "threads|none|system" "log-contents|jemalloc|" "log-unwritable|log-readonly|" "log-unwritable|log-folder|"
    "log-unwritable|folder-readonly|"
    "null-free|jemalloc|jemalloc" "null-free|none|system" "stats|jemalloc|jemalloc" "stats|none|system"
)

layout() { # <folder> <layout>
    case $2 in
        none) ;;
        jemalloc) cp "$PLUGIN/target/dist/jemalloc.dll" "$1/" ;;
        wrong-arch) cp "$OUT/jemalloc_x64_machine.dll" "$1/jemalloc.dll" ;;
        corrupt) cp "$OUT/jemalloc_corrupt.dll" "$1/jemalloc.dll" ;;
        missing-symbol) cp "$OUT/jemalloc_missing_symbol.dll" "$1/jemalloc.dll" ;;
        init-fails) cp "$OUT/jemalloc_init_fails.dll" "$1/jemalloc.dll" ;;
        log-readonly) cp "$PLUGIN/target/dist/jemalloc.dll" "$1/"
                      echo "previous session" >"$1/MemoryPoolNVSE.log"; chmod 444 "$1/MemoryPoolNVSE.log" ;;
        log-folder) cp "$PLUGIN/target/dist/jemalloc.dll" "$1/"; mkdir "$1/MemoryPoolNVSE.log" ;;
        folder-readonly) cp "$PLUGIN/target/dist/jemalloc.dll" "$1/"; chmod 555 "$1" ;;
    esac
}

passed=0
failed=0
for config in $CONFIGS; do
    for entry in "${SCENARIOS[@]}"; do
        IFS='|' read -r name lay expected <<<"$entry"
        if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
        label="$name${expected:+ [$expected]}${lay:+ ($lay)}"
        dir=$GAMES/$config/$name-$lay
        [ -d "$dir" ] && chmod -R u+w "$dir"
        rm -rf "$dir"
        mkdir -p "$dir"
        cp "$OUT/nvse_host.exe" "$PLUGIN/$config/MemoryPoolNVSE.dll" "$dir/"
        layout "$dir" "$lay"
        logBefore=$(cat "$dir/MemoryPoolNVSE.log" 2>/dev/null || true)
        set +e
        if [[ $lay == *readonly && $(id -u) -eq 0 ]]; then
            mkdir -p "$NOBODY_PREFIX" && chown nobody "$NOBODY_PREFIX"
            (cd "$dir" && timeout 600 setpriv --reuid=nobody --regid=nogroup --clear-groups \
                env HOME="$NOBODY_PREFIX" WINEPREFIX="$NOBODY_PREFIX/prefix" wine nvse_host.exe "$name" $expected) \
                >"$OUT/host-output.txt" 2>&1
            mv "$OUT/host-output.txt" "$dir/host-output.txt"
        else
            (cd "$dir" && timeout 600 wine nvse_host.exe "$name" $expected) >"$dir/host-output.txt" 2>&1
        fi
        rc=$?
        set -e
        summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$dir/host-output.txt" | tail -n1 || true)
        if [ "$lay" = log-readonly ] && [ "$(cat "$dir/MemoryPoolNVSE.log")" != "$logBefore" ]; then
            rc=1; summary="$summary; harness: read-only log was modified"
        fi
        if [ "$lay" = folder-readonly ] && [ -e "$dir/MemoryPoolNVSE.log" ]; then
            rc=1; summary="$summary; harness: log created in a read-only folder"
        fi
        if [ $rc -eq 0 ]; then
            passed=$((passed + 1)); echo "PASS $config $label: $summary"
        else
            failed=$((failed + 1)); echo "FAIL $config $label (exit $rc): ${summary:-no summary}"
            grep -E '^FAIL' "$dir/host-output.txt" | sed 's/^/    /' || true
        fi
    done
done
echo "$passed runs passed, $failed runs failed"
[ $failed -eq 0 ]
