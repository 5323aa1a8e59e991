#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
# SPDX-License-Identifier: MIT
# build-mimalloc.sh <outDir>
# Builds mimalloc.dll (PE32 i386, mi_ exports, no malloc override, libgcc linked in) from Debian's mimalloc source
# package, for the footprint benchmark only: the SDK never ships it. Work files live in native-plugin/target/mimalloc/.
# Does nothing when <outDir>/mimalloc.dll is newer than this script. Needs cmake besides the jemalloc build's tools.
set -euo pipefail

OUT_DIR=${1:?usage: build-mimalloc.sh <outDir>}
HERE=$(cd "$(dirname "$0")" && pwd)
PLUGIN=$(dirname "$HERE")
WORK=$PLUGIN/target/mimalloc
HOST=i686-w64-mingw32

missing=()
for tool in $HOST-gcc $HOST-g++ cmake make apt-get dpkg-source; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -ne 0 ]; then
    echo "build-mimalloc: missing tools: ${missing[*]} (apt-get install cmake; the rest: setup/install-native-tools.sh)" >&2
    exit 1
fi
mkdir -p "$WORK" "$OUT_DIR"
out=$OUT_DIR/mimalloc.dll
if [ -f "$out" ] && [ "$out" -nt "$0" ]; then
    echo "build-mimalloc: $out is up to date"
    exit 0
fi
src=$(find "$WORK" -mindepth 1 -maxdepth 1 -type d -name 'mimalloc-*' | head -n1)
if [ -z "$src" ]; then
    if ! (cd "$WORK" && apt-get -q -o APT::Sandbox::User=root source mimalloc >apt-source.log 2>&1); then
        echo "build-mimalloc: 'apt-get source mimalloc' failed (see $WORK/apt-source.log); it needs the deb-src entry" \
             "setup/install-native-tools.sh adds" >&2
        exit 1
    fi
    src=$(find "$WORK" -mindepth 1 -maxdepth 1 -type d -name 'mimalloc-*' | head -n1)
fi
echo "build-mimalloc: building $(basename "$src") for $HOST"
cat >"$WORK/toolchain.cmake" <<TOOLCHAIN
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR i686)
set(CMAKE_C_COMPILER $HOST-gcc)
set(CMAKE_CXX_COMPILER $HOST-g++)
set(CMAKE_RC_COMPILER $HOST-windres)
TOOLCHAIN
rm -rf "$WORK/build"
# MI_WIN_REDIRECT=OFF: Debian's source leaves out the prebuilt mimalloc-redirect32.lib the default links.
# -Wno-array-bounds: GCC 12's false alarm in MinGW's __readfsdword.
cmake -S "$src" -B "$WORK/build" -DCMAKE_TOOLCHAIN_FILE="$WORK/toolchain.cmake" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_FLAGS=-Wno-array-bounds -DCMAKE_SHARED_LINKER_FLAGS="-static-libgcc -s" \
    -DMI_BUILD_SHARED=ON -DMI_BUILD_STATIC=OFF -DMI_BUILD_OBJECT=OFF -DMI_BUILD_TESTS=OFF -DMI_OVERRIDE=OFF \
    -DMI_WIN_REDIRECT=OFF >"$WORK/cmake.log" 2>&1 || {
    echo "build-mimalloc: cmake failed, see $WORK/cmake.log" >&2; exit 1; }
make -C "$WORK/build" -j"$(nproc)" >"$WORK/make.log" 2>&1 || {
    echo "build-mimalloc: make failed, see $WORK/make.log" >&2; exit 1; }
cp "$WORK/build/libmimalloc.dll" "$out.tmp"
mv "$out.tmp" "$out"
echo "build-mimalloc: wrote $out ($(stat -c %s "$out") bytes)"
