#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
# SPDX-License-Identifier: MIT
# run-bench.sh [runs]
# Builds the Release plugin, jemalloc.dll and bench.exe, then runs the benchmark under Wine `runs` times
# (default 1): MemoryPoolMalloc/Free against je_malloc/je_free and the CRT's malloc/free, 1 and 8 threads,
# 16 B to 64 KiB; then `bench.exe --publishing`, MemoryPoolMalloc/Free before and while the runtime publishes its heap
# statistics. Each run prints its tables; run it on a quiet machine (the load average is printed first). Last,
# footprint.exe once: what each allocator costs in memory and address space (mimalloc's rows when
# bench/build-mimalloc.sh has built target/dist/mimalloc.dll).
set -euo pipefail

RUNS=${1:-1}
# Timings under the tests' Wine VM (software CPU emulation) would not be this machine's: refuse instead.
if [ -e /lib/ld-linux.so.2 ] && ! /lib/ld-linux.so.2 --version >/dev/null 2>&1; then
    echo "run-bench.sh: this Linux refuses 32-bit programs (ia32_emulation off), so Wine cannot run bench.exe here;" \
         "run the benchmark on a machine that runs them (the tests' QEMU VM emulates the CPU and would distort it)" >&2
    exit 1
fi
PLUGIN=$(cd "$(dirname "$0")/.." && pwd)
DIR=$PLUGIN/target/bench
# Same Wine setup as the JUnit harness (WinePrefix.java): its prefix, outside this CDT project (drive Z: links to
# "/", and Eclipse walks every folder of a project it imports), no debug output, no windows.
mkdir -p "$PLUGIN/../target/native-plugin-wine"
export WINEPREFIX=$PLUGIN/../target/native-plugin-wine/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY WAYLAND_DISPLAY

"$PLUGIN/../sdk" build "$PLUGIN" --config Release >/dev/null
"$PLUGIN/jemalloc/build-jemalloc.sh" "$PLUGIN/target/dist" >/dev/null
mkdir -p "$DIR"
i686-w64-mingw32-g++ -std=c++17 -I"$PLUGIN/include" -I"$PLUGIN/tests" -O2 -Wall -static-libgcc -static-libstdc++ \
    -o "$DIR/bench.exe" "$PLUGIN/bench/bench.cpp"
i686-w64-mingw32-g++ -std=c++17 -I"$PLUGIN/include" -I"$PLUGIN/tests" -O2 -Wall -static-libgcc -static-libstdc++ \
    -Wl,--large-address-aware -o "$DIR/footprint.exe" "$PLUGIN/bench/footprint.cpp"
cp "$PLUGIN/Release/MemoryPoolNVSE.dll" "$PLUGIN/target/dist/jemalloc.dll" "$DIR/"
[ -f "$PLUGIN/target/dist/mimalloc.dll" ] && cp "$PLUGIN/target/dist/mimalloc.dll" "$DIR/"
cd "$DIR"
for run in $(seq "$RUNS"); do
    rm -f MemoryPoolNVSE.log MemoryPoolNVSE.stats
    echo "run $run of $RUNS, $(uptime | sed 's/.*load/load/')"
    wine bench.exe
    wine bench.exe --publishing
done
wine footprint.exe
