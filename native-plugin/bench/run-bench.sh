#!/usr/bin/env bash
# run-bench.sh - builds bench.exe and runs it under Wine next to the Release plugin and jemalloc.dll.
set -euo pipefail

PLUGIN=$(cd "$(dirname "$0")/.." && pwd)
DIR=$PLUGIN/target/bench
export WINEPREFIX=$PLUGIN/target/wineprefix WINEDEBUG=-all

"$PLUGIN/tools/build-plugin.sh" Release >/dev/null
"$PLUGIN/jemalloc/build-jemalloc.sh" "$PLUGIN/target/dist" >/dev/null
mkdir -p "$DIR"
i686-w64-mingw32-g++ -std=c++17 -I"$PLUGIN/include" -O2 -Wall -static-libgcc -static-libstdc++ \
    -o "$DIR/bench.exe" "$PLUGIN/bench/bench.cpp"
cp "$PLUGIN/Release/MemoryPoolNVSE.dll" "$PLUGIN/target/dist/jemalloc.dll" "$DIR/"
rm -f "$DIR/MemoryPoolNVSE.log"
cd "$DIR" && wine bench.exe
