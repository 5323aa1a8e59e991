#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
# SPDX-License-Identifier: MIT
# build-jemalloc.sh <outDir>
# Builds a 32-bit jemalloc.dll (PE32 i386, je_-prefixed exports, stats enabled for mallctl) from Debian's
# jemalloc source package, with the fixes of jemalloc/patches/, and copies it, stripped, to <outDir>. The options of jemalloc/malloc.conf (one per line,
# '#' starts a comment) are baked in (--with-malloc-conf); JE_MALLOC_CONF in the game's environment still overrides. Work files live in native-plugin/target/jemalloc/
# (never committed). Does nothing when <outDir>/jemalloc.dll is newer than the source and this script.
set -euo pipefail

OUT_DIR=${1:?usage: build-jemalloc.sh <outDir>}
HERE=$(cd "$(dirname "$0")" && pwd)
PLUGIN=$(dirname "$HERE")
WORK=$PLUGIN/target/jemalloc
BUILD=$WORK/build
HOST=i686-w64-mingw32

missing=()
for tool in $HOST-gcc $HOST-strip make apt-get dpkg-source; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -ne 0 ]; then
    echo "build-jemalloc: missing tools: ${missing[*]}" >&2
    echo "Install them with: sudo bash $PLUGIN/setup/install-native-tools.sh" >&2
    exit 1
fi

mkdir -p "$WORK" "$OUT_DIR"
src=$(find "$WORK" -mindepth 1 -maxdepth 1 -type d -name 'jemalloc-*' | head -n1)
if [ -z "$src" ]; then
    echo "build-jemalloc: fetching Debian source package jemalloc into $WORK"
    # Sandbox user root: _apt cannot write into a root-owned work folder.
    if ! (cd "$WORK" && apt-get -q -o APT::Sandbox::User=root source jemalloc); then
        echo "build-jemalloc: 'apt-get source jemalloc' failed. It needs a deb-src entry and 'apt-get update';" >&2
        echo "sudo bash $PLUGIN/setup/install-native-tools.sh sets both up." >&2
        exit 1
    fi
    src=$(find "$WORK" -mindepth 1 -maxdepth 1 -type d -name 'jemalloc-*' | head -n1)
fi
[ -x "$src/configure" ] || { echo "build-jemalloc: $src has no configure script; delete $WORK and retry" >&2; exit 1; }
# Our fixes to Debian's source (jemalloc/patches/, each says why). The source holds exactly the current set: when
# the set changed since it was patched, Debian's source is extracted again (from the .dsc fetched above) and built anew.
fixes=$(cat "$HERE"/patches/*.patch 2>/dev/null | sha256sum | cut -d' ' -f1)
if [ "$(cat "$src/.memorypool-patches" 2>/dev/null)" != "$fixes" ]; then
    dsc=$(find "$WORK" -mindepth 1 -maxdepth 1 -name '*.dsc' | head -n1)
    [ -n "$dsc" ] || { echo "build-jemalloc: no .dsc in $WORK to extract the source again; delete $WORK and retry" >&2; exit 1; }
    rm -rf "$src" "$BUILD"
    (cd "$WORK" && dpkg-source -x "$(basename "$dsc")" "$(basename "$src")" >extract.log 2>&1) || {
        echo "build-jemalloc: dpkg-source could not extract $dsc (see $WORK/extract.log); delete $WORK and retry" >&2
        exit 1; }
    for fix in "$HERE"/patches/*.patch; do
        [ -e "$fix" ] || continue
        (cd "$src" && patch -p1 -s -f <"$fix") || {
            echo "build-jemalloc: $(basename "$fix") does not apply to $(basename "$src"); fix the patch" >&2; exit 1; }
    done
    echo "$fixes" >"$src/.memorypool-patches"
fi

CONF_FILE=$HERE/malloc.conf
MALLOC_CONF=$(sed 's/#.*//' "$CONF_FILE" | tr -d ' \t' | { grep -v '^$' || true; } | paste -sd, -)
out=$OUT_DIR/jemalloc.dll
if [ -f "$out" ] && [ -z "$(find "$src" "$0" "$CONF_FILE" "$HERE/patches" -newer "$out" -print -quit)" ]; then
    echo "build-jemalloc: $out is up to date"
    exit 0
fi

echo "build-jemalloc: building jemalloc $(cut -d- -f1 "$src/VERSION") for $HOST, options ${MALLOC_CONF:-(none, jemalloc defaults)}"
mkdir -p "$BUILD"
# Configured again when the options changed: they are compiled in.
if [ ! -f "$BUILD/Makefile" ] || [ "$(cat "$BUILD/malloc-conf" 2>/dev/null)" != "$MALLOC_CONF" ]; then
    rm -rf "$BUILD" && mkdir -p "$BUILD"
    # --disable-cxx: the C++ part needs std::mutex, absent from the win32-thread MinGW g++.
    # --with-lg-page=12: 4 KiB pages as on Windows x86 (Debian sets the same for i386).
    # Stats stay enabled (default): MemoryPoolGetStats reads stats.allocated/stats.active via mallctl.
    (cd "$BUILD" && "$src/configure" --host=$HOST --disable-cxx --with-lg-page=12 \
        --with-malloc-conf="$MALLOC_CONF" >configure.log 2>&1) || {
        echo "build-jemalloc: configure failed, see $BUILD/configure.log and $BUILD/config.log" >&2; exit 1; }
    echo "$MALLOC_CONF" >"$BUILD/malloc-conf"
fi
# -static-libgcc: otherwise the DLL imports libgcc_s_dw2-1.dll, which players do not have.
# build_lib_shared: only the DLL (no static lib, no docs that would need xsltproc).
make -C "$BUILD" -j"$(nproc)" EXTRA_LDFLAGS=-static-libgcc build_lib_shared >"$BUILD/make.log" 2>&1 || {
    echo "build-jemalloc: make failed, see $BUILD/make.log" >&2; exit 1; }

# Via a temporary file: a half-written DLL must not look up to date. NativeDllsTest checks the result
# (PE32 i386, system imports only, the je_ exports the plugin needs).
$HOST-strip -o "$out.tmp" "$BUILD/lib/jemalloc.dll"
mv "$out.tmp" "$out"
echo "build-jemalloc: wrote $out ($(stat -c %s "$out") bytes)"
